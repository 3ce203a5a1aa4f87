import BookModel
import BookStore

/// A count, or a count or sum grouped by one field, answered from the column cache without
/// reading the records: for the book as read (no pending change, no focus, no list of the
/// command's own), over the kind's own single-valued fields (a text field to group by, money
/// to sum). Anything else is left to `QueryRunner`, which gives the same answers the slow way.
struct ColumnQuery {
  let runner: QueryRunner

  private var query: Query { runner.query }
  private var session: Session { runner.session }

  func result() throws(LanguageError) -> QueryRunner.Result? {
    guard let aggregate = query.aggregate, runner.filter == nil, query.sort.isEmpty,
      session.focus == nil || !Session.accountKinds.contains(query.kind),
      session.readsBookAsRead, query.by.count <= 1
    else { return nil }
    guard let rows = try rows() else { return nil }
    guard let by = query.by.first else {
      return aggregate.function == .count ? .count(rows.count) : nil
    }
    return try grouped(rows, by: by, aggregate)
  }

  /// The rows the condition selects (every row without one).
  private func rows() throws(LanguageError) -> [Int]? {
    guard let condition = query.condition else {
      guard let field = query.kind.spec.keyField,
        let column = session.snapshot.column(query.kind, field)
      else { return nil }
      return Array(0..<column.count)
    }
    let evaluator = try ConditionEvaluator(
      condition, kind: query.kind, session: session, resolver: runner.resolver)
    return evaluator.columnRows(session.snapshot)
  }

  /// The table `QueryRunner.grouped` makes, from a text column and a money column.
  private func grouped(_ rows: [Int], by: FieldRef, _ aggregate: Query.Aggregate)
    throws(LanguageError) -> QueryRunner.Result?
  {
    guard aggregate.function == .count || aggregate.function == .sum, by.path.count == 1 else {
      return nil
    }
    let byInfo = try runner.info(by)
    guard !byInfo.derived,
      case .text(let values, let codes)? = session.snapshot.column(
        query.kind, byInfo.name)
    else { return nil }
    var sums: [Int64]?
    var aggregateColumn: ResultTable.Column?
    if aggregate.function == .sum {
      guard let field = aggregate.field, field.path.count == 1 else { return nil }
      let info = try runner.info(field)
      guard !info.derived, info.type == .money,
        case .money(let cents)? = session.snapshot.column(query.kind, info.name)
      else { return nil }
      sums = cents
      aggregateColumn = ResultTable.Column(
        "\(aggregate.function.rawValue)_\(field.name)", info.type,
        totalled: runner.addsUp(field, aggregate.function))
    }
    var counts = [Int](repeating: 0, count: values.count + 1)
    var totals = [Int64](repeating: 0, count: values.count + 1)
    for row in rows {
      let code = Int(codes[row])
      counts[code] += 1
      if let sums, sums[row] != Column.absent {
        let (sum, overflow) = totals[code].addingReportingOverflow(sums[row])
        // Beyond what cents hold: the slow way says so in its own words.
        guard !overflow, sum.magnitude <= UInt64(Int64.max / 100) else { return nil }
        totals[code] = sum
      }
    }
    var groups: [(key: Value, count: Int, total: Int64)] = []
    for code in counts.indices where counts[code] > 0 {
      let key: Value =
        code == 0 ? .empty : .text(String(decoding: values[code - 1], as: UTF8.self))
      groups.append((key, counts[code], totals[code]))
    }
    groups.sort { ValueOrder.less($0.key, $1.key) }
    var columns = [ResultTable.Column(by.name, byInfo.type), ResultTable.Column("count", .int)]
    var table: [[Value]] = groups.map { group in
      var row = [group.key, .int(group.count)]
      if sums != nil { row.append(.money(Money(cents: group.total))) }
      return row
    }
    if let aggregateColumn { columns.append(aggregateColumn) }
    if let limit = query.limit { table = Array(table.prefix(limit)) }
    return .table(ResultTable(columns: columns, rows: table))
  }
}
