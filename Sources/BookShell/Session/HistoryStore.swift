#if canImport(Glibc)
  import Glibc
#endif

/// The shell's history of one data directory, in `.book/history`: one entry per line, private
/// to the user (0600), written whole to a temp file and renamed, so it is never half-written.
public final class HistoryStore {
  public let path: String
  public let limit: Int
  public private(set) var entries: [String] = []

  public init(path: String, limit: Int = 1000) {
    self.path = path
    self.limit = max(1, limit)
    load()
  }

  /// Adds a line, unless it starts with a space, is empty, or repeats the last one.
  /// Returns whether it was kept.
  @discardableResult
  public func add(_ line: String) -> Bool {
    guard !line.isEmpty, !line.hasPrefix(" "), entries.last != line else { return false }
    entries.append(line)
    if entries.count > limit { entries.removeFirst(entries.count - limit) }
    return true
  }

  private func load() {
    guard let file = fopen(path, "r") else { return }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count <= 0 { break }
      bytes += buffer[0..<count]
    }
    let text = String(decoding: bytes, as: UTF8.self)
    entries = text.split(separator: "\n").map(Self.decode).suffix(limit)
  }

  /// Writes the history: temp file (0600), fsync, rename. Errors are ignored: history is a
  /// convenience, never worth failing a command for.
  public func save() {
    let temporary = path + ".tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else { return }
    fchmod(descriptor, 0o600)
    var text = entries.map(Self.encode).joined(separator: "\n")
    if !text.isEmpty { text += "\n" }
    var ok = true
    text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(
          descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if written <= 0 {
          ok = false
          return
        }
        offset += written
      }
    }
    ok = ok && fsync(descriptor) == 0
    close(descriptor)
    if ok { rename(temporary, path) } else { unlink(temporary) }
  }

  /// A multi-line entry is kept on one line with its line ends escaped.
  static func encode(_ line: String) -> String {
    line.replacing("\\", with: "\\\\").replacing("\n", with: "\\n")
  }

  static func decode(_ line: Substring) -> String {
    var out = ""
    var escaped = false
    for character in line {
      if escaped {
        out.append(character == "n" ? "\n" : character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        out.append(character)
      }
    }
    return out
  }
}
