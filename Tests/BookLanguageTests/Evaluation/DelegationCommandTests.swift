import BookLanguage
import BookModel
import BookStore
import Testing

/// The service team's verbs on the example book (today 2026-11-23, you are jkim): `delegate`
/// with its defaults, `done` with its note and next occurrence, the status moves, `cancel` and
/// `reassign` — and the rules, which refuse on every write path.
@Suite struct DelegationCommandTests {
  @Test func delegateFillsWhatAPersonWouldNotType() throws {
    let book = try LanguageBook()
    let code = try book.run("use ACME; delegate \"Request 5-year loss runs\" to mlopez")
    #expect(code == 0, "\(book.output.err)")
    #expect(book.output.out == "focus: ACME\nD-0031 → mlopez, due 2026-11-25, normal\n")
    let stored = try #require(try book.session().view.record(.delegation, "D-0031"))
    #expect(stored.value("from") == "jkim")
    #expect(stored.value("about") == "ACME")
    #expect(stored.value("action") == "loss-runs")
    #expect(stored.value("created") == "2026-11-23")
    #expect(stored.value("status") == "open")
  }

  @Test func delegateWithEveryPart() throws {
    let book = try LanguageBook()
    let code = try book.run(
      "delegate \"Mail CE-0001 to the city clerk\" to mlopez about ACME due +5d priority high action certificate every monthly"
    )
    #expect(code == 0, "\(book.output.err)")
    #expect(book.output.out == "D-0031 → mlopez, due 2026-11-28, high\n")
    #expect(try book.values(.delegation, "D-0031", "every") == ["monthly"])
    #expect(try book.values(.delegation, "D-0031", "action") == ["certificate"])
  }

  @Test func aDelegationToSomeoneNotOnTheTeamIsRefused() throws {
    let book = try LanguageBook()
    #expect(try book.run("delegate \"Call\" to mlpez") == 1)
    #expect(
      book.output.err == """
        1:20: error: mlpez is not on the team
          delegate "Call" to mlpez
                             ^
          Did you mean mlopez?
          A delegation goes to a team member: team

        """)
    // The same rule on the other write paths: the reference must name a person.
    #expect(try book.run("add delegation to=nobody task=Call due=+2d") == 1)
    #expect(book.output.err.contains("nobody"))
  }

  @Test func aDueDayBeforeTodayIsRefused() throws {
    let book = try LanguageBook()
    #expect(try book.run("delegate \"Call\" to mlopez due 2026-11-20") == 1)
    #expect(
      book.output.err == """
        1:31: error: due 2026-11-20 is before today (2026-11-23)
          delegate "Call" to mlopez due 2026-11-20
                                        ^
          a new delegation is due today or later: due=today, due=+2d

        """)
    // Through add, created is today, and due ≥ created refuses it.
    #expect(try book.run("add delegation to=mlopez task=Call due=2026-11-20") == 1)
    #expect(
      book.output.err.contains(
        "delegation D-0031: due 2026-11-20 must not be before created 2026-11-23"))
  }

  @Test func doneClosesItAndWritesTheNoteOnItsSubject() throws {
    let book = try LanguageBook()
    let code = try book.run("done D-0001 outcome=successful note=\"received from TRAV\"")
    #expect(code == 0, "\(book.output.err)")
    #expect(book.output.out == "D-0001 done (successful); note N-0021 on ACME\n")
    #expect(try book.values(.delegation, "D-0001", "status") == ["done"])
    #expect(try book.values(.delegation, "D-0001", "closed") == ["2026-11-23"])
    #expect(try book.values(.delegation, "D-0001", "outcome") == ["successful"])
    #expect(try book.values(.note, "N-0021", "about") == ["ACME"])
    #expect(try book.values(.note, "N-0021", "by") == ["jkim"])
    let text = try book.values(.note, "N-0021", "text")
    #expect(text.count == 1 && text[0].hasSuffix("— received from TRAV"))
  }

  @Test func doneTwiceIsRefused() throws {
    let book = try LanguageBook()
    #expect(try book.run("done D-0001") == 0)
    #expect(try book.run("done D-0001 outcome=unsuccessful") == 1)
    #expect(
      book.output.err == """
        1:6: error: delegation D-0001: already done on 2026-11-23
          done D-0001 outcome=unsuccessful
               ^
          Reopen it first: reopen D-0001

        """)
    // Through set, the same rule: a done delegation's ending is not rewritten.
    #expect(try book.run("set delegation D-0001 outcome=unsuccessful") == 1)
    #expect(book.output.err.contains("delegation D-0001: already done on 2026-11-23"))
    #expect(try book.values(.delegation, "D-0001", "outcome") == [])
  }

  @Test func aMonthlyOneDueJanuary31ComesBackDueFebruary28InTheSameTransaction() throws {
    let book = try LanguageBook()
    #expect(
      try book.run(
        "delegate \"Reconcile statement\" to mlopez about ACME due 2027-01-31 every monthly")
        == 0)
    let before = try book.directory.load()
    #expect(try book.run("done D-0031") == 0, "\(book.output.err)")
    #expect(
      book.output.out.hasSuffix(
        "D-0031 done; note N-0021 on ACME\nnext occurrence: D-0032 due 2027-02-28\n"))
    #expect(try book.values(.delegation, "D-0032", "due") == ["2027-02-28"])
    #expect(try book.values(.delegation, "D-0032", "status") == ["open"])
    #expect(try book.values(.delegation, "D-0032", "every") == ["monthly"])
    #expect(try book.values(.delegation, "D-0032", "closed") == [])
    // One commit: undo takes back the done, the note and the next occurrence together.
    #expect(try book.run("undo") == 0, "\(book.output.err)")
    let after = try book.directory.load()
    #expect(after.record(.delegation, "D-0032") == nil)
    #expect(after.record(.note, "N-0021") == nil)
    #expect(after.record(.delegation, "D-0031")?.value("status") == "open")
    #expect(before.record(.delegation, "D-0031")?.value("status") == "open")
  }

  @Test func statusMovesFollowTheLifecycle() throws {
    let book = try LanguageBook()
    #expect(try book.run("start D-0001; wait D-0001") == 0, "\(book.output.err)")
    #expect(book.output.out == "D-0001 in-progress\nD-0001 waiting\n")
    #expect(try book.run("cancel D-0001 reason=\"sent directly\"") == 0)
    #expect(try book.values(.delegation, "D-0001", "closed") == ["2026-11-23"])
    #expect(try book.run("start D-0001") == 1)
    #expect(
      book.output.err.hasPrefix(
        "error: delegation D-0001: a cancelled delegation cannot become in-progress\n"))
    #expect(try book.run("reopen D-0001") == 0)
    #expect(try book.values(.delegation, "D-0001", "closed") == [])
    #expect(try book.values(.delegation, "D-0001", "status") == ["open"])
  }

  @Test func cancelNeedsAReason() throws {
    let book = try LanguageBook()
    #expect(try book.run("cancel D-0001") == 2)
    #expect(book.output.err.hasPrefix("1:8: error: cancelling a delegation needs a reason\n"))
  }

  @Test func bulkReassignChangesOnlyTheOpenOnes() throws {
    let book = try LanguageBook()
    let before = try book.directory.load()
    let mine = before.records(.delegation).filter { $0.value("to") == "mlopez" }
    let open = mine.filter {
      ($0.value("status").flatMap(DelegationStatus.init)?.isOpen) ?? false
    }
    #expect(open.count > 0 && open.count < mine.count)
    #expect(try book.run("reassign where to = mlopez to tnguyen") == 0, "\(book.output.err)")
    #expect(
      book.output.out
        == "reassigned \(open.count) delegations to tnguyen (\(mine.count - open.count) done, cancelled or already theirs left as they are)\n"
    )
    let after = try book.directory.load()
    for record in mine {
      let id = try #require(record.value("id"))
      let isOpen = open.contains { $0.value("id") == id }
      #expect(after.record(.delegation, id)?.value("to") == (isOpen ? "tnguyen" : "mlopez"))
    }
  }

  @Test func bulkReassignAsksFirstInTheShell() throws {
    let book = try LanguageBook()
    let session = try book.session()
    let questions = book.answer(false, in: session)
    #expect(session.run("reassign where to = mlopez and status = open to tnguyen") == 0)
    #expect(questions.asked == ["reassign 8 delegations to tnguyen?"])
    #expect(book.output.out == "nothing changed\n")
    #expect(try book.values(.delegation, "D-0001", "to") == ["mlopez"])
  }

  @Test func reassignOne() throws {
    let book = try LanguageBook()
    #expect(try book.run("reassign D-0001 to tnguyen") == 0, "\(book.output.err)")
    #expect(book.output.out == "D-0001 → tnguyen (was mlopez)\n")
    #expect(try book.run("reassign D-0030 to tnguyen") == 1)
    #expect(
      book.output.err.hasPrefix(
        "1:10: error: D-0030 is done: only a delegation still to do is reassigned\n"))
  }
}
