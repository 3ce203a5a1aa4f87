/// The delimited formats, for machines: `csv` (RFC 4180) and `tsv`. Values are plain
/// (`12500.00`), there is no total row, and the header row is left out by `--no-header`.
struct CSVRenderer: RowByRowRenderer {
  /// How a field that holds the separator or a line break is kept on its line.
  enum Quoting: Sendable {
    /// RFC 4180: the field in double quotes, its quotes doubled.
    case quoted
    /// Tabs and line breaks replaced by spaces; nothing is quoted.
    case flattened
  }

  var separator: Character
  var lineEnd: String
  var quoting: Quoting

  /// RFC 4180: commas, CRLF line ends, fields quoted when they hold `,` `"` CR or LF.
  static let csv = CSVRenderer(separator: ",", lineEnd: "\r\n", quoting: .quoted)
  /// Tab-separated: LF line ends, tabs and line breaks in values turned into spaces.
  static let tsv = CSVRenderer(separator: "\t", lineEnd: "\n", quoting: .flattened)

  func stream<Rows: Collection<[Value]>>(
    _ columns: [ResultTable.Column], _ rows: Rows, _ options: RenderOptions,
    into write: (String) -> Void
  ) {
    var piece = options.header ? line(columns.map(\.name)) : ""
    var count = 0
    for row in rows {
      piece += line(columns.indices.map { Renderer.plain(ResultTable.cell(row, $0)) })
      count += 1
      if count % Renderer.rowsAPiece == 0 {
        write(piece)
        piece = ""
      }
    }
    if !piece.isEmpty || count == 0 { write(piece) }
  }

  private func line(_ fields: [String]) -> String {
    fields.map(field).joined(separator: String(separator)) + lineEnd
  }

  /// One field made safe for the format.
  func field(_ text: String) -> String {
    switch quoting {
    case .quoted:
      let special = text.unicodeScalars.contains {
        $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == separator.unicodeScalars.first
      }
      guard special else { return text }
      var quoted = "\""
      for scalar in text.unicodeScalars {
        quoted.unicodeScalars.append(scalar)
        if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
      }
      return quoted + "\""
    case .flattened:
      guard text.unicodeScalars.contains(where: Self.isBreak) else { return text }
      return String(
        String.UnicodeScalarView(text.unicodeScalars.map { Self.isBreak($0) ? " " : $0 }))
    }
  }

  private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\t" || scalar == "\n" || scalar == "\r"
  }
}
