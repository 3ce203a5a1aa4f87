import BookModel
import BookStore

/// Runs a query: selects, sorts and limits records, then lists them or aggregates them, and
/// writes the result to the screen or into a file.
struct QueryRunner {
  let session: Session
  let query: Query
  let resolver: FieldResolver
  /// Which records a command's own list takes before the query's condition (`xlist`: those
  /// awaiting renewal in its window); nil: every record of the kind.
  var filter: ((RecordView) -> Bool)?

  init(session: Session, query: Query) {
    self.session = session
    self.query = query
    self.resolver = session.resolver()
  }

  /// What a query produces before it is rendered.
  enum Result {
    case table(ResultTable)
    case scalar(name: String, value: Value)
    case count(Int)
  }

  func run() throws(LanguageError) {
    if try streamListing() { return }
    try emit(try evaluate())
  }

  /// Writes a result to the screen, or into the query's file.
  func emit(_ result: Result) throws(LanguageError) {
    if case .table(let table) = result, let column = table.columnsBeyondExactTotal.first {
      throw .refused(.totalTooLarge(column: column))
    }
    if let collect = session.tableCollector, case .table(let table) = result {
      collect(table, query.kind)
      return
    }
    var options = session.options
    if let format = query.format { options.format = format }
    if let into = query.into {
      try write(result, into: into, options: options)
    } else if case .table(let table) = result {
      Renderer.render(shares(table, options), options) { session.output.write($0) }
    } else {
      session.output.write(render(result, options))
    }
  }

  /// The records the query selects, in its order, limited.
  func records() throws(LanguageError) -> [RecordView] {
    var records = session.focused(session.view.records(query.kind), kind: query.kind, resolver)
    if let filter { records = records.filter(filter) }
    if let condition = query.condition {
      let evaluator = try ConditionEvaluator(
        condition, kind: query.kind, session: session, resolver: resolver)
      var kept: [RecordView] = []
      for (index, record) in records.enumerated() {
        if index % 4096 == 0 { try session.checkCancelled() }
        if evaluator.matches(record) { kept.append(record) }
      }
      records = kept
    }
    if !query.sort.isEmpty {
      for key in query.sort { _ = try info(key.field) }
      // The keys side by side in one array, and the records' positions sorted by them.
      let width = query.sort.count
      var keys: [Value] = []
      keys.reserveCapacity(records.count * width)
      for record in records {
        for key in query.sort { keys.append(value(key.field.path, record)) }
      }
      let order = records.indices.sorted { left, right in
        for (index, key) in query.sort.enumerated() {
          let order = ValueOrder.compare(keys[left * width + index], keys[right * width + index])
          if order == .orderedSame { continue }
          return (order == .orderedAscending) != key.descending
        }
        return false
      }
      records = order.map { records[$0] }
    }
    if let limit = query.limit, query.aggregate == nil { records = Array(records.prefix(limit)) }
    return records
  }

  func evaluate() throws(LanguageError) -> Result {
    if let result = try ColumnQuery(runner: self).result() { return result }
    let records = try self.records()
    guard let aggregate = query.aggregate else {
      if let by = query.by.first {
        throw .refused(
          .byWithoutAggregate(plural: query.kind.spec.plural, by: by.name), at: by.range)
      }
      return .table(try listing(records))
    }
    if !query.by.isEmpty {
      return .table(try grouped(records, aggregate, by: query.by))
    }
    if aggregate.function == .count { return .count(records.count) }
    let (name, value) = try Aggregator.compute(
      aggregate, over: records, query: query, resolver: resolver, info: info)
    return .scalar(name: name, value: value)
  }

  func info(_ field: FieldRef) throws(LanguageError) -> FieldInfo {
    do {
      return try resolver.resolve(field.path, from: query.kind)
    } catch {
      throw LanguageError(error, at: field.range)
    }
  }

  func value(_ path: [String], _ record: RecordView) -> Value {
    resolver.cell(path, of: record, kind: query.kind)
  }

  private func listing(_ records: [RecordView]) throws(LanguageError) -> ResultTable {
    let (refs, columns) = try listingColumns()
    let rows = records.map { record in refs.map { value($0.path, record) } }
    return ResultTable(columns: columns, rows: rows)
  }

  /// The fields a listing shows (those named, else the kind's list columns) and its columns.
  func listingColumns() throws(LanguageError) -> ([FieldRef], [ResultTable.Column]) {
    let refs =
      query.fields.isEmpty
      ? FieldCatalog.listColumns(of: query.kind).map { FieldRef([$0], query.kindRange) }
      : query.fields
    var columns: [ResultTable.Column] = []
    for ref in refs {
      let info = try self.info(ref)
      columns.append(
        ResultTable.Column(
          ref.name, info.repeats ? .text : info.type, totalled: addsUp(ref, .sum)))
    }
    return (refs, columns)
  }

  /// Whether a money column adds up in the total row: the kind's own money summed (not a
  /// field reached through a path, not an average or a minimum), of a kind whose money adds
  /// up (not competing quotes).
  func addsUp(_ field: FieldRef, _ function: Query.Function) -> Bool {
    function == .sum && field.path.count == 1 && query.kind.spec.moneyAddsUp
  }

  /// One row per combination of the `by` fields' values, sorted by them in order.
  func grouped(_ records: [RecordView], _ aggregate: Query.Aggregate, by: [FieldRef])
    throws(LanguageError) -> ResultTable
  {
    var columns: [ResultTable.Column] = []
    for field in by { columns.append(ResultTable.Column(field.name, try info(field).type)) }
    columns.append(ResultTable.Column("count", .int))
    var groups: [[Value]: [RecordView]] = [:]
    for record in records {
      groups[by.map { value($0.path, record) }, default: []].append(record)
    }
    let keys = groups.keys.sorted { left, right in
      for (a, b) in zip(left, right) where ValueOrder.compare(a, b) != .orderedSame {
        return ValueOrder.less(a, b)
      }
      return false
    }
    var aggregateColumn: ResultTable.Column?
    if aggregate.function != .count, let field = aggregate.field {
      aggregateColumn = ResultTable.Column(
        "\(aggregate.function.rawValue)_\(field.name)", try info(field).type,
        totalled: addsUp(field, aggregate.function))
    }
    var rows: [[Value]] = []
    for key in keys {
      let members = groups[key] ?? []
      var row = key + [.int(members.count)]
      if aggregateColumn != nil {
        let (_, total) = try Aggregator.compute(
          aggregate, over: members, query: query, resolver: resolver, info: info)
        if total.type == .decimal, aggregateColumn?.type != .decimal {
          aggregateColumn?.type = .decimal
        }
        row.append(total)
      }
      rows.append(row)
    }
    if let aggregateColumn { columns.append(aggregateColumn) }
    if let limit = query.limit { rows = Array(rows.prefix(limit)) }
    return ResultTable(columns: columns, rows: rows)
  }

  // MARK: Output

  /// A `sum MONEY by …` table with a bar column of each group's sum on a terminal (premium by
  /// carrier); other tables as they are.
  private func shares(_ table: ResultTable, _ options: RenderOptions) -> ResultTable {
    guard BarColumn.shown(options), query.aggregate?.function == .sum, !query.by.isEmpty,
      let last = table.columns.last, last.type == .money
    else { return table }
    let values = table.rows.map { row -> Int64? in
      if case .money(let amount)? = row.last { return amount.cents }
      return nil
    }
    return BarColumn.appending("share", values: values, to: table, options)
  }

  func render(_ result: Result, _ options: RenderOptions) -> String {
    switch result {
    case .table(let table): return Renderer.render(shares(table, options), options)
    case .count(let count): return Renderer.renderCount(count, options)
    case .scalar(let name, let value):
      switch options.format {
      case .table: return Renderer.display(value) + "\n"
      default:
        let table = ResultTable(
          columns: [ResultTable.Column(name, value.type ?? .text)], rows: [[value]], totals: false)
        return Renderer.render(table, options)
      }
    }
  }

  private func write(_ result: Result, into node: ValueNode, options: RenderOptions)
    throws(LanguageError)
  {
    let path = try ValueInterpreter(session: session).text(node)
    var suggested = path.split(separator: "/").last.map(String.init) ?? path
    if query.format == nil && OutputFormat(fileName: suggested) == nil {
      suggested = (suggested.split(separator: ".").first.map(String.init) ?? suggested) + ".csv"
    }
    let full = try OutputFile.resolve(path, in: session, at: node.range, suggesting: suggested)
    var options = options
    options.width = nil
    if query.format == nil && OutputFile.isWorkbook(path) {
      let table = Self.table(of: result)
      try OutputFile.write(
        bytes: SpreadsheetWriter.workbook(table), to: full, named: path, at: node.range,
        in: session)
      let rows = table.rows.count == 1 ? "1 row" : "\(table.rows.count) rows"
      session.output.write("wrote \(rows) to \(path) (xlsx)\n")
      return
    }
    if query.format == nil {
      guard let format = OutputFormat(fileName: path) else {
        throw .refused(.formatFromName(path), at: node.range)
      }
      options.format = format
    }
    try OutputFile.write(
      render(result, options), to: full, named: path, at: node.range, in: session)
    let what: String
    switch result {
    case .table(let table): what = table.rows.count == 1 ? "1 row" : "\(table.rows.count) rows"
    case .count, .scalar: what = "the result"
    }
    session.output.write("wrote \(what) to \(path) (\(options.format.rawValue))\n")
  }
}

extension QueryRunner {
  /// A result as one table: a count or an aggregate as a one-cell table.
  static func table(of result: Result) -> ResultTable {
    switch result {
    case .table(let table): return table
    case .count(let count): return .count(count)
    case .scalar(let name, let value):
      return ResultTable(
        columns: [ResultTable.Column(name, value.type ?? .text)], rows: [[value]], totals: false)
    }
  }
}

extension Session {
  /// The records an account focus (`use ACME`) lets through.
  func focused(_ records: [RecordView], kind: KindID, _ resolver: FieldResolver) -> [RecordView] {
    guard let focus, Self.accountKinds.contains(kind) else { return records }
    return records.filter { resolver.account(of: $0, kind: kind) == focus }
  }

  /// The kinds whose records belong to an account (a focus narrows them).
  static let accountKinds: Set<KindID> = [
    .account, .location, .contact, .policy, .subjectivity, .allocation, .audit, .exposure,
    .certificate, .delegation, .claim, .quote, .endorsement, .requirement, .binder, .invoice,
    .note,
  ]
}
