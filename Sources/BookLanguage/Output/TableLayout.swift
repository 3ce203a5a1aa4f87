/// The widths of a table's columns, fitted to a terminal when there is one.
///
/// When the table is wider than the terminal, the widest text columns shrink first (their
/// long cells are then cut with `…`), never below `narrowest` columns nor below their header;
/// money, numbers, days and booleans never shrink. When that is not enough the table is
/// printed expanded, one field per line.
struct TableLayout: Equatable {
  /// Spaces between two columns.
  static let gap = 2
  /// The fewest columns a text column shrinks to (fewer when its widest cell is narrower).
  static let narrowest = 8

  /// Each column's width in terminal columns.
  var widths: [Int]

  /// The width of a whole line.
  var lineWidth: Int {
    widths.reduce(0, +) + Self.gap * max(0, widths.count - 1)
  }

  /// The natural widths: each column as wide as its widest line, nothing cut.
  init(widths: [Int]) {
    self.widths = widths
  }

  /// These widths shrunk to fit `width` columns; nil when the table cannot fit.
  /// - Parameters:
  ///   - shrinkable: which columns may shrink (the text columns).
  ///   - floors: the width each column keeps at least (its header's, say).
  func fitted(to width: Int?, shrinkable: [Bool], floors: [Int]) -> TableLayout? {
    guard let width, lineWidth > width else { return self }
    var widths = self.widths
    let minimums = widths.indices.map { index in
      shrinkable[index] ? min(widths[index], max(Self.narrowest, floors[index])) : widths[index]
    }
    for _ in 0..<(lineWidth - width) {
      // One column at a time off the widest column that can still give some up.
      let candidates = widths.indices.filter { widths[$0] > minimums[$0] }
      guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { return nil }
      widths[widest] -= 1
    }
    return TableLayout(widths: widths)
  }
}
