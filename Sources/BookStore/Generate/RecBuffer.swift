import BookModel

/// The text of one generated file: the kind's descriptor, then records separated by blank lines.
///
/// Values are single lines without a trailing backslash, so the text is byte-identical to what
/// `RecPrinter` prints for the same records.
struct RecBuffer {
  private(set) var text: String
  private(set) var count = 0

  init(_ kind: KindID) {
    text = Schema.spec(kind).descriptor
  }

  /// Starts a record (the blank line before it).
  mutating func begin() {
    text += "\n"
    count += 1
  }

  /// One `name: value` line.
  mutating func field(_ name: String, _ value: String) {
    text += name
    text += ": "
    text += value
    text += "\n"
  }

  /// One line when the value is present.
  mutating func field(_ name: String, _ value: String?) {
    if let value { field(name, value) }
  }
}
