/// A table too wide for the terminal, printed one field per line under a banner per row,
/// like psql's `\x auto`:
///
///     -[ RECORD 1 ]-------------
///     id       P-0001
///     premium  12,500.00
///
/// A total row, when there is one, follows as `-[ TOTAL ]-` with the money fields alone.
struct ExpandedTable {
  var table: ResultTable

  func render(width: Int?) -> String {
    let columns = table.columns
    var records = table.rows.enumerated().map { number, row in
      (
        banner: "-[ RECORD \(number + 1) ]",
        fields: FieldLines(
          fields: columns.indices.map {
            FieldLines.Field(columns[$0].name, ResultTable.cell(row, $0))
          })
      )
    }
    if let total = table.totalRow {
      let money = columns.indices.filter { columns[$0].type == .money }
      records.append(
        (
          banner: "-[ TOTAL ]",
          fields: FieldLines(fields: money.map { FieldLines.Field(columns[$0].name, total[$0]) })
        ))
    }
    let labelWidth = records.map(\.fields.labelWidth).max() ?? 0
    let bodies = records.map { $0.fields.lines(labelWidth: labelWidth, width: width) }
    let widest = bodies.joined().map(TerminalText.width).max() ?? 0
    let bannerWidth = min(widest, width ?? widest)

    var lines: [String] = []
    for (record, body) in zip(records, bodies) {
      let dashes = max(1, bannerWidth - TerminalText.width(record.banner))
      lines.append(record.banner + String(repeating: "-", count: dashes))
      lines += body
    }
    return lines.map { $0 + "\n" }.joined()
  }
}
