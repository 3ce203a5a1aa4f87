import BookLanguage
import BookModel
import Testing

/// What `add` fills in (the example book's day is 2026-11-23, the test clock 09:30, the
/// user jkim): the message names every default, and the files hold them.
@Suite struct DefaultsTests {
  @Test(
    arguments: [
      (
        "add note about=ACME text=\"Called Jim: renewal apps by Friday\"",
        "added note N-0021 (by jkim, at 2026-11-23 09:30)\n", KindID.note, "N-0021",
        [
          "id": "N-0021", "about": "ACME", "by": "jkim", "at": "2026-11-23 09:30",
          "text": "Called Jim: renewal apps by Friday",
        ]
      ),
      (
        "add note about=P-0001 text=x at=now by=mlopez",
        "added note N-0021\n", .note, "N-0021",
        ["about": "P-0001", "by": "mlopez", "at": "2026-11-23 09:30"]
      ),
      (
        "today 2026-03-01; add note about=ACME text=x",
        "today is 2026-03-01 (pinned)\nadded note N-0021 (by jkim, at 2026-03-01 09:30)\n", .note,
        "N-0021",
        ["at": "2026-03-01 09:30"]
      ),
      (
        "add delegation to=mlopez task=\"Request 5-year loss runs\" due=+5d",
        "added delegation D-0031 (from jkim, priority normal, created 2026-11-23, status open)\n",
        .delegation, "D-0031",
        [
          "from": "jkim", "to": "mlopez", "task": "Request 5-year loss runs",
          "priority": "normal", "created": "2026-11-23", "due": "2026-11-28", "status": "open",
        ]
      ),
      (
        "add delegation from=mlopez to=me task=x due=+1d priority=high status=waiting",
        "added delegation D-0031 (created 2026-11-23)\n", .delegation, "D-0031",
        ["from": "mlopez", "to": "jkim", "priority": "high", "status": "waiting"]
      ),
      (
        "use ACME; add quote line=GL carrier=TRAV status=requested",
        "focus: ACME\nadded quote Q-0013 (account ACME)\n", .quote, "Q-0013",
        ["account": "ACME", "line": "GL"]
      ),
      (
        "use ACME; add quote account=ARDEN line=GL carrier=TRAV status=requested",
        "focus: ACME\nadded quote Q-0013\n", .quote, "Q-0013", ["account": "ARDEN"]
      ),
      (
        "use ACME; add note text=\"Left a message\"",
        "focus: ACME\nadded note N-0021 (about ACME, by jkim, at 2026-11-23 09:30)\n", .note,
        "N-0021", ["about": "ACME", "text": "Left a message"]
      ),
      (
        "use ACME; add delegation to=mlopez task=x due=+2d",
        "focus: ACME\nadded delegation D-0031 (from jkim, about ACME, priority normal, created 2026-11-23, status open)\n",
        .delegation, "D-0031", ["about": "ACME"]
      ),
    ] as [(String, String, KindID, String, [String: String])])
  func filled(command: String, message: String, kind: KindID, id: String, fields: [String: String])
    throws
  {
    let book = try LanguageBook()
    #expect(try book.run(command) == 0)
    #expect(book.output.err == "")
    #expect(book.output.out == message)
    for (name, value) in fields {
      #expect(try book.values(kind, id, name) == [value], "\(name)")
    }
  }

  /// `now` in a condition on a time stamp is this minute on the book's day.
  @Test func nowInAConditionIsThisMinute() throws {
    let book = try LanguageBook()
    #expect(
      try book.run("add note about=ACME text=x; add note about=ACME text=y at=\"2026-11-23 09:31\"")
        == 0)
    #expect(try book.run("count notes where at = now") == 0)
    #expect(try book.run("count notes where at > now") == 0)
    #expect(
      book.output.out
        == "added note N-0021 (by jkim, at 2026-11-23 09:30)\nadded note N-0022 (by jkim)\n1\n1\n")
  }

  @Test func aNoteWithoutAboutOutsideAFocusSaysWhatToAdd() throws {
    let book = try LanguageBook()
    #expect(try book.run("add note text=x") == 1)
    #expect(
      book.output.err
        == "error: note N-0021: missing mandatory field 'about'\n  add note … about=…\n")
  }
}
