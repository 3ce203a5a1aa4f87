import BookModel
import BookStore

/// Queries and `show`.
enum QueryCommands {
  static let all = [query, show]

  static let query = CommandSpec(
    "query", group: .queries, summary: "list, count or total records of a kind",
    grammar: [.query("query")],
    usage: [
      "[count] KIND [where COND] [sort FIELD [desc], …] [limit N] [fields FIELD, …]",
      "    [sum|avg|min|max FIELD | count] [by FIELD, …] [as FORMAT] [into FILE] [as of DAY]",
    ],
    examples: [
      "accounts where advocate = mlopez sort name",
      "policies where expires within 90d and line in (GL, WC) sort expiration",
      "policies where status = active sum premium by carrier",
      "count audits where status = requested and due < today + 14d",
      "policies where carrier = TRAV and premium > 10000 fields id, account, premium as csv into trav.csv",
      "policies where line not in (GL, WC) sum premium by carrier, line",
      "delegations count by to, status",
      "policies where status = active as of 2026-11-20",
    ],
    details: [
      "A query starts with a kind, singular or plural (help kinds lists them); the word query is optional.",
      "Conditions: help where. Formats: table (the default), csv, tsv, json, md, html; into FILE takes the format from the file's extension.",
      "as of DAY answers from the book as it was at the end of that day (read-only): rebuilt from the journals, or from git history where they do not reach back to it (a note then names the commit). A day before the book's first commit, or one the journals of a book not in git miss changes after, is refused with the earliest day that can be answered.",
      "by with several fields gives one row per combination of their values. A total row adds up the kind's own money only: not money reached through a path (policy.premium), not quotes (they compete), not averages.",
    ]
  ) { invocation throws(LanguageError) in
    guard let query = invocation.query() else { return }
    let session = try query.asOf.map { day throws(LanguageError) in
      try invocation.session.asOf(day)
    }
    try QueryRunner(session: session ?? invocation.session, query: query).run()
  }

  static let show = CommandSpec(
    "show", group: .queries, summary: "one record with its related records",
    grammar: [
      .optional([.kind("kind")]), .text("record", completes: .records),
      .optional([.keyword("as"), .keyword("of"), .value("day")]),
    ],
    usage: ["show ID", "show KIND ID", "show \"NAME\"", "show ID as of DAY"],
    examples: [
      "show ACME", "show \"Acme Roofing\"", "show policy P-0001", "show P-0001 as of 2026-11-20",
    ],
    details: [
      "An account shows with its policies, open audits, certificates, delegations and notes; a name shows the one account that has it, or lists those that do.",
      "as of DAY shows it as it was at the end of that day (read-only): rebuilt from the journals, or from git history where they do not reach back to it.",
    ]
  ) { invocation throws(LanguageError) in
    guard let node = invocation.value("record") else { return }
    let session =
      try invocation.value("day").map { day throws(LanguageError) in
        try invocation.session.asOf(day)
      } ?? invocation.session
    let wanted = try session.text(of: node)
    let view = session.view
    var found: (KindID, RecordView)?
    if let (kind, range) = invocation.kind("kind") {
      guard let record = view.record(kind, wanted) else {
        _ = try ChangeCommands.existing(kind, wanted, in: view, at: range)
        return
      }
      found = (kind, record)
    } else {
      found = Lookup.record(wanted, in: view)
    }
    if found == nil {
      let named = Lookup.accounts(named: wanted, in: view)
      if named.count == 1 {
        found = (.account, named[0])
      } else if named.count > 1 {
        invocation.write("\(named.count) accounts match \"\(wanted)\":\n")
        let table = RecordTable.make(named, kind: .account, resolver: session.resolver())
        invocation.write(Renderer.render(table, session.options))
        return
      }
    }
    guard let (kind, record) = found else {
      throw .refused(.nothingNamed(wanted), at: node.range)
    }
    invocation.write(RecordTable.show(record, kind: kind, session: session))
  }
}

/// Tables of records with their kind's usual columns, and the `show` page.
enum RecordTable {
  static func make(_ records: [RecordView], kind: KindID, resolver: FieldResolver) -> ResultTable {
    let names = FieldCatalog.listColumns(of: kind)
    let columns = names.map { name in
      ResultTable.Column(name, FieldCatalog.field(name, of: kind)?.type ?? .text)
    }
    let rows = records.map { record in
      names.map { resolver.cell([$0], of: record, kind: kind) }
    }
    return ResultTable(columns: columns, rows: rows)
  }

  /// A record's fields (stored, then derived), then each group of related records.
  static func show(_ record: RecordView, kind: KindID, session: Session) -> String {
    let resolver = session.resolver()
    var fields: [(name: String, value: Value)] = []
    for info in FieldCatalog.fields(of: kind) {
      let values = (try? resolver.values([info.name], of: record, kind: kind)) ?? []
      for value in values where !value.isEmpty { fields.append((info.name, value)) }
    }
    let key = kind.spec.keyField.flatMap { record.value($0) } ?? ""
    let title = "\(kind.spec.singular) \(key)" + (record.value("name").map { " — \($0)" } ?? "")
    var out = Renderer.renderRecord(title: title, fields: fields, session.options)
    for group in resolver.related(to: record, kind: kind) {
      out += "\n\(group.title) (\(group.records.count))\n"
      var table = make(group.records, kind: group.kind, resolver: resolver)
      table.totals = false
      out += Renderer.render(table, session.options)
    }
    return out
  }
}
