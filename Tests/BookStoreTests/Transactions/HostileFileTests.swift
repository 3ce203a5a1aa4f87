import BookModel
import Foundation
import Testing

@testable import BookStore

/// Planted FIFOs, devices and symbolic links, and a doctored write-ahead file: the store
/// neither hangs on them nor writes through them, and keeps each file's permissions.
@Suite struct HostileFileTests {
  func addNote(_ book: DataDirectory) throws -> CommitResult {
    var transaction = Transaction(base: try book.load())
    try transaction.add(
      .note,
      Record([
        Field("about", "ACME"), Field("by", "jkim"), Field("at", "2026-11-23 09:15"),
        Field("text", "Called Jim"),
      ]))
    return try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)
  }

  func refusal(_ body: () throws -> Void) -> String? {
    do {
      try body()
      return nil
    } catch let error as StoreError {
      return error.diagnostics.map(\.message).joined(separator: "\n")
    } catch {
      return "\(error)"
    }
  }

  func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  @Test func aDataFileThatIsAFIFOIsRefusedWithoutHanging() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    try FileManager.default.removeItem(atPath: directory.path + "/notes.rec")
    #expect(mkfifo(directory.path + "/notes.rec", 0o644) == 0)
    let message = refusal { _ = try book.load() }
    #expect(
      message
        == "cannot read \(directory.path)/notes.rec: it is a FIFO; book reads and writes plain files only"
    )
  }

  @Test func aDataFileLinkedToADeviceIsRefusedWithoutHanging() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    try FileManager.default.removeItem(atPath: directory.path + "/notes.rec")
    try FileManager.default.createSymbolicLink(
      atPath: directory.path + "/notes.rec", withDestinationPath: "/dev/zero")
    let message = refusal { _ = try book.load() }
    #expect(
      message
        == "cannot read \(directory.path)/notes.rec: it is a device; book reads and writes plain files only"
    )
  }

  /// Each planted link points at a file outside the book, which must stay as it was.
  @Test(arguments: ["notes.rec.book-tmp", "journal/jkim.rec", "journal", ".book"])
  func aPlantedSymbolicLinkIsNeverWrittenThrough(_ planted: String) throws {
    let directory = TemporaryDirectory()
    let outside = TemporaryDirectory("outside")
    let book = try Fixtures.book(in: directory)
    try outside.write("victim", "untouched\n")
    try outside.write("jkim.rec", "untouched\n")
    try outside.write("lock", "untouched\n")
    let target =
      planted.hasSuffix(".rec") || planted.hasSuffix("-tmp")
      ? outside.path + "/victim" : outside.path
    try? FileManager.default.removeItem(atPath: directory.path + "/" + planted)
    try FileManager.default.createSymbolicLink(
      atPath: directory.path + "/" + planted, withDestinationPath: target)
    let notes = directory.bytes("notes.rec")
    let message = try #require(refusal { _ = try addNote(book) })
    #expect(message.contains("it is a symbolic link; book never writes through one (remove it)"))
    #expect(outside.text("victim") == "untouched\n")
    #expect(outside.text("jkim.rec") == "untouched\n")
    #expect(outside.text("lock") == "untouched\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: outside.path).sorted()
        == ["jkim.rec", "lock", "victim"])
    #expect(directory.bytes("notes.rec") == notes)
  }

  @Test func aWriteAheadFileNamingAPathOutsideTheBookIsNotReplayed() throws {
    let directory = TemporaryDirectory()
    let outside = TemporaryDirectory("outside")
    let book = try Fixtures.book(in: directory)
    let escape = "../" + (outside.path as NSString).lastPathComponent + "/evil.txt"
    for path in [escape, outside.path + "/evil.txt", "journal/../../evil.txt"] {
      let log = WriteAhead(entries: [.replace(path: path, bytes: Array("evil\n".utf8))])
      try FileManager.default.createDirectory(
        atPath: directory.path + "/.book", withIntermediateDirectories: true)
      try Data(log.encoded()).write(to: URL(fileURLWithPath: directory.path + "/.book/wal"))
      _ = try book.load()
      #expect(outside.bytes("evil.txt") == nil, "replayed \(path)")
      #expect(directory.bytes(".book/wal") == nil)
    }
    #expect(WriteAhead.isPlainPath("policies.rec"))
    #expect(WriteAhead.isPlainPath("journal/jkim.rec"))
    #expect(!WriteAhead.isPlainPath("journal/../agency.rec"))
    #expect(!WriteAhead.isPlainPath(".book/lock"))
    #expect(!WriteAhead.isPlainPath("a/b.rec"))
  }

  @Test(arguments: [0o600, 0o664, 0o640])
  func aRewrittenDataFileKeepsItsPermissions(_ permissions: Int) throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    for name in ["notes.rec", "agency.rec"] {
      try FileManager.default.setAttributes(
        [.posixPermissions: permissions], ofItemAtPath: directory.path + "/" + name)
    }
    _ = try addNote(book)
    #expect(directory.text("notes.rec")?.contains("text: Called Jim") == true)
    #expect(try mode(directory.path + "/notes.rec") == permissions)
    // A new journal takes the book's own permissions (the agency file's).
    #expect(try mode(directory.path + "/journal/jkim.rec") == permissions)
    #expect(try mode(directory.path + "/.book/lock") == 0o600)
    #expect(try mode(directory.path + "/.book/validated") == 0o600)
  }

  @Test func theWriteAheadFileIsPrivate() throws {
    let directory = TemporaryDirectory()
    let fs = FaultyFileSystem()
    let book = try Fixtures.book(in: directory, fs: fs)
    // The data is in place, but removing the write-ahead file fails: it stays, private.
    fs.fail(.remove, at: 1)
    _ = try addNote(book)
    #expect(directory.bytes(".book/wal") != nil)
    #expect(try mode(directory.path + "/.book/wal") == 0o600)
  }
}
