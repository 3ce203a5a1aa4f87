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
    guard let text = LocalFile.text(path) else { return }
    entries = text.split(separator: "\n").map(Self.decode).suffix(limit)
  }

  /// Writes the history: temp file (0600), fsync, rename. Errors are ignored: history is a
  /// convenience, never worth failing a command for.
  public func save() {
    var text = entries.map(Self.encode).joined(separator: "\n")
    if !text.isEmpty { text += "\n" }
    LocalFile.writePrivate(text, to: path)
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
