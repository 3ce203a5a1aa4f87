import BookStore
import Synchronization

/// The real file system, except that the Nth call of one operation fails (as a full disk or
/// an I/O error would), and every call is counted.
final class FaultyFileSystem: FileSystem {
  enum Operation: String, CaseIterable, Sendable {
    case write, writeAt, sync, syncDirectory, rename, remove
  }

  private let real = PosixFileSystem()
  private let state = Mutex<(counts: [Operation: Int], failing: Operation?, at: Int)>(
    ([:], nil, 0))

  /// Makes the `at`-th call (1-based) of `operation` fail from now on counting.
  func fail(_ operation: Operation?, at: Int) {
    state.withLock { $0 = ([:], operation, at) }
  }

  /// How many calls of each operation ran since the last `fail`.
  func count(_ operation: Operation) -> Int {
    state.withLock { $0.counts[operation] ?? 0 }
  }

  private func step(_ operation: Operation, _ path: String) throws(FileSystemError) {
    let shouldFail = state.withLock { state -> Bool in
      state.counts[operation, default: 0] += 1
      return state.failing == operation && state.counts[operation] == state.at
    }
    if shouldFail {
      throw FileSystemError(
        operation: operation.rawValue, path: path, reason: "No space left on device (injected)",
        code: 28)
    }
  }

  func read(_ path: String) throws(FileSystemError) -> [UInt8]? { try real.read(path) }
  func stamp(_ path: String) -> FileStamp? { real.stamp(path) }
  func list(_ path: String) -> [String]? { real.list(path) }
  func isDirectory(_ path: String) -> Bool { real.isDirectory(path) }
  func makeDirectory(_ path: String) throws(FileSystemError) { try real.makeDirectory(path) }

  func permissions(_ path: String) -> UInt32? { real.permissions(path) }
  func canonicalPath(_ path: String) -> String? { real.canonicalPath(path) }

  func write(_ path: String, _ bytes: [UInt8], mode: UInt32?) throws(FileSystemError) {
    try step(.write, path)
    try real.write(path, bytes, mode: mode)
  }

  func writeAt(_ path: String, offset: Int64, _ bytes: [UInt8], mode: UInt32?)
    throws(FileSystemError)
  {
    try step(.writeAt, path)
    try real.writeAt(path, offset: offset, bytes, mode: mode)
  }

  func sync(_ path: String) throws(FileSystemError) {
    try step(.sync, path)
    try real.sync(path)
  }

  func syncDirectory(_ path: String) throws(FileSystemError) {
    try step(.syncDirectory, path)
    try real.syncDirectory(path)
  }

  func rename(_ from: String, _ to: String) throws(FileSystemError) {
    try step(.rename, to)
    try real.rename(from, to)
  }

  func remove(_ path: String) throws(FileSystemError) {
    try step(.remove, path)
    try real.remove(path)
  }

  func lock(_ path: String, exclusive: Bool, timeout: Double) throws(FileSystemError)
    -> FileLock?
  {
    try real.lock(path, exclusive: exclusive, timeout: timeout)
  }
}
