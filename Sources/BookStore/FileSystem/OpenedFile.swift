/// A file opened to be read later: its stamp is taken when it is opened, and its bytes are
/// those of that file even when a writer has since replaced it by renaming (as `book`'s
/// writers do), so a snapshot can read a kind's file only when a command needs it.
public protocol OpenedFile: Sendable {
  /// Size, mtime and inode when opened.
  var stamp: FileStamp { get }
  /// The file's bytes (mapped where the file system can).
  func bytes() throws(FileSystemError) -> RecBytes
}

/// An opened file whose bytes were read at once (file systems that cannot map).
struct ReadFile: OpenedFile {
  let stamp: FileStamp
  let content: [UInt8]

  func bytes() throws(FileSystemError) -> RecBytes {
    RecBytes(copying: content)
  }
}

extension FileSystem {
  /// Opens a file for reading later; nil when it does not exist. This default reads the
  /// whole file at once (a file system under test); `PosixFileSystem` maps it on demand.
  public func openForReading(_ path: String) throws(FileSystemError) -> (any OpenedFile)? {
    guard let stamp = stamp(path), let content = try read(path) else { return nil }
    return ReadFile(stamp: stamp, content: content)
  }
}
