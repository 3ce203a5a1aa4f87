import BookModel

extension HelpText {
  /// The help text fitted to a terminal's columns: a line too wide breaks at spaces, and its
  /// later lines hang under the column it was aligned in (a field's summary, an example's
  /// words). Nothing changes without a width; a word wider than the room stays whole.
  static func wrapped(_ text: String, width: Int?) -> String {
    guard let width, width > 0 else { return text }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.map { wrap(String($0), width: width) }.joined(separator: "\n")
  }

  private static func wrap(_ line: String, width: Int) -> String {
    guard TerminalText.width(line) > width else { return line }
    let characters = Array(line)
    let lead = characters.prefix { $0 == " " }.count
    let column = alignedColumn(characters, lead: lead, width: width)
    let start = column ?? lead
    let hang = column ?? (lead > 0 ? lead + 4 : 0)
    let head = String(characters[..<start])
    let words = String(characters[start...]).split(separator: " ").map(String.init)
    var out: [String] = []
    var current = head
    var empty = true
    for word in words {
      let candidate = empty ? current + word : current + " " + word
      if !empty && TerminalText.width(candidate) > width {
        out.append(current)
        current = String(repeating: " ", count: hang) + word
      } else {
        current = candidate
      }
      empty = false
    }
    out.append(current)
    return out.joined(separator: "\n")
  }

  /// The column a line's last part is aligned in: after the last gap of two spaces (in the
  /// left half of the room), else nil — then later lines hang four columns in from an
  /// indented line, or at the start of a paragraph's.
  private static func alignedColumn(_ characters: [Character], lead: Int, width: Int) -> Int? {
    var column: Int?
    var index = lead
    while index + 2 < characters.count, index < width / 2 {
      if characters[index] == " ", characters[index + 1] == " ", characters[index + 2] != " " {
        column = index + 2
      }
      index += 1
    }
    return column
  }
}
