/// A table too wide for the terminal, printed one field per line under a banner per row,
/// like psql's `\x auto`:
///
///     -[ RECORD 1 ]-------------
///     id       P-0001
///     premium  12,500.00
///
/// Text values are cut with `…` to what the terminal leaves them. A total row, when there is
/// one, follows as `-[ TOTAL ]-` with the money fields alone.
struct ExpandedTable {
  var table: ResultTable

  func render(width: Int?) -> String {
    let columns = table.columns
    let names = columns.map { TerminalText.Cell($0.name) }
    let labelWidth = names.map(\.width).max() ?? 0
    let gap = String(repeating: " ", count: TableLayout.gap)
    let labels = names.map { TerminalText.fit($0.text, labelWidth) + gap }
    let bareLabels = labels.map(TerminalText.trimmed)
    let room = width.map { max($0 - labelWidth - TableLayout.gap, TableLayout.narrowest) }

    func cell(_ value: Value) -> TerminalText.Cell {
      let cell = TerminalText.Cell(Renderer.display(value))
      guard let room, cell.width > room, value.type == .text else { return cell }
      return TerminalText.Cell(TerminalText.cut(cell.text, to: room))
    }
    var records = table.rows.enumerated().map { number, row in
      (
        banner: "-[ RECORD \(number + 1) ]",
        cells: columns.indices.map { (column: $0, cell: cell(ResultTable.cell(row, $0))) }
      )
    }
    if let total = table.totalRow {
      let money = columns.indices.filter { columns[$0].isTotalled }
      records.append((banner: "-[ TOTAL ]", cells: money.map { ($0, cell(total[$0])) }))
    }
    let widest = records.lazy.flatMap { $0.cells.lazy.map(\.cell.width) }.max() ?? 0
    let lineWidth = labelWidth + TableLayout.gap + widest
    let bannerWidth = min(lineWidth, width ?? lineWidth)

    var output = ""
    for record in records {
      let dashes = max(1, bannerWidth - TerminalText.width(record.banner))
      output += record.banner + String(repeating: "-", count: dashes) + "\n"
      for (column, cell) in record.cells {
        output += cell.text.isEmpty ? bareLabels[column] : labels[column] + cell.text
        output += "\n"
      }
    }
    return output
  }
}
