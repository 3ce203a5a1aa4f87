import BookModel
import Testing

@testable import BookStore

/// A write, sync, rename or removal failing at each step of a commit leaves every file as it
/// was and says so.
@Suite struct FailureInjectionTests {
  /// A transaction that touches two data files and the journal.
  func transaction(_ book: DataDirectory) throws -> Transaction {
    var transaction = Transaction(base: try book.load())
    try transaction.add(
      .note,
      Record([
        Field("about", "ACME"), Field("by", "jkim"), Field("at", "2026-11-23 09:15"),
        Field("text", "Called"),
      ]))
    var account = try #require(transaction.record(.account, "ACME")).record
    account.set("industry", "Roofing")
    try transaction.update(.account, "ACME", account)
    return transaction
  }

  static let steps: [(FaultyFileSystem.Operation, Int)] = [
    (.write, 1), (.sync, 1), (.syncDirectory, 1),  // the write-ahead file
    (.write, 2), (.sync, 2), (.rename, 1),  // accounts.rec
    (.write, 3), (.sync, 3), (.rename, 2),  // notes.rec
    (.writeAt, 1), (.sync, 4),  // the journal
    (.syncDirectory, 2), (.syncDirectory, 3),  // the data directory, then journal/
  ]

  @Test(arguments: steps)
  func aFailingStepLeavesThePreviousStateAndAClearError(
    operation: FaultyFileSystem.Operation, at: Int
  ) throws {
    let directory = TemporaryDirectory()
    let fs = FaultyFileSystem()
    let book = try Fixtures.book(in: directory, fs: fs)
    let transaction = try transaction(book)
    let before = directory.dataFiles()
    fs.fail(operation, at: at)
    #expect {
      try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)
    } throws: { error in
      guard case .writeFailed(let failure, let restored) = error as? StoreError else {
        return false
      }
      let text = (error as? StoreError)?.diagnostics.map(\.formatted).joined() ?? ""
      return restored && failure.reason.contains("No space left")
        && text.contains("Nothing was changed: every file is as it was before the command.")
    }
    #expect(directory.dataFiles() == before)
    #expect(directory.bytes("journal/jkim.rec") ?? [] == [])
    #expect(directory.bytes(".book/wal") == nil)
    #expect(fs.count(operation) >= at, "the step was reached")
    fs.fail(nil, at: 0)
    let snapshot = try book.load()
    #expect(Validation.check(snapshot).isEmpty)
    // And the same transaction then commits.
    _ = try book.commit(try self.transaction(book), Fixtures.request, clock: Fixtures.clock)
    #expect(try book.load().record(.account, "ACME")?.value("industry") == "Roofing")
  }

  @Test func theStepsListedAreEveryStepACommitTakes() throws {
    let directory = TemporaryDirectory()
    let fs = FaultyFileSystem()
    let book = try Fixtures.book(in: directory, fs: fs)
    let transaction = try transaction(book)
    fs.fail(nil, at: 0)
    _ = try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)
    for operation in [FaultyFileSystem.Operation.write, .sync, .syncDirectory, .rename, .writeAt] {
      let listed = Self.steps.filter { $0.0 == operation }.map(\.1).max() ?? 0
      // After the steps: the write-ahead file's removal is synced, the cache of validated
      // stamps is written (not synced: it is derived).
      let after = [FaultyFileSystem.Operation.syncDirectory: 1, .write: 1][operation] ?? 0
      #expect(fs.count(operation) == listed + after, "\(operation)")
    }
  }

  /// A journal that cannot take the append (read-only, a full disk) refuses the commit before
  /// any file is written, and leaves no log that would fail every later command.
  @Test(arguments: [true, false])
  func aJournalThatCannotBeAppendedRefusesTheCommitBeforeWriting(journalExists: Bool) throws {
    let directory = TemporaryDirectory()
    let fs = FaultyFileSystem()
    let book = try Fixtures.book(in: directory, fs: fs)
    if journalExists {
      _ = try book.commit(try transaction(book), Fixtures.request, clock: Fixtures.clock)
    }
    var second = Transaction(base: try book.load())
    var account = try #require(second.record(.account, "BRIGHT")).record
    account.set("status", "active")
    try second.update(.account, "BRIGHT", account)
    let before = directory.dataFiles()
    let journal = directory.bytes("journal/jkim.rec")
    fs.fail(.writeAt, at: 1)
    #expect {
      try book.commit(second, Fixtures.request, clock: Fixtures.clock)
    } throws: { error in
      guard case .writeFailed(_, let restored) = error as? StoreError else { return false }
      return restored
    }
    // With a journal, nothing at all was written; without, the data file was put back.
    if journalExists { #expect(fs.count(.write) == 0) }
    #expect(directory.dataFiles() == before)
    #expect(directory.bytes("journal/jkim.rec") == journal)
    #expect(directory.bytes(".book/wal") == nil)
    fs.fail(nil, at: 0)
    _ = try book.commit(second, Fixtures.request, clock: Fixtures.clock)
    #expect(try book.load().record(.account, "BRIGHT")?.value("status") == "active")
  }

  @Test func aWriteAheadFileLeftByADeadWriterIsReplayedOnOpen() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let log = WriteAhead(entries: [
      .replace(
        path: "carriers.rec", bytes: Array("%rec: Carrier\n\nid: TRAV\nname: Travelers\n".utf8)),
      .append(path: "journal/jkim.rec", offset: 0, bytes: Array("%rec: Change\n".utf8)),
    ])
    try directory.write(".book/wal", String(decoding: log.encoded(), as: UTF8.self))
    let snapshot = try book.load()
    #expect(snapshot.record(.carrier, "TRAV")?.value("name") == "Travelers")
    #expect(directory.text("journal/jkim.rec") == "%rec: Change\n")
    #expect(directory.bytes(".book/wal") == nil)
  }

  @Test func aTornWriteAheadFileIsDiscardedAndNothingChanges() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let before = directory.dataFiles()
    let log = WriteAhead(entries: [
      .replace(path: "carriers.rec", bytes: Array("%rec: Carrier\n\nid: TRAV\nname: T\n".utf8))
    ])
    let encoded = log.encoded()
    for cut in [5, encoded.count / 2, encoded.count - 2] {
      try directory.write(".book/wal", String(decoding: encoded[..<cut], as: UTF8.self))
      _ = try book.load()
      #expect(directory.dataFiles() == before)
      #expect(directory.bytes(".book/wal") == nil)
    }
  }

  @Test func writeAheadEncodingRoundTrips() {
    let log = WriteAhead(entries: [
      .replace(path: "a b.rec", bytes: Array("x\ny\n".utf8)),
      .append(path: "journal/jkim.rec", offset: 42, bytes: []),
    ])
    #expect(WriteAhead.decode(log.encoded()) == log)
    var damaged = log.encoded()
    damaged[15] ^= 0x01
    #expect(WriteAhead.decode(damaged) == nil)
  }
}
