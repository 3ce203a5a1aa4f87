import BookModel
import Testing

@testable import BookStore

/// Commits written to the journal read back as the same transactions, field for field.
@Suite struct JournalReadBackTests {
  func note(_ text: String) -> Record {
    Record([
      Field("about", "ACME"), Field("by", "jkim"), Field("at", "2026-11-23 09:15"),
      Field("text", text),
    ])
  }

  @Test func addSetDeleteAndRenameReadBackExactly() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let clock = { (minute: Int) in
      FixedClock(LocalTime(year: 2026, month: 11, day: 23, hour: 9, minute: minute, second: 5))
    }
    var add = Transaction(base: try book.load())
    try add.add(.note, note("Called Jim"))
    var request = Fixtures.request
    request.command = "add note about=ACME text='Called Jim'"
    let first = try book.commit(add, request, clock: clock(1))

    var set = Transaction(base: try book.load())
    var bright = try #require(set.record(.account, "BRIGHT")).record
    bright.set("status", "active")
    try set.update(.account, "BRIGHT", bright)
    request.command = "set account BRIGHT status=active"
    let second = try book.commit(set, request, clock: clock(2))

    var delete = Transaction(base: try book.load())
    try delete.delete(.note, "N-0001")
    request.command = "delete note N-0001"
    let third = try book.commit(delete, request, clock: clock(3))

    var rename = Transaction(base: try book.load())
    let followed = try rename.rename(.person, from: "mlopez", to: "maria")
    #expect(followed.isEmpty)
    request.command = "rename person mlopez maria"
    let fourth = try book.commit(rename, request, clock: clock(4))

    let history = try book.history()
    #expect(history.transactions.map(\.txn) == [first, second, third, fourth].map(\.transaction))
    #expect(history.transactions.map(\.time) == (1...4).map { "2026-11-23 09:0\($0):05" })
    let entries = history.transactions.flatMap(\.entries)
    let added = note("Called Jim")
    var addedWithID = added
    addedWithID.fields.insert(Field("id", "N-0001"), at: 0)
    let original = Record([
      Field("id", "BRIGHT"), Field("name", "Bright Dental Group"), Field("status", "prospect"),
    ])
    let person = Record([
      Field("id", "mlopez"), Field("name", "Maria Lopez"), Field("role", "advocate"),
    ])
    var renamed = person
    renamed.set("id", "maria")
    #expect(
      entries == [
        JournalEntry(
          txn: first.transaction, time: "2026-11-23 09:01:05", day: Fixtures.day("2026-11-23"),
          user: "jkim", command: "add note about=ACME text='Called Jim'", kind: .note,
          id: "N-0001", op: .add, before: nil, after: addedWithID),
        JournalEntry(
          txn: second.transaction, time: "2026-11-23 09:02:05", day: Fixtures.day("2026-11-23"),
          user: "jkim", command: "set account BRIGHT status=active", kind: .account,
          id: "BRIGHT", op: .set, before: original, after: bright),
        JournalEntry(
          txn: third.transaction, time: "2026-11-23 09:03:05", day: Fixtures.day("2026-11-23"),
          user: "jkim", command: "delete note N-0001", kind: .note, id: "N-0001", op: .delete,
          before: addedWithID, after: nil),
        JournalEntry(
          txn: fourth.transaction, time: "2026-11-23 09:04:05", day: Fixtures.day("2026-11-23"),
          user: "jkim", command: "rename person mlopez maria", kind: .person, id: "maria",
          op: .set, before: person, after: renamed),
      ])
    #expect(history.transactions.allSatisfy { $0.isOrdinary })
  }

  @Test func undoAndRedoAreMarkedInTheJournal() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    var add = Transaction(base: try book.load())
    try add.add(.note, note("Called Jim"))
    let change = try book.commit(add, Fixtures.request, clock: Fixtures.clock)
    let undo = try #require(try book.undoLast())
    let redo = try #require(try book.redoLast())
    let history = try book.history()
    #expect(history.transactions.map(\.txn) == [change, undo, redo].map(\.transaction))
    #expect(history.transactions.map(\.undoes) == [nil, change.transaction, nil])
    #expect(history.transactions.map(\.redoes) == [nil, nil, undo.transaction])
    #expect(history.transactions[1].entries.map(\.op) == [.delete])
    #expect(history.transactions[1].entries.first?.undoes == change.transaction)
    #expect(history.transactions[2].entries.first?.redoes == undo.transaction)
    let journal = try #require(directory.text("journal/jkim.rec"))
    #expect(journal.contains("\nop: delete\nundoes: \(change.transaction)\n"))
    #expect(journal.contains("\nop: add\nredoes: \(undo.transaction)\n"))
  }

  @Test func aJournalWithABadValueIsAnInvalidBookAtItsPlace() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let change = """
      %rec: Change

      txn: 20261123T093000-jkim-1
      time: 2026-11-23 09:30:00
      day: 2026-11-23
      user: jkim
      kind: note
      id: N-0001
      op: add
      after: id: N-0001
      + about ACME

      """
    try directory.write("journal/jkim.rec", change)
    #expect {
      try book.history()
    } throws: { error in
      guard case .invalidBook(let problems) = error as? StoreError else { return false }
      return problems.map(\.formatted) == [
        """
        \(directory.path)/journal/jkim.rec:11:8: error: the record in 'after' cannot be read: \
        'about' is not followed by ':': field names use letters, digits and _
          + about ACME
                 ^
          \(JournalProblem.note)
        """
      ]
    }
    try directory.write(
      "journal/jkim.rec",
      change.replacingOccurrences(of: "kind: note", with: "kind: memo"))
    #expect {
      try book.history()
    } throws: { error in
      guard case .invalidBook(let problems) = error as? StoreError else { return false }
      return problems.map(\.message) == ["'memo' is no kind the book knows"]
        && problems.first?.location == SourceLocation(line: 7, column: 7)
    }
    try directory.write(
      "journal/jkim.rec", change.replacingOccurrences(of: "day: 2026-11-23\n", with: ""))
    #expect {
      try book.history()
    } throws: { error in
      guard case .invalidBook(let problems) = error as? StoreError else { return false }
      return problems.map(\.message) == ["this Change has no 'day'"]
        && problems.first?.location == SourceLocation(line: 3, column: 1)
    }
  }

  @Test func noJournalIsAnEmptyHistory() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    #expect(try book.history().transactions.isEmpty)
    #expect(try book.history().lastUndoable(user: "jkim") == nil)
  }
}
