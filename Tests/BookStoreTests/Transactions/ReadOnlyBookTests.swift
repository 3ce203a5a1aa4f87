import BookModel
import Testing

@testable import BookStore

/// The real file system, read-only: every call that would write fails as on a read-only mount.
struct ReadOnlyFileSystem: FileSystem {
  let real = PosixFileSystem()

  func refuse(_ operation: String, _ path: String) -> FileSystemError {
    FileSystemError(operation: operation, path: path, reason: "Read-only file system", code: 30)
  }

  func read(_ path: String) throws(FileSystemError) -> [UInt8]? { try real.read(path) }
  func stamp(_ path: String) -> FileStamp? { real.stamp(path) }
  func permissions(_ path: String) -> UInt32? { real.permissions(path) }
  func canonicalPath(_ path: String) -> String? { real.canonicalPath(path) }
  func list(_ path: String) -> [String]? { real.list(path) }
  func isDirectory(_ path: String) -> Bool { real.isDirectory(path) }
  func write(_ path: String, _ bytes: [UInt8], mode: UInt32?) throws(FileSystemError) {
    throw refuse("write", path)
  }
  func writeAt(_ path: String, offset: Int64, _ bytes: [UInt8], mode: UInt32?)
    throws(FileSystemError)
  { throw refuse("write", path) }
  func sync(_ path: String) throws(FileSystemError) { throw refuse("sync", path) }
  func syncDirectory(_ path: String) throws(FileSystemError) { throw refuse("sync", path) }
  func rename(_ from: String, _ to: String) throws(FileSystemError) {
    throw refuse("rename", to)
  }
  func remove(_ path: String) throws(FileSystemError) { throw refuse("remove", path) }
  func makeDirectory(_ path: String) throws(FileSystemError) {
    if real.isDirectory(path) { return }
    throw refuse("create directory", path)
  }
  func lock(_ path: String, exclusive: Bool, timeout: Double) throws(FileSystemError)
    -> FileLock?
  { throw refuse("open the lock", path) }
}

@Suite struct ReadOnlyBookTests {
  @Test(arguments: [false, true])
  func aReadOnlyBookCanBeReadButNotWritten(hasPrivateDirectory: Bool) throws {
    let directory = TemporaryDirectory()
    let writable = try Fixtures.book(in: directory)
    if hasPrivateDirectory { _ = try writable.load() }
    let before = directory.dataFiles()
    let book = DataDirectory(root: directory.path, fs: ReadOnlyFileSystem(), wait: 1)
    let snapshot = try book.load()
    #expect(snapshot.record(.account, "ACME")?.value("name") == "Acme Roofing LLC")
    var transaction = Transaction(base: snapshot)
    var account = try #require(transaction.record(.account, "BRIGHT")).record
    account.set("status", "active")
    try transaction.update(.account, "BRIGHT", account)
    #expect {
      try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)
    } throws: { error in
      (error as? StoreError)?.diagnostics.first?.message.hasSuffix("Read-only file system")
        == true
    }
    #expect(directory.dataFiles() == before)
  }
}
