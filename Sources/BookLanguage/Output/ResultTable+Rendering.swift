import BookModel

extension ResultTable.Column {
  /// Whether the column's cells are right-aligned: money, decimals and integers.
  var isNumeric: Bool {
    switch type {
    case .money, .decimal, .int: return true
    case .text, .day, .bool: return false
    }
  }
}

extension ResultTable {
  /// The total row of the people's formats (table, md, html), or nil when there is none:
  /// `total` under the first column that is not totalled, each totalled money column's exact
  /// sum, the rest empty. Only when totals are on and there is such a column and a row.
  var totalRow: [Value]? {
    guard totals, !rows.isEmpty else { return nil }
    return Self.totalRow(columns) { total(of: $0) }
  }

  /// The total row of columns whose totalled money adds up (`total` of a column index, nil
  /// when too large to hold exactly); nil when no column is totalled.
  static func totalRow(_ columns: [Column], total: (Int) -> Money?) -> [Value]? {
    guard columns.contains(where: \.isTotalled) else { return nil }
    let label = columns.firstIndex { !$0.isTotalled }
    return columns.indices.map { index in
      if columns[index].isTotalled {
        return total(index).map(Value.money) ?? .text("too large")
      }
      return index == label ? .text("total") : .empty
    }
  }

  /// The money columns whose total cents cannot hold exactly (queries refuse to show them).
  var columnsBeyondExactTotal: [String] {
    guard totals, !rows.isEmpty else { return [] }
    return columns.indices.filter { columns[$0].isTotalled && total(of: $0) == nil }
      .map { columns[$0].name }
  }

  /// The exact total of a money column, nil when it is beyond what cents hold.
  private func total(of index: Int) -> Money? {
    rows.lazy.compactMap { row -> Money? in
      guard index < row.count, case .money(let amount) = row[index] else { return nil }
      return amount
    }.total()
  }

  /// The row's cell in a column, or empty when the row is short.
  static func cell(_ row: [Value], _ index: Int) -> Value {
    index < row.count ? row[index] : .empty
  }
}
