/// Writes results in the format the options name: a thin dispatch to one renderer per format.
public enum Renderer {
  /// A table of rows in the chosen format; the returned text ends with "\n" (empty string for
  /// csv/tsv with no rows and no header).
  public static func render(_ table: ResultTable, _ options: RenderOptions) -> String {
    options.format.renderer.render(table, options)
  }

  /// The same text handed to `write` in pieces (json a few thousand rows at a time).
  public static func render(
    _ table: ResultTable, _ options: RenderOptions, into write: (String) -> Void
  ) {
    options.format.renderer.render(table, options, into: write)
  }

  /// Rows handed to `write` this many at a time.
  static let rowsAPiece = 2048

  /// A listing's rows as they are made (a lazy sequence), written without ever holding them
  /// all in the formats that need no column widths (json, csv, tsv).
  public static func stream<Rows: Collection<[Value]>>(
    _ columns: [ResultTable.Column], _ rows: Rows, _ options: RenderOptions,
    into write: (String) -> Void
  ) {
    // Named here, not through `renderer`, so that each loop is made for the rows' own type.
    switch options.format {
    case .json: JSONRenderer().stream(columns, rows, options, into: write)
    case .csv: CSVRenderer.csv.stream(columns, rows, options, into: write)
    case .tsv: CSVRenderer.tsv.stream(columns, rows, options, into: write)
    case .table, .md, .html: options.format.renderer.stream(columns, rows, options, into: write)
    }
  }

  /// A bare number for `count`: `12` as a table, `{"count": 12}` as json, a one-cell table
  /// headed `count` otherwise.
  public static func renderCount(_ count: Int, _ options: RenderOptions) -> String {
    options.format.renderer.renderCount(count, options)
  }

  /// One record, as `show` prints it: aligned `field  value` lines as a table, one object as
  /// json, a two-column field,value table in the other formats.
  public static func renderRecord(
    title: String?, fields: [(name: String, value: Value)], _ options: RenderOptions
  ) -> String {
    options.format.renderer.renderRecord(title: title, fields: fields, options)
  }

  /// Text of one value for people (table, md, html): money grouped `12,500.00`, decimals
  /// grouped, days ISO, booleans `yes`/`no`, empty as "".
  public static func display(_ value: Value) -> String {
    switch value {
    case .empty: return ""
    case .text(let text): return text
    case .money(let money): return money.description
    case .decimal(let decimal): return decimal.formatted
    case .int(let int): return String(int)
    case .day(let day): return day.iso
    case .bool(let bool): return bool ? "yes" : "no"
    }
  }

  /// Text of one value for machines (csv, tsv): money plain `12500.00`, decimals plain, days
  /// ISO, booleans `yes`/`no`, empty as "".
  public static func plain(_ value: Value) -> String {
    switch value {
    case .money(let money): return money.fileText
    case .decimal(let decimal): return decimal.description
    default: return display(value)
    }
  }
}
