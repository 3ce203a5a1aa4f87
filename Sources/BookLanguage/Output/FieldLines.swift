/// `name  value` lines, one field per line: how `show` prints a record in the table format.
struct FieldLines {
  /// One field: its name, its value as display text, and whether the value may be cut.
  struct Field {
    var name: String
    var value: String
    var cuttable: Bool
  }

  var fields: [Field]

  /// The names' width: the widest name.
  var labelWidth: Int {
    fields.map { TerminalText.width($0.name) }.max() ?? 0
  }

  /// The lines, names padded to `labelWidth` (at least), values that may be cut cut to what
  /// is left of the terminal's `width` (but never below `TableLayout.narrowest` columns).
  func lines(labelWidth: Int? = nil, width: Int?) -> [String] {
    let labelWidth = max(labelWidth ?? 0, self.labelWidth)
    let room = width.map { max($0 - labelWidth - TableLayout.gap, TableLayout.narrowest) }
    return fields.map { field in
      var value = field.value
      if let room, field.cuttable { value = TerminalText.cut(value, to: room) }
      let gap = String(repeating: " ", count: TableLayout.gap)
      return TerminalText.trimmed(TerminalText.fit(field.name, labelWidth) + gap + value)
    }
  }
}

extension FieldLines.Field {
  /// A field with a typed value: display text on one line; only text may be cut.
  init(_ name: String, _ value: Value) {
    self.init(
      name: TerminalText.line(name), value: TerminalText.line(Renderer.display(value)),
      cuttable: value.type == .text)
  }
}
