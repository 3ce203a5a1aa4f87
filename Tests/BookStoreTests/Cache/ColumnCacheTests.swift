import BookModel
import BookTestSupport
import Foundation
import Testing

@testable import BookStore

#if canImport(Glibc)
  import Glibc
#endif

/// The column cache is trusted only for the data file it was built from: every way a file can
/// change makes a column come from the text again, and a damaged or older cache file is
/// ignored and rebuilt. Each test first plants a well-formed column with wrong values for the
/// file as it is, so a cache trusted when it should not be shows as a wrong answer.
@Suite struct ColumnCacheTests {
  static let policies = "policies.rec"

  /// A generated book whose files are an hour old (past the racy window).
  func book() throws -> (TemporaryDirectory, DataDirectory) {
    let directory = TemporaryDirectory("columns")
    for file in BookGenerator(accounts: 40, seed: 42).files() {
      try directory.write(file.name, file.text)
      try age(directory.path + "/" + file.name, seconds: 3600)
    }
    return (directory, DataDirectory(root: directory.path))
  }

  func age(_ path: String, seconds: Int) throws {
    try setModified(path, nanoseconds: (Int64(time(nil)) - Int64(seconds)) * 1_000_000_000)
  }

  func setModified(_ path: String, nanoseconds: Int64) throws {
    let stamp = timespec(
      tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
    let times = [stamp, stamp]
    #expect(utimensat(AT_FDCWD, path, times, 0) == 0)
  }

  /// The premium column built from the file as it is now, without any cache.
  func fresh(_ directory: TemporaryDirectory) throws -> Column {
    try fresh(root: directory.path)
  }

  func fresh(root: String) throws -> Column {
    let bytes = try #require(FileManager.default.contents(atPath: root + "/" + Self.policies))
    let file = try RecParser.parse(name: Self.policies, bytes: [UInt8](bytes))
    return try #require(Column.build(file, field: "premium", type: .money))
  }

  func cached(_ book: DataDirectory) throws -> Column? {
    try book.load().column(.policy, "premium")
  }

  func cachePath(_ book: DataDirectory) -> String {
    ColumnFile.path(book.paths, .policy, "premium")
  }

  func stamp(_ book: DataDirectory) throws -> FileStamp {
    try #require(PosixFileSystem().stamp(book.paths.path(Self.policies)))
  }

  /// Writes a well-formed column of wrong values (every premium 1 cent) for a stamp.
  func poison(_ book: DataDirectory, stamp: FileStamp, version: UInt32 = ColumnFile.version)
    throws -> [UInt8]
  {
    let count = try fresh(root: book.paths.root).count
    let bytes = ColumnFile.encode(
      .money(Array(repeating: 1, count: count)), stamp: stamp, version: version)
    try Data(bytes).write(to: URL(fileURLWithPath: cachePath(book)))
    return bytes
  }

  @Test func aColumnIsCachedAndAPlantedColumnForTheSameStampIsServed() throws {
    let (directory, book) = try book()
    #expect(try cached(book) == (try fresh(directory)))
    let onDisk = try #require(directory.bytes(".book/cache/policies.rec.premium.col"))
    #expect(ColumnFile.decode(onDisk.withUnsafeBufferPointer { $0 }, stamp: try stamp(book)) != nil)
    // The test's own check: a planted column for the file as it is would be served.
    _ = try poison(book, stamp: try stamp(book))
    guard case .money(let cents) = try #require(try cached(book)) else {
      Issue.record("not a money column")
      return
    }
    #expect(cents.allSatisfy { $0 == 1 })
  }

  enum Change: String, CaseIterable, Sendable {
    case edit, touch, replacedByMove, truncated
  }

  @Test(arguments: Change.allCases)
  func aChangedFileIsReadAgainAndItsColumnRebuilt(change: Change) throws {
    let (directory, book) = try book()
    _ = try cached(book)
    _ = try poison(book, stamp: try stamp(book))
    let path = book.paths.path(Self.policies)
    let text = try #require(directory.text(Self.policies))
    switch change {
    case .edit:
      try directory.write(
        Self.policies, text.replacing("premium: ", with: "premium: 1", maxReplacements: 3))
      try age(path, seconds: 1800)
    case .touch:
      try age(path, seconds: 1800)
    case .replacedByMove:
      try directory.write(
        "policies.new", text.replacing("premium: ", with: "premium: 2", maxReplacements: 1))
      try age(directory.path + "/policies.new", seconds: 3600)
      #expect(rename(directory.path + "/policies.new", path) == 0)
    case .truncated:
      let cut = try #require(text.ranges(of: "\n\nid: P-").dropFirst(5).first)
      let handle = try #require(FileHandle(forWritingAtPath: path))
      try handle.truncate(
        atOffset: UInt64(text.utf8.distance(from: text.startIndex, to: cut.lowerBound) + 1))
      try handle.close()
      try age(path, seconds: 1800)
    }
    #expect(try cached(book) == (try fresh(directory)))
    let rebuilt = try #require(directory.bytes(".book/cache/policies.rec.premium.col"))
    #expect(
      ColumnFile.decode(rebuilt.withUnsafeBufferPointer { $0 }, stamp: try stamp(book)) != nil)
  }

  /// An edit within the same second and of the same size, in place, can keep the stamp whole
  /// (size, mtime, inode): a file that young is never vouched for, so nothing of it is cached.
  @Test func aYoungFileIsNeverCachedSoASameStampEditIsSeen() throws {
    let (directory, book) = try book()
    let path = book.paths.path(Self.policies)
    let text = try #require(directory.text(Self.policies))
    try directory.write(Self.policies, text)  // just written: young
    let before = try stamp(book)
    #expect(try cached(book) == (try fresh(directory)))
    #expect(directory.bytes(".book/cache/policies.rec.premium.col") == nil)
    // The same size, in place (same inode), and the mtime put back to the nanosecond.
    let edited = text.replacing("premium: 1", with: "premium: 9", maxReplacements: 1)
    #expect(edited != text && edited.utf8.count == text.utf8.count)
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.write(contentsOf: Data(edited.utf8))
    try handle.close()
    try setModified(path, nanoseconds: before.modified)
    #expect(try stamp(book) == before)
    #expect(try cached(book) == (try fresh(directory)))
    #expect(try book.load().file(.policy).bytes == Array(edited.utf8))
  }

  enum Damage: String, CaseIterable, Sendable {
    case flippedByte, truncated, olderVersion, empty
  }

  @Test(arguments: Damage.allCases)
  func aDamagedOrOlderCacheFileIsIgnoredAndRebuilt(damage: Damage) throws {
    let (directory, book) = try book()
    _ = try cached(book)
    let current = try stamp(book)
    var bytes = try poison(book, stamp: current)
    switch damage {
    case .flippedByte: bytes[bytes.count / 2] ^= 0x40
    case .truncated: bytes.removeLast(bytes.count / 3)
    case .olderVersion: bytes = try poison(book, stamp: current, version: ColumnFile.version - 1)
    case .empty: bytes = []
    }
    try Data(bytes).write(to: URL(fileURLWithPath: cachePath(book)))
    #expect(try cached(book) == (try fresh(directory)))
    let rebuilt = try #require(directory.bytes(".book/cache/policies.rec.premium.col"))
    #expect(ColumnFile.decode(rebuilt.withUnsafeBufferPointer { $0 }, stamp: current) != nil)
  }

  /// A text column keeps each record's value, and a value on several lines keeps the field
  /// out of the cache altogether.
  @Test func textColumnsHoldEveryValueAndContinuedValuesAreNotColumned() throws {
    let (directory, book) = try book()
    let snapshot = try book.load()
    guard case .text(let values, let codes) = try #require(snapshot.column(.policy, "line")) else {
      Issue.record("not a text column")
      return
    }
    let records = snapshot.records(.policy)
    #expect(codes.count == records.count)
    for (record, code) in zip(records, codes) {
      #expect(String(decoding: values[Int(code) - 1], as: UTF8.self) == record.value("line"))
    }
    try directory.write(
      "notes.rec",
      try #require(directory.text("notes.rec")).replacing(
        "\ntext: ", with: "\ntext: a\n+ ", maxReplacements: 1))
    #expect(try book.load().column(.note, "text") == nil)
  }
}
