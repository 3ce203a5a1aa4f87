/// The `table` format, for people at a terminal: aligned columns under a header and a rule,
/// numbers right-aligned, a total row under money columns; fitted to the terminal's width
/// when there is one, and expanded one field per line when it cannot fit.
struct TableRenderer: FormatRenderer {
  /// What an empty result prints.
  static let noRows = "(no rows)"

  func render(_ table: ResultTable, _ options: RenderOptions) -> String {
    let columns = table.columns
    let header = columns.map { TerminalText.line($0.name) }
    let rows = table.rows.map { row in
      columns.indices.map { TerminalText.line(Renderer.display(ResultTable.cell(row, $0))) }
    }
    let total = table.totalRow?.map { TerminalText.line(Renderer.display($0)) }
    let natural = TableLayout(
      lines: (options.header ? [header] : []) + rows + (total.map { [$0] } ?? []),
      columnCount: columns.count)
    guard
      let layout = rows.isEmpty
        ? natural
        : natural.fitted(
          to: options.width, shrinkable: columns.map { $0.type == .text },
          floors: options.header ? header.map(TerminalText.width) : header.map { _ in 0 })
    else {
      return ExpandedTable(table: table).render(width: options.width)
    }

    func line(_ cells: [String]) -> String {
      let fitted = cells.indices.map { index in
        TerminalText.fit(cells[index], layout.widths[index], right: columns[index].isNumeric)
      }
      return TerminalText.trimmed(
        fitted.joined(separator: String(repeating: " ", count: TableLayout.gap)))
    }
    let rule = layout.widths.map { String(repeating: "-", count: $0) }
      .joined(separator: String(repeating: " ", count: TableLayout.gap))

    var lines: [String] = []
    if options.header { lines += [line(header), rule] }
    if rows.isEmpty { lines.append(Self.noRows) }
    lines += rows.map(line)
    if let total { lines += [rule, line(total)] }
    return lines.map { $0 + "\n" }.joined()
  }

  func renderCount(_ count: Int, _ options: RenderOptions) -> String {
    "\(count)\n"
  }

  func renderRecord(
    title: String?, fields: [(name: String, value: Value)], _ options: RenderOptions
  ) -> String {
    let fieldLines = FieldLines(fields: fields.map { FieldLines.Field($0.name, $0.value) })
    var lines = fieldLines.lines(width: options.width)
    if let title { lines.insert(TerminalText.line(title), at: 0) }
    return lines.map { $0 + "\n" }.joined()
  }
}
