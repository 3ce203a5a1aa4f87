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
  /// A listing's rows as they are made, one at a time, handed to `write` in pieces; by
  /// default gathered into a table first (the people's formats size columns from every row).
  func stream<Rows: Collection<[Value]>>(
    _ columns: [ResultTable.Column], _ rows: Rows, _ options: RenderOptions,
    into write: (String) -> Void)
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

  func stream<Rows: Collection<[Value]>>(
    _ columns: [ResultTable.Column], _ rows: Rows, _ options: RenderOptions,
    into write: (String) -> Void
  ) {
    render(ResultTable(columns: columns, rows: Array(rows)), options, into: write)
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

/// A format written row by row (json, csv, tsv): no column is sized from every row, so a whole
/// table renders as its rows streamed.
protocol RowByRowRenderer: FormatRenderer {}

extension RowByRowRenderer {
  func render(_ table: ResultTable, _ options: RenderOptions) -> String {
    var text = ""
    stream(table.columns, table.rows, options) { text += $0 }
    return text
  }

  func render(_ table: ResultTable, _ options: RenderOptions, into write: (String) -> Void) {
    stream(table.columns, table.rows, options, into: write)
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
  /// Whether the format writes each row as it comes, needing no other row to size its
  /// columns (json, csv, tsv): a listing in it can be written while its rows are made.
  var writesRowByRow: Bool {
    switch self {
    case .csv, .tsv, .json: return true
    case .table, .md, .html: return false
    }
  }

  /// Whether a plain listing in the format is written while its rows are made, never held
  /// whole: row by row, or (a table) in two passes, one to size the columns.
  var streamsListings: Bool { writesRowByRow || self == .table }

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
