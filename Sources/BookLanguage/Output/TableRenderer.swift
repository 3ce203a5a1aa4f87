import BookModel

/// The `table` format, for people at a terminal: aligned columns under a header and a rule,
/// numbers right-aligned, a total row under money columns; fitted to the terminal's width
/// when there is one, and expanded one field per line when it cannot fit.
struct TableRenderer: FormatRenderer {
  /// What an empty result prints.
  static let noRows = "(no rows)"

  func render(_ table: ResultTable, _ options: RenderOptions) -> String {
    var text = ""
    Self.lay(table.columns, table.rows, totals: table.totals, options) { text += $0 }
    return text
  }

  func render(_ table: ResultTable, _ options: RenderOptions, into write: (String) -> Void) {
    Self.lay(table.columns, table.rows, totals: table.totals, options, into: write)
  }

  /// A listing's rows as they are made, never held whole in memory.
  func stream<Rows: Collection<[Value]>>(
    _ columns: [ResultTable.Column], _ rows: Rows, _ options: RenderOptions,
    into write: (String) -> Void
  ) {
    Self.lay(columns, rows, totals: true, options, into: write)
  }

  /// Lays the rows out in two passes — one sizes the columns and adds up the totals (when
  /// `totals` is on), one writes, a few thousand rows a piece — so that no cell is kept.
  private static func lay<Rows: Collection<[Value]>>(
    _ columns: [ResultTable.Column], _ rows: Rows, totals: Bool, _ options: RenderOptions,
    into write: (String) -> Void
  ) {
    let header = columns.map { TerminalText.Cell($0.name) }
    let cells = { (row: [Value]) in
      columns.indices.map { TerminalText.Cell(Renderer.display(ResultTable.cell(row, $0))) }
    }
    var widths = options.header ? header.map(\.width) : Array(repeating: 0, count: columns.count)
    // Each totalled column's amounts (a few bytes a row), to add up exactly at the end.
    let totalled = columns.indices.filter { columns[$0].isTotalled }
    var money: [[Money]] = Array(repeating: [], count: columns.count)
    for row in rows {
      for (index, cell) in cells(row).enumerated() {
        widths[index] = max(widths[index], cell.width)
      }
      for index in totalled {
        if case .money(let amount) = ResultTable.cell(row, index) { money[index].append(amount) }
      }
    }
    let total =
      rows.isEmpty || !totals
      ? nil
      : ResultTable.totalRow(columns) { money[$0].total() }?.map {
        TerminalText.Cell(Renderer.display($0))
      }
    for (index, cell) in (total ?? []).enumerated() {
      widths[index] = max(widths[index], cell.width)
    }
    let natural = TableLayout(widths: widths)
    guard
      let layout = rows.isEmpty
        ? natural
        : natural.fitted(
          to: options.width, shrinkable: columns.map { $0.type == .text },
          floors: header.map { options.header ? $0.width : 0 })
    else {
      let table = ResultTable(columns: columns, rows: Array(rows), totals: totals)
      return write(ExpandedTable(table: table).render(width: options.width))
    }
    var output = ""
    let rule = layout.widths.map { String(repeating: "-", count: $0) }
      .joined(separator: String(repeating: " ", count: TableLayout.gap))
    if options.header {
      Self.write(header, layout, columns, into: &output)
      output += rule + "\n"
    }
    if rows.isEmpty { output += Self.noRows + "\n" }
    var count = 0
    for row in rows {
      Self.write(cells(row), layout, columns, into: &output)
      count += 1
      if count % Renderer.rowsAPiece == 0 {
        write(output)
        output = ""
      }
    }
    if let total {
      output += rule + "\n"
      Self.write(total, layout, columns, into: &output)
    }
    if !output.isEmpty { write(output) }
  }

  /// Appends one line: each cell cut to its column and aligned in it, numbers to the right,
  /// with no spaces at the end of the line.
  private static func write(
    _ cells: [TerminalText.Cell], _ layout: TableLayout, _ columns: [ResultTable.Column],
    into output: inout String
  ) {
    var spaces = 0
    for index in cells.indices {
      let width = layout.widths[index]
      var cell = cells[index]
      if cell.width > width { cell = TerminalText.Cell(TerminalText.cut(cell.text, to: width)) }
      let padding = width - cell.width
      let right = columns[index].isNumeric
      if index > 0 { spaces += TableLayout.gap }
      if right { spaces += padding }
      if !cell.text.isEmpty {
        output += String(repeating: " ", count: spaces) + cell.text
        spaces = 0
      }
      if !right { spaces += padding }
    }
    output += "\n"
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
