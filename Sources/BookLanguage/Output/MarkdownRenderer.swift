/// The `md` format: a GitHub-flavoured table, numbers right-aligned (`--:`), pipes in cells
/// escaped (`\|`) and line breaks as `<br>`, and the total row as a plain last row. A
/// Markdown table needs its header, so `--no-header` does not apply.
struct MarkdownRenderer: FormatRenderer {
  func render(_ table: ResultTable, _ options: RenderOptions) -> String {
    let columns = table.columns
    var lines = [
      Self.row(columns.map(\.name)),
      "|" + columns.map { $0.isNumeric ? "--:" : "---" }.joined(separator: "|") + "|",
    ]
    for row in table.rows {
      lines.append(Self.row(columns.indices.map { Renderer.display(ResultTable.cell(row, $0)) }))
    }
    if let total = table.totalRow { lines.append(Self.row(total.map(Renderer.display))) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A record as a `field | value` table under a bold title line.
  func renderRecord(
    title: String?, fields: [(name: String, value: Value)], _ options: RenderOptions
  ) -> String {
    let table = render(ResultTable.record(fields), options)
    guard let title else { return table }
    return "**\(Self.cell(title))**\n\n" + table
  }

  /// `| a | b |`, an empty cell as `| |`.
  static func row(_ cells: [String]) -> String {
    "|" + cells.map { $0.isEmpty ? " " : " \(cell($0)) " }.joined(separator: "|") + "|"
  }

  /// A cell's text on one line with its pipes escaped.
  static func cell(_ text: String) -> String {
    var result = ""
    for character in text {
      if character.isNewline {
        result += "<br>"
      } else if character == "|" {
        result += "\\|"
      } else {
        result.append(character)
      }
    }
    return result
  }
}
