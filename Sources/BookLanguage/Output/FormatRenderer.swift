/// One output format's way of writing a table, a count and a record.
///
/// Like the sqlite3 shell's output modes, a format is a value picked once from the
/// `OutputFormat`; the formats that have nothing special to say about counts or records
/// write them as small tables.
protocol FormatRenderer: Sendable {
  /// The table's rows in this format, ending with a newline (or empty).
  func render(_ table: ResultTable, _ options: RenderOptions) -> String
  /// The same text handed to `write` in pieces, so that a long listing never stands whole in
  /// memory; by default in one piece.
  func render(
    _ table: ResultTable, _ options: RenderOptions, into write: (String) -> Void)
  /// A count; by default a one-cell table headed `count`.
  func renderCount(_ count: Int, _ options: RenderOptions) -> String
  /// One record; by default a two-column `field`, `value` table.
  func renderRecord(
    title: String?, fields: [(name: String, value: Value)], _ options: RenderOptions
  ) -> String
}

extension FormatRenderer {
  func render(
    _ table: ResultTable, _ options: RenderOptions, into write: (String) -> Void
  ) {
    write(render(table, options))
  }

  func renderCount(_ count: Int, _ options: RenderOptions) -> String {
    render(ResultTable.count(count), options)
  }

  func renderRecord(
    title: String?, fields: [(name: String, value: Value)], _ options: RenderOptions
  ) -> String {
    render(ResultTable.record(fields), options)
  }
}

extension ResultTable {
  /// A count as a one-cell table headed `count`.
  static func count(_ count: Int) -> ResultTable {
    ResultTable(columns: [Column("count", .int)], rows: [[.int(count)]], totals: false)
  }

  /// A record as a two-column table: one row per field, the value as its own type.
  static func record(_ fields: [(name: String, value: Value)]) -> ResultTable {
    ResultTable(
      columns: [Column("field"), Column("value")],
      rows: fields.map { [.text($0.name), $0.value] }, totals: false)
  }
}

extension OutputFormat {
  /// The renderer that writes this format.
  var renderer: any FormatRenderer {
    switch self {
    case .table: return TableRenderer()
    case .csv: return CSVRenderer.csv
    case .tsv: return CSVRenderer.tsv
    case .json: return JSONRenderer()
    case .md: return MarkdownRenderer()
    case .html: return HTMLRenderer()
    }
  }
}
