/// The `json` format, for machines: an array of objects, one per row on its own line, keys
/// the column names in column order. Money and numbers are JSON numbers (`12500.00`), days
/// ISO strings, booleans `true`/`false`, empty cells `null`; there is no total row, and the
/// keys are always there (`--no-header` does not apply).
struct JSONRenderer: RowByRowRenderer {
  func stream<Rows: Collection<[Value]>>(
    _ columns: [ResultTable.Column], _ rows: Rows, _ options: RenderOptions,
    into write: (String) -> Void
  ) {
    let keys = columns.map { Self.string($0.name) }
    var piece = "[\n"
    var index = 0
    for row in rows {
      if index > 0 { piece += ",\n" }
      piece += "  {"
      for column in keys.indices {
        if column > 0 { piece += ", " }
        piece += keys[column]
        piece += ": "
        piece += Self.value(ResultTable.cell(row, column))
      }
      piece += "}"
      index += 1
      if index % Renderer.rowsAPiece == 0 {
        write(piece)
        piece = ""
      }
    }
    guard index > 0 else { return write("[]\n") }
    write(piece + "\n]\n")
  }

  func renderCount(_ count: Int, _ options: RenderOptions) -> String {
    "{\"count\": \(count)}\n"
  }

  /// One object, one field per line.
  func renderRecord(
    title: String?, fields: [(name: String, value: Value)], _ options: RenderOptions
  ) -> String {
    guard !fields.isEmpty else { return "{}\n" }
    let members = fields.map { "  \(Self.string($0.name)): \(Self.value($0.value))" }
    return "{\n" + members.joined(separator: ",\n") + "\n}\n"
  }

  /// A value as JSON.
  static func value(_ value: Value) -> String {
    switch value {
    case .empty: return "null"
    case .text(let text): return string(text)
    case .money(let money): return money.fileText
    case .decimal(let decimal): return decimal.description
    case .int(let int): return String(int)
    case .day(let day): return string(day.iso)
    case .bool(let bool): return bool ? "true" : "false"
    }
  }

  /// A JSON string: `"` and `\` escaped, control characters (and U+2028, U+2029, which
  /// JavaScript does not allow in strings) as `\uXXXX`; the rest kept as UTF-8.
  static func string(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
        let hex = String(scalar.value, radix: 16, uppercase: false)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
