import BookModel

/// Text made fit for a terminal's columns: one line, measured by display width, padded or
/// cut with `…`.
enum TerminalText {
  /// A cell's text on one line (see `line(_:)`) and the columns it takes.
  struct Cell {
    var text: String
    var width: Int

    init(_ text: String) {
      // Printable ASCII (most cells): one column a byte, nothing to replace.
      if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
        self.text = text
        self.width = text.utf8.count
        return
      }
      self.text = TerminalText.line(text)
      self.width = TerminalText.width(self.text)
    }
  }

  /// The mark that ends a cut cell.
  static let ellipsis = "…"

  /// One line of text: a line break becomes `↵`, a tab a space, and any other control
  /// character `�`, so that no cell breaks the alignment or sends escape codes.
  static func line(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var result = ""
    for character in text {
      if character.isNewline {
        result += "↵"
      } else if character == "\t" {
        result += " "
      } else if character.unicodeScalars.contains(where: isControl) {
        result += "\u{FFFD}"
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// Columns the text takes on a terminal.
  static func width(_ text: String) -> Int {
    DisplayWidth.of(text)
  }

  /// The text in exactly `width` columns: cut with `…` when wider, padded with spaces on the
  /// right (or on the left when `right` is true) when narrower.
  static func fit(_ text: String, _ width: Int, right: Bool = false) -> String {
    let cut = self.cut(text, to: width)
    let padding = String(repeating: " ", count: max(0, width - self.width(cut)))
    return right ? padding + cut : cut + padding
  }

  /// The text cut to at most `width` columns, ending with `…` when anything was cut.
  static func cut(_ text: String, to width: Int) -> String {
    guard self.width(text) > width else { return text }
    guard width > 0 else { return "" }
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII (controls are gone by now): one column a character.
      return String(decoding: text.utf8.prefix(width - 1), as: UTF8.self) + ellipsis
    }
    var result = ""
    var used = 0
    for character in text {
      let columns = character.unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) }
      if used + columns > width - 1 { break }
      result.append(character)
      used += columns
    }
    return result + ellipsis
  }

  /// The line without the spaces that pad its last column.
  static func trimmed(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
