import BookModel
import Testing

@testable import BookStore

/// Undo and redo through the store: files come back byte for byte, conflicts write nothing.
@Suite struct UndoTests {
  func note(_ text: String) -> Record {
    Record([
      Field("about", "ACME"), Field("by", "jkim"), Field("at", "2026-11-23 09:15"),
      Field("text", text),
    ])
  }

  func change(
    _ book: DataDirectory, user: String = "jkim", _ edit: (inout Transaction) throws -> Void
  )
    throws -> CommitResult
  {
    var transaction = Transaction(base: try book.load())
    try edit(&transaction)
    var request = Fixtures.request
    request.user = user
    return try book.commit(transaction, request, clock: Fixtures.clock)
  }

  func same(_ a: [String: [UInt8]], _ b: [String: [UInt8]]) -> Bool {
    ExampleCopy.differences(a, b).isEmpty
  }

  func addNotes(_ book: DataDirectory, _ count: Int) throws {
    _ = try change(book) { transaction in
      for number in 1...count { try transaction.add(.note, note("note \(number)")) }
    }
  }

  @Test(arguments: [
    ["N-0001"], ["N-0002"], ["N-0004"], ["N-0002", "N-0003"], ["N-0001", "N-0004"],
    ["N-0003", "N-0002", "N-0001", "N-0004"],
  ])
  func aDeletedRecordGoesBackToItsPlace(_ ids: [String]) throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    try addNotes(book, 4)
    let before = directory.dataFiles()
    _ = try change(book) { transaction in
      for id in ids { try transaction.delete(.note, id) }
    }
    #expect(directory.dataFiles() != before)
    try book.undoLast()
    #expect(
      directory.text("notes.rec") == before["notes.rec"].map { String(decoding: $0, as: UTF8.self) }
    )
    #expect(ExampleCopy.differences(directory.dataFiles(), before) == [])
  }

  @Test func theFirstRecordGoesBackUnderTheCommentAboveIt() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let before = directory.dataFiles()
    _ = try change(book) { try $0.delete(.account, "ACME") }
    try book.undoLast()
    #expect(directory.text("accounts.rec") == Fixtures.accounts)
    #expect(same(directory.dataFiles(), before))
  }

  @Test func addSetAndTheirUndoLeaveTheFilesAsBefore() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let before = directory.dataFiles()
    _ = try change(book) { transaction in
      try transaction.add(.note, note("one"))
      var acme = try #require(transaction.record(.account, "ACME")).record
      acme.set("notes", "changed")
      acme.set("industry", "Roofing")
      try transaction.update(.account, "ACME", acme)
    }
    let after = directory.dataFiles()
    try book.undoLast()
    #expect(same(directory.dataFiles(), before))
    try book.redoLast()
    #expect(same(directory.dataFiles(), after))
    try book.undoLast()
    #expect(same(directory.dataFiles(), before))
  }

  @Test func undoUndoRevertsTheLastTwoAndRedoReappliesTheLastUndone() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let start = directory.dataFiles()
    _ = try change(book) { try $0.add(.note, note("one")) }
    let afterOne = directory.dataFiles()
    _ = try change(book) { try $0.add(.note, note("two")) }
    let afterTwo = directory.dataFiles()
    try book.undoLast()
    #expect(same(directory.dataFiles(), afterOne))
    try book.undoLast()
    #expect(same(directory.dataFiles(), start))
    #expect(try book.undoLast() == nil)
    try book.redoLast()
    #expect(same(directory.dataFiles(), afterOne))
    try book.redoLast()
    #expect(same(directory.dataFiles(), afterTwo))
    #expect(try book.redoLast() == nil)
    try book.undoLast()
    #expect(same(directory.dataFiles(), afterOne))
    // A new change ends what redo can re-apply.
    _ = try change(book) { try $0.add(.note, note("three")) }
    #expect(try book.redoLast() == nil)
  }

  @Test func undoIsRefusedWithExit4WhenTheRecordChangedSinceAndWritesNothing() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let first = try book.load()
    _ = try change(book) { transaction in
      var bright = try #require(transaction.record(.account, "BRIGHT")).record
      bright.set("status", "active")
      try transaction.update(.account, "BRIGHT", bright)
    }
    // A second snapshot (another person) changes it again.
    _ = try change(book, user: "mlopez") { transaction in
      var bright = try #require(transaction.record(.account, "BRIGHT")).record
      bright.set("industry", "Dental")
      try transaction.update(.account, "BRIGHT", bright)
    }
    #expect(first.record(.account, "BRIGHT")?.value("industry") == nil)
    let files = directory.dataFiles()
    let journal = directory.bytes("journal/jkim.rec")
    let error = StoreError.conflict(
      kind: .account, id: "BRIGHT", reason: "it was changed again since")
    #expect(throws: error) { try book.undoLast() }
    #expect(error.exitCode == 4)
    #expect(
      error.diagnostics.map(\.message) == [
        "account BRIGHT was changed by someone else since it was read: it was changed again since"
      ])
    #expect(same(directory.dataFiles(), files))
    #expect(directory.bytes("journal/jkim.rec") == journal)
  }

  @Test func aRecordWhoseFollowerWasDeletedSinceGoesBackAtTheEnd() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    try addNotes(book, 3)
    _ = try change(book) { try $0.delete(.note, "N-0001") }
    _ = try change(book, user: "mlopez") { try $0.delete(.note, "N-0002") }
    try book.undoLast()
    let ids = try book.load().records(.note).compactMap { $0.value("id") }
    #expect(ids == ["N-0003", "N-0001"])
  }

  @Test func revertIsAllOrNothing() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    _ = try change(book) { transaction in
      try transaction.add(.note, note("one"))
      try transaction.add(.note, note("two"))
    }
    _ = try change(book, user: "mlopez") { try $0.delete(.note, "N-0001") }
    let target = try #require(try book.history().lastUndoable(user: "jkim"))
    var transaction = Transaction(base: try book.load())
    #expect(throws: StoreError.conflict(kind: .note, id: "N-0001", reason: "it was deleted since"))
    {
      try transaction.revert(target)
    }
    #expect(transaction.changes.isEmpty)
  }
}
