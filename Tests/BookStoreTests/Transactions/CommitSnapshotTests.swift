import BookModel
import Testing

@testable import BookStore

/// The book a commit hands back is the book a fresh load reads: the same bytes, stamps,
/// records and indexes, without reading the files again.
@Suite struct CommitSnapshotTests {
  func note(_ text: String) -> Record {
    Record([
      Field("about", "ACME"), Field("by", "jkim"), Field("at", "2026-11-23 09:15"),
      Field("text", text),
    ])
  }

  func expectSame(_ snapshot: Snapshot, _ fresh: Snapshot) {
    for kind in DataDirectory.dataKinds {
      let sameBytes = snapshot.file(kind).bytes == fresh.file(kind).bytes
      #expect(sameBytes, "\(kind)")
      #expect(snapshot.stamps[kind] == fresh.stamps[kind], "\(kind)")
      #expect(snapshot.records(kind).map(\.record) == fresh.records(kind).map(\.record), "\(kind)")
      #expect(snapshot.highestNumber(kind) == fresh.highestNumber(kind), "\(kind)")
    }
  }

  @Test func theSnapshotAfterACommitEqualsAFreshLoad() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let before = try book.load()
    #expect(before.record(.account, "BRIGHT") != nil)  // the index is made before the commit
    var transaction = Transaction(base: before)
    try transaction.add(.note, note("Called Jim"))
    var bright = try #require(transaction.record(.account, "BRIGHT")).record
    bright.set("status", "active")
    try transaction.update(.account, "BRIGHT", bright)
    let result = try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)
    expectSame(result.snapshot, try book.load())
    #expect(result.snapshot.record(.account, "BRIGHT")?.value("status") == "active")
    #expect(result.snapshot.record(.note, "N-0001")?.value("text") == "Called Jim")
  }

  @Test func aFileAnotherWriterChangedMeanwhileIsTheirs() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let ours = try book.load()
    var theirs = Transaction(base: try book.load())
    try theirs.add(.note, note("Their note"))
    _ = try book.commit(theirs, Fixtures.request, clock: Fixtures.clock)

    var transaction = Transaction(base: ours)
    try transaction.delete(.account, "BRIGHT")
    let result = try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)
    expectSame(result.snapshot, try book.load())
    #expect(result.snapshot.record(.note, "N-0001")?.value("text") == "Their note")
    #expect(result.snapshot.record(.account, "BRIGHT") == nil)
    #expect(result.snapshot.record(.account, "ACME") != nil)
  }
}
