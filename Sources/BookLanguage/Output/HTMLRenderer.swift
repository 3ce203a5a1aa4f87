/// The `html` format: a `<table>` fragment (not a page) with the header in `<thead>`, the
/// rows in `<tbody>` and the total row in `<tfoot>`; numbers right-aligned by an inline style,
/// so that the fragment needs no stylesheet; cells escaped.
struct HTMLRenderer: FormatRenderer {
  /// The attribute of a right-aligned cell.
  static let right = " style=\"text-align:right\""

  func render(_ table: ResultTable, _ options: RenderOptions) -> String {
    render(table, caption: nil, options)
  }

  /// A record as a `field`, `value` table captioned with its title.
  func renderRecord(
    title: String?, fields: [(name: String, value: Value)], _ options: RenderOptions
  ) -> String {
    render(ResultTable.record(fields), caption: title, options)
  }

  private func render(_ table: ResultTable, caption: String?, _ options: RenderOptions) -> String {
    let columns = table.columns
    func row(_ cells: [String], tag: String) -> String {
      let cells = cells.indices.map { index in
        let align = columns[index].isNumeric ? Self.right : ""
        return "<\(tag)\(align)>\(Self.escape(cells[index]))</\(tag)>"
      }
      return "    <tr>" + cells.joined() + "</tr>"
    }
    var lines = ["<table>"]
    if let caption { lines.append("  <caption>\(Self.escape(caption))</caption>") }
    if options.header {
      lines += ["  <thead>", row(columns.map(\.name), tag: "th"), "  </thead>"]
    }
    lines.append("  <tbody>")
    for cells in table.rows {
      lines.append(
        row(columns.indices.map { Renderer.display(ResultTable.cell(cells, $0)) }, tag: "td"))
    }
    lines.append("  </tbody>")
    if let total = table.totalRow {
      lines += ["  <tfoot>", row(total.map(Renderer.display), tag: "td"), "  </tfoot>"]
    }
    lines.append("</table>")
    return lines.joined(separator: "\n") + "\n"
  }

  /// Text with `&`, `<`, `>` and `"` escaped.
  static func escape(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
