#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real file system, through POSIX calls.
public struct PosixFileSystem: FileSystem {
  public init() {}

  private func failure(_ operation: String, _ path: String) -> FileSystemError {
    let code = errno
    let reason = strerror(code).map { String(cString: $0) } ?? "error \(code)"
    return FileSystemError(operation: operation, path: path, reason: reason, code: code)
  }

  /// Why a path that is not a plain file is refused.
  private func notPlain(_ operation: String, _ path: String, _ mode: mode_t) -> FileSystemError {
    let what: String
    switch mode & S_IFMT {
    case S_IFIFO: what = "a FIFO"
    case S_IFCHR, S_IFBLK: what = "a device"
    case S_IFDIR: what = "a directory"
    case S_IFSOCK: what = "a socket"
    default: what = "not a plain file"
    }
    return FileSystemError(
      operation: operation, path: path,
      reason: "it is \(what); book reads and writes plain files only", code: EINVAL)
  }

  private func symbolicLink(_ operation: String, _ path: String) -> FileSystemError {
    FileSystemError(
      operation: operation, path: path,
      reason: "it is a symbolic link; book never writes through one (remove it)", code: ELOOP)
  }

  public func read(_ path: String) throws(FileSystemError) -> [UInt8]? {
    // Non-blocking, so that opening a FIFO returns at once; it is then refused below.
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    if fd < 0 {
      if errno == ENOENT { return nil }
      throw failure("read", path)
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw failure("read", path) }
    guard (info.st_mode & S_IFMT) == S_IFREG else { throw notPlain("read", path, info.st_mode) }
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
    var filled = 0
    while true {
      if filled == bytes.count {
        // Read on past the size fstat gave, in case the file grew meanwhile.
        var more = [UInt8](repeating: 0, count: 4096)
        let got = more.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        if got < 0 && errno == EINTR { continue }
        guard got >= 0 else { throw failure("read", path) }
        if got == 0 { break }
        bytes += more[..<got]
        filled += got
        continue
      }
      let got = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(fd, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
      }
      if got < 0 {
        if errno == EINTR { continue }
        throw failure("read", path)
      }
      if got == 0 {
        bytes.removeSubrange(filled...)
        break
      }
      filled += got
    }
    return bytes
  }

  public func openForReading(_ path: String) throws(FileSystemError) -> (any OpenedFile)? {
    // Non-blocking, so that opening a FIFO returns at once; it is then refused below.
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    if fd < 0 {
      if errno == ENOENT { return nil }
      throw failure("read", path)
    }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      let error = failure("read", path)
      close(fd)
      throw error
    }
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      close(fd)
      throw notPlain("read", path, info.st_mode)
    }
    let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    let stamp = FileStamp(size: Int64(info.st_size), modified: modified, inode: UInt64(info.st_ino))
    return MappedFile(descriptor: fd, path: path, stamp: stamp)
  }

  public func permissions(_ path: String) -> UInt32? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return UInt32(info.st_mode & 0o7777)
  }

  public func canonicalPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  public func stamp(_ path: String) -> FileStamp? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    return FileStamp(size: Int64(info.st_size), modified: modified, inode: UInt64(info.st_ino))
  }

  public func write(_ path: String, _ bytes: [UInt8], mode: UInt32?) throws(FileSystemError) {
    try writeAt(path, offset: 0, bytes, mode: mode)
  }

  public func writeAt(_ path: String, offset: Int64, _ bytes: [UInt8], mode: UInt32?)
    throws(FileSystemError)
  {
    let flags = O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK
    let fd = open(path, flags, mode.map { mode_t($0) } ?? 0o666)
    guard fd >= 0 else {
      if errno == ELOOP { throw symbolicLink("write", path) }
      throw failure("write", path)
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw failure("write", path) }
    guard (info.st_mode & S_IFMT) == S_IFREG else { throw notPlain("write", path, info.st_mode) }
    if let mode, info.st_mode & 0o7777 != mode_t(mode) {
      guard fchmod(fd, mode_t(mode)) == 0 else { throw failure("set the permissions of", path) }
    }
    guard ftruncate(fd, off_t(offset)) == 0 else { throw failure("write", path) }
    var written = 0
    while written < bytes.count {
      let done = bytes.withUnsafeBytes { buffer in
        pwrite(
          fd, buffer.baseAddress.map { $0 + written }, bytes.count - written,
          off_t(offset) + off_t(written))
      }
      if done < 0 {
        if errno == EINTR { continue }
        throw failure("write", path)
      }
      written += done
    }
  }

  public func sync(_ path: String) throws(FileSystemError) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw failure("sync", path) }
    defer { close(fd) }
    guard fsync(fd) == 0 else { throw failure("sync", path) }
  }

  public func syncDirectory(_ path: String) throws(FileSystemError) {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw failure("sync", path) }
    defer { close(fd) }
    guard fsync(fd) == 0 else { throw failure("sync", path) }
  }

  public func rename(_ from: String, _ to: String) throws(FileSystemError) {
    guard Glibc.rename(from, to) == 0 else { throw failure("rename", "\(from) to \(to)") }
  }

  public func remove(_ path: String) throws(FileSystemError) {
    guard unlink(path) == 0 || errno == ENOENT else { throw failure("remove", path) }
  }

  public func makeDirectory(_ path: String) throws(FileSystemError) {
    var partial = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      partial += "/" + component
      if mkdir(partial, 0o755) != 0 && errno != EEXIST {
        throw failure("create directory", partial)
      }
    }
    var info = stat()
    guard lstat(path, &info) == 0 else { throw failure("create directory", path) }
    if (info.st_mode & S_IFMT) == S_IFLNK { throw symbolicLink("use the directory", path) }
    guard (info.st_mode & S_IFMT) == S_IFDIR else {
      throw notPlain("use the directory", path, info.st_mode)
    }
  }

  public func list(_ path: String) -> [String]? {
    guard let dir = opendir(path) else { return nil }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  public func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  public func lock(_ path: String, exclusive: Bool, timeout: Double) throws(FileSystemError)
    -> FileLock?
  {
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
    guard fd >= 0 else {
      if errno == ELOOP { throw symbolicLink("open the lock", path) }
      throw failure("open the lock", path)
    }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
      close(fd)
      throw notPlain("open the lock", path, info.st_mode)
    }
    if info.st_mode & 0o077 != 0 { fchmod(fd, 0o600) }
    let operation = (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
    var waited = 0.0
    while flock(fd, operation) != 0 {
      guard errno == EWOULDBLOCK || errno == EINTR else {
        close(fd)
        throw failure("lock", path)
      }
      if waited >= timeout {
        close(fd)
        return nil
      }
      usleep(5_000)
      waited += 0.005
    }
    return PosixLock(fd: fd)
  }
}

extension FileSystemError {
  /// Whether the call failed because the place may not be written at all (a read-only mount,
  /// no permission), rather than because of a fault.
  public var deniesWriting: Bool { code == EROFS || code == EACCES || code == EPERM }
}

/// An flock held on an open descriptor.
final class PosixLock: FileLock, @unchecked Sendable {
  private var fd: Int32

  init(fd: Int32) { self.fd = fd }

  func release() {
    guard fd >= 0 else { return }
    flock(fd, LOCK_UN)
    close(fd)
    fd = -1
  }

  deinit { release() }
}
