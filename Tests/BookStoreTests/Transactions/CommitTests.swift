import BookModel
import Testing

@testable import BookStore

@Suite struct CommitTests {
  func note(_ text: String) -> Record {
    Record([
      Field("about", "ACME"), Field("by", "jkim"), Field("at", "2026-11-23 09:15"),
      Field("text", text),
    ])
  }

  @Test func addAssignsTheNextIdAndAppendsTheRecordAndTheJournal() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    var transaction = Transaction(base: try book.load())
    #expect(try transaction.add(.note, note("Called Jim")) == "N-0001")
    #expect(try transaction.add(.note, note("Emailed Jim")) == "N-0002")
    let result = try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)
    #expect(result.files == ["notes.rec", "journal/jkim.rec"])
    let notes = try #require(directory.text("notes.rec"))
    #expect(
      notes.hasSuffix(
        "\n\nid: N-0001\nabout: ACME\nby: jkim\nat: 2026-11-23 09:15\ntext: Called Jim\n"
          + "\nid: N-0002\nabout: ACME\nby: jkim\nat: 2026-11-23 09:15\ntext: Emailed Jim\n"))
    let journal = try #require(directory.text("journal/jkim.rec"))
    #expect(journal.hasPrefix("%rec: Change\n"))
    #expect(journal.contains("\nop: add\nafter: id: N-0002\n+ about: ACME\n"))
    #expect(journal.contains("user: jkim\ncommand: test\nkind: note\nid: N-0001\n"))
    #expect(journal.contains("time: 2026-11-23 09:30:00\nday: 2026-11-23\n"))
  }

  @Test func setRewritesOnlyThatRecordAndKeepsCommentsAndUnknownFields() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    var transaction = Transaction(base: try book.load())
    var record = try #require(transaction.record(.account, "BRIGHT")).record
    record.set("status", "active")
    try transaction.update(.account, "BRIGHT", record)
    _ = try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)
    #expect(
      directory.text("accounts.rec")
        == Fixtures.accounts.replacingOccurrences(of: "status: prospect", with: "status: active"))
  }

  @Test func deleteCutsTheRecordAndItsBlankLine() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    var transaction = Transaction(base: try book.load())
    try transaction.delete(.account, "BRIGHT")
    _ = try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)
    let expected = Fixtures.accounts.replacingOccurrences(
      of: "\nid: BRIGHT\nname: Bright Dental Group\nstatus: prospect\n", with: "")
    #expect(directory.text("accounts.rec") == expected)
    #expect(directory.text("journal/jkim.rec")?.contains("op: delete\nbefore: id: BRIGHT") == true)
  }

  @Test func aCommitThatChangesNothingWritesNothing() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let before = directory.dataFiles()
    var transaction = Transaction(base: try book.load())
    let record = try #require(transaction.record(.account, "ACME")).record
    try transaction.update(.account, "ACME", record)
    try transaction.add(.note, note("temporary"))
    try transaction.delete(.note, "N-0001")
    #expect(transaction.isEmpty)
    let result = try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)
    #expect(result.files.isEmpty)
    #expect(directory.dataFiles() == before)
    #expect(directory.bytes("journal/jkim.rec") == nil)
  }

  @Test func deletingAReferencedRecordIsRefusedNamingWhatRefersToIt() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    var first = Transaction(base: try book.load())
    try first.add(.note, note("about ACME"))
    _ = try book.commit(first, Fixtures.request, clock: Fixtures.clock)
    let before = directory.dataFiles()
    var second = Transaction(base: try book.load())
    try second.delete(.account, "ACME")
    #expect {
      try book.commit(second, Fixtures.request, clock: Fixtures.clock)
    } throws: { error in
      guard case .refused(let problems) = error as? StoreError else { return false }
      return problems.map(\.message) == ["account ACME cannot be deleted: 1 record refers to it"]
        && problems.first?.notes.first == "  note N-0001 (about)"
    }
    #expect(directory.dataFiles() == before)
  }

  @Test func aSecondWriterGetsTheNextIdAndIsToldOfTheRenumbering() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let snapshot = try book.load()
    var mine = Transaction(base: snapshot)
    var theirs = Transaction(base: snapshot)
    try theirs.add(.note, note("theirs"))
    let id = try mine.add(.note, note("mine"))
    var delegation = Record([
      Field("from", "jkim"), Field("to", "mlopez"), Field("about", id),
      Field("task", "Follow up"), Field("priority", "normal"), Field("created", "2026-11-23"),
      Field("due", "2026-11-30"), Field("status", "open"),
    ])
    delegation.set("notes", "see \(id)")
    try mine.add(.delegation, delegation)
    _ = try book.commit(theirs, Fixtures.request, clock: Fixtures.clock)
    let result = try book.commit(mine, Fixtures.request, clock: Fixtures.clock)
    #expect(result.renumbered == [.init(kind: .note, from: "N-0001", to: "N-0002")])
    let reloaded = try book.load()
    #expect(reloaded.record(.note, "N-0002")?.value("text") == "mine")
    #expect(reloaded.record(.note, "N-0001")?.value("text") == "theirs")
    // The reference follows the new id; free text is left alone.
    #expect(reloaded.record(.delegation, "D-0001")?.value("about") == "N-0002")
    #expect(reloaded.record(.delegation, "D-0001")?.value("notes") == "see N-0001")
  }

  @Test func changingARecordSomeoneElseChangedFailsWithExit4AndWritesNothing() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let snapshot = try book.load()
    var mine = Transaction(base: snapshot)
    var theirs = Transaction(base: snapshot)
    var record = try #require(theirs.record(.account, "BRIGHT")).record
    record.set("status", "lost")
    try theirs.update(.account, "BRIGHT", record)
    record.set("status", "inactive")
    try mine.update(.account, "BRIGHT", record)
    try mine.add(.note, note("mine"))
    _ = try book.commit(theirs, Fixtures.request, clock: Fixtures.clock)
    let before = directory.dataFiles()
    #expect(throws: StoreError.conflict(kind: .account, id: "BRIGHT", reason: "its fields differ"))
    {
      try book.commit(mine, Fixtures.request, clock: Fixtures.clock)
    }
    #expect(StoreError.conflict(kind: .account, id: "B", reason: "").exitCode == 4)
    #expect(directory.dataFiles() == before)
  }

  @Test func changesToOtherRecordsOfAChangedFileAreAppliedOntoIt() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let snapshot = try book.load()
    var mine = Transaction(base: snapshot)
    var theirs = Transaction(base: snapshot)
    var acme = try #require(theirs.record(.account, "ACME")).record
    acme.set("industry", "Roofing")
    try theirs.update(.account, "ACME", acme)
    var bright = try #require(mine.record(.account, "BRIGHT")).record
    bright.set("industry", "Dental")
    try mine.update(.account, "BRIGHT", bright)
    _ = try book.commit(theirs, Fixtures.request, clock: Fixtures.clock)
    _ = try book.commit(mine, Fixtures.request, clock: Fixtures.clock)
    let reloaded = try book.load()
    #expect(reloaded.record(.account, "ACME")?.value("industry") == "Roofing")
    #expect(reloaded.record(.account, "BRIGHT")?.value("industry") == "Dental")
  }

  @Test func writingUnderAPinnedDayIsRefusedOutsideTrainingBooksAndSandboxes() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    var transaction = Transaction(base: try book.load())
    try transaction.add(.note, note("backdated"))
    var request = Fixtures.request
    request.dayPinned = true
    #expect(throws: StoreError.pinnedDay(Fixtures.day("2026-11-23"))) {
      try book.commit(transaction, request, clock: Fixtures.clock)
    }
    request.sandbox = true
    #expect(throws: Never.self) {
      try book.commit(transaction, request, clock: Fixtures.clock)
    }
  }
}
