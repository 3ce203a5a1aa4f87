import BookModel

/// Bars drawn with Unicode blocks for tables of ratios and shares on a terminal (loss ratio by
/// year, premium by carrier, workload per person), scaled so the largest fills the width;
/// never in csv, tsv, json or a workbook.
enum BarColumn {
  /// Partial blocks, one to seven eighths.
  private static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  /// Whether bars are drawn: the table format on a terminal.
  static func shown(_ options: RenderOptions) -> Bool {
    options.format == .table && options.width != nil
  }

  /// A bar of `value` ÷ `largest` × `width` cells, to an eighth of a cell; empty for zero or
  /// less.
  static func bar(_ value: Int64, largest: Int64, width: Int) -> String {
    guard value > 0, largest > 0, width > 0 else { return "" }
    let clamped = min(value, largest)
    let eighthsLong = Int(
      (Int128(clamped) * Int128(width * 8) + Int128(largest) / 2) / Int128(largest))
    let length = max(1, eighthsLong)
    return String(repeating: "█", count: length / 8) + eighths[length % 8]
  }

  /// The table with a bar column appended for `values` (one per row, nil for none) when bars
  /// are shown; the bars are as wide as the terminal leaves room for, 10 to 30 cells.
  static func appending(
    _ name: String, values: [Int64?], to table: ResultTable, _ options: RenderOptions
  ) -> ResultTable {
    guard shown(options), let terminal = options.width else { return table }
    var plain = options
    plain.width = nil
    let natural =
      Renderer.render(table, plain).split(separator: "\n").map { DisplayWidth.of($0) }.max()
      ?? 0
    let width = min(30, max(10, terminal - natural - 2))
    let largest = values.compactMap { $0 }.max() ?? 0
    var result = table
    result.columns.append(ResultTable.Column(name))
    for index in result.rows.indices {
      let value = index < values.count ? values[index] : nil
      result.rows[index].append(
        .text(value.map { bar($0, largest: largest, width: width) } ?? ""))
    }
    return result
  }
}
