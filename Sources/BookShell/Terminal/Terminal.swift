import BookModel
import CLibEdit

#if canImport(Glibc)
  import Glibc
#endif

/// The terminal's facts and the shell's raw writes.
public enum Terminal {
  /// Whether a descriptor is a terminal.
  public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

  /// Rows and columns (0 when unknown).
  public static var size: (rows: Int, columns: Int) {
    var rows: Int32 = 0
    var columns: Int32 = 0
    book_terminal_size(&rows, &columns)
    return (Int(rows), Int(columns))
  }

  /// Writes text to a descriptor, all of it.
  public static func write(_ text: String, to descriptor: Int32 = 1) {
    var text = text
    text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(
          descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { return }
        offset += written
      }
    }
  }

  /// Words in columns across the terminal's width, for a completion list.
  static func columns(_ words: [String]) -> String {
    let width = max(20, size.columns)
    let cell = (words.map { DisplayWidth.of($0) }.max() ?? 0) + 2
    let perLine = max(1, width / cell)
    var out = ""
    for (index, word) in words.enumerated() {
      out += word
      if (index + 1) % perLine == 0 || index == words.count - 1 {
        out += "\n"
      } else {
        out += String(repeating: " ", count: cell - DisplayWidth.of(word))
      }
    }
    return out
  }
}
