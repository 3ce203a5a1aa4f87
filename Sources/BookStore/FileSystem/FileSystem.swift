/// Identifies a file's content cheaply, as git's index does: size, modification time, inode.
public struct FileStamp: Sendable, Hashable {
  public var size: Int64
  public var modified: Int64  // nanoseconds since the epoch
  public var inode: UInt64

  public init(size: Int64, modified: Int64, inode: UInt64) {
    self.size = size
    self.modified = modified
    self.inode = inode
  }
}

/// A failed file-system call: what was attempted, on which path, and the system's reason.
public struct FileSystemError: Error, Sendable, Equatable, CustomStringConvertible {
  public var operation: String
  public var path: String
  public var reason: String
  public var code: Int32

  public init(operation: String, path: String, reason: String, code: Int32) {
    self.operation = operation
    self.path = path
    self.reason = reason
    self.code = code
  }

  public var description: String { "cannot \(operation) \(path): \(reason)" }
}

/// The one seam every read and write of the data directory goes through, so that tests can
/// make any step fail and count what ran. Paths are absolute or relative to the process.
public protocol FileSystem: Sendable {
  /// The whole content of a file, or nil when it does not exist.
  func read(_ path: String) throws(FileSystemError) -> [UInt8]?
  /// Opens a file to read when needed, with its stamp now; nil when it does not exist.
  func openForReading(_ path: String) throws(FileSystemError) -> (any OpenedFile)?
  /// Size, mtime and inode, or nil when the file does not exist.
  func stamp(_ path: String) -> FileStamp?
  /// Creates or truncates a file and writes the bytes (not yet durable). With a `mode` the
  /// file gets exactly those permissions; without, a new file gets the umask's. A symbolic
  /// link or anything but a plain file at `path` is refused, never written through.
  func write(_ path: String, _ bytes: [UInt8], mode: UInt32?) throws(FileSystemError)
  /// Truncates a file to `offset` (creating it when missing, with `mode` as `write` does)
  /// and writes bytes there; refuses a symbolic link or anything but a plain file.
  func writeAt(_ path: String, offset: Int64, _ bytes: [UInt8], mode: UInt32?)
    throws(FileSystemError)
  /// A file's permission bits (`0o644`), nil when it does not exist.
  func permissions(_ path: String) -> UInt32?
  /// The absolute path with every symbolic link, `.` and `..` resolved; nil when it does not
  /// exist.
  func canonicalPath(_ path: String) -> String?
  /// Makes a file's content durable.
  func sync(_ path: String) throws(FileSystemError)
  /// Makes a directory's entries (creations, renames, removals) durable.
  func syncDirectory(_ path: String) throws(FileSystemError)
  /// Atomically replaces `to` with `from`.
  func rename(_ from: String, _ to: String) throws(FileSystemError)
  /// Removes a file; no error when it does not exist.
  func remove(_ path: String) throws(FileSystemError)
  /// Creates a directory (and its parents); no error when it exists as a directory. The last
  /// component may not be a symbolic link (book never writes through one).
  func makeDirectory(_ path: String) throws(FileSystemError)
  /// The names in a directory, sorted; nil when it does not exist.
  func list(_ path: String) -> [String]?
  /// Whether the path is a directory.
  func isDirectory(_ path: String) -> Bool
  /// Takes an advisory lock on a file, waiting up to `timeout` seconds; nil when it could not
  /// be had in time.
  func lock(_ path: String, exclusive: Bool, timeout: Double) throws(FileSystemError)
    -> FileLock?
}

extension FileSystem {
  /// Creates or truncates a file with the umask's permissions and writes the bytes.
  public func write(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
    try write(path, bytes, mode: nil)
  }
}

/// A held lock; released by `release()` or when the process ends.
public protocol FileLock: Sendable {
  func release()
}
