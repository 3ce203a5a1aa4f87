#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A plain file held open by descriptor; its bytes are mapped, read-only and private, when
/// first asked for. Closed when the last snapshot holding it goes.
final class MappedFile: OpenedFile, @unchecked Sendable {
  let stamp: FileStamp
  let path: String
  private let descriptor: Int32

  init(descriptor: Int32, path: String, stamp: FileStamp) {
    self.descriptor = descriptor
    self.path = path
    self.stamp = stamp
  }

  deinit { close(descriptor) }

  func bytes() throws(FileSystemError) -> RecBytes {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw failure() }
    let size = Int(info.st_size)
    guard size > 0 else { return RecBytes(copying: []) }
    #if canImport(Glibc)
      let flags = MAP_PRIVATE | MAP_POPULATE
    #else
      let flags = MAP_PRIVATE
    #endif
    let address = mmap(nil, size, PROT_READ, flags, descriptor, 0)
    guard let address, address != MAP_FAILED else { return try readAll(size) }
    let buffer = UnsafeBufferPointer(
      start: address.assumingMemoryBound(to: UInt8.self), count: size)
    return RecBytes(taking: buffer) { buffer in
      _ = munmap(UnsafeMutableRawPointer(mutating: buffer.baseAddress), buffer.count)
    }
  }

  /// The bytes read into memory, where mapping fails.
  private func readAll(_ size: Int) throws(FileSystemError) -> RecBytes {
    var bytes = [UInt8](repeating: 0, count: size)
    var filled = 0
    while filled < size {
      let got = bytes.withUnsafeMutableBytes { buffer in
        pread(descriptor, buffer.baseAddress.map { $0 + filled }, size - filled, off_t(filled))
      }
      if got < 0 && errno == EINTR { continue }
      guard got >= 0 else { throw failure() }
      if got == 0 { break }
      filled += got
    }
    return RecBytes(copying: Array(bytes[..<filled]))
  }

  private func failure() -> FileSystemError {
    let code = errno
    let reason = strerror(code).map { String(cString: $0) } ?? "error \(code)"
    return FileSystemError(operation: "read", path: path, reason: reason, code: code)
  }
}
