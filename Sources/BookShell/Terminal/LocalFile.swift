#if canImport(Glibc)
  import Glibc
#endif

/// The shell's own small files outside the store (history, a record being edited): read
/// whole, or written private to the user (0600) through a temp file and a rename.
public enum LocalFile {
  /// Every byte a descriptor gives until its end.
  public static func readAll(_ descriptor: Int32) -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 65536) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { break }
      bytes += buffer[0..<count]
    }
    return bytes
  }

  /// A file's text; nil when it cannot be opened.
  public static func text(_ path: String) -> String? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    return String(decoding: readAll(descriptor), as: UTF8.self)
  }

  /// Writes text private to the user: a temp file (0600), synced, renamed over the path.
  /// Returns false (leaving the old file) when any step fails.
  @discardableResult
  public static func writePrivate(_ text: String, to path: String) -> Bool {
    let temporary = path + ".tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else { return false }
    fchmod(descriptor, 0o600)
    var text = text
    var ok = text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(
          descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { return false }
        offset += written
      }
      return true
    }
    ok = ok && fsync(descriptor) == 0
    close(descriptor)
    guard ok, rename(temporary, path) == 0 else {
      unlink(temporary)
      return false
    }
    return true
  }
}
