import BookModel
import BookStore

/// `xlist [WINDOW]`: the expiration list — policies awaiting renewal in the window
/// (`RenewalStage.isAwaitingRenewal`), sorted by expiration, with the renewal stage and open
/// tasks; a query's clauses narrow, sort and write it like any query.
enum XListCommand {
  /// The window when the agency names none (`xlist_days`).
  static let defaultDays = 120

  /// The X list's columns: header, the policy field read, its type.
  static let columns: [(name: String, path: [String], type: ValueType)] = [
    ("expiration", ["expiration"], .day), ("days", ["days_left"], .int),
    ("account", ["account"], .text), ("id", ["id"], .text), ("number", ["number"], .text),
    ("line", ["line"], .text), ("carrier", ["carrier"], .text), ("billing", ["billing"], .text),
    ("premium", ["premium"], .money), ("cm", ["account", "manager"], .text),
    ("ca", ["account", "advocate"], .text), ("stage", ["renewal_stage"], .text),
    ("tasks", ["open_tasks"], .int),
  ]

  static let spec = CommandSpec(
    "xlist", group: .queries,
    summary: "the X list: policies awaiting renewal in a window, with stage and open tasks",
    grammar: [.optional([.word("window")]), .clauses("query", of: .policy)],
    usage: [
      "xlist [WINDOW] [where COND] [sort FIELD [desc], …] [fields …] [as FORMAT] [into FILE]"
    ],
    examples: [
      "xlist", "xlist 60d", "xlist 120d where account.manager = jkim",
      "xlist 90d where line = WC as csv", "xlist where renewal_stage = not-started",
    ],
    details: [
      "The window defaults to the agency's xlist_days (120). Listed: policies expiring from today to today + WINDOW that are not renewed, replaced, non-renewed, cancelled or pending cancellation, by expiration.",
      "billing is the policy's, else its carrier's. stage is the stored stage when set, else derived: bound when a renewal term exists, proposed, quoted or submitted from the account's quotes for the line, submitted or info-requested from renewal delegations, else not-started. tasks counts open delegations about the policy or its account and its open subjectivities. late marks (!) a renewal not started inside 30 days.",
      "Conditions and sort take policy fields, with renewal_stage, open_tasks and late_start; fields FIELD, … shows other columns.",
    ]
  ) { invocation throws(LanguageError) in
    try run(invocation)
  }

  static func run(_ invocation: Invocation) throws(LanguageError) {
    let session = invocation.session
    let today = session.context.today
    let days = try windowDays(invocation)
    guard var query = invocation.query() else { return }
    if query.sort.isEmpty {
      query.sort = [
        Query.SortKey(field: FieldRef(["expiration"], query.kindRange), descending: false)
      ]
    }
    var runner = QueryRunner(session: session, query: query)
    runner.filter = { RenewalStage.isAwaitingRenewal($0, on: today, within: days) }
    guard query.fields.isEmpty, query.aggregate == nil, query.by.isEmpty else {
      try runner.run()
      return
    }
    let records = try runner.records()
    let resolver = runner.resolver
    var table = ResultTable(
      columns: columns.map { ResultTable.Column($0.name, $0.type) } + [ResultTable.Column("late")])
    for record in records {
      let stage = resolver.renewalStage(record)
      table.rows.append(
        columns.map { column in
          let value = resolver.cell(column.path, of: record, kind: .policy)
          // A policy without its own billing is billed as its carrier bills.
          guard column.name == "billing", value.isEmpty else { return value }
          return resolver.cell(["carrier", "billing"], of: record, kind: .policy)
        }
          + [RenewalStage.isLateStart(record, stage: stage, on: today) ? .text("!") : .empty])
    }
    try runner.emit(.table(table))
  }

  /// The window in days from today: the given period (`60d`, `8w`, `3m`), else the agency's
  /// `xlist_days`, else 120.
  static func windowDays(_ invocation: Invocation) throws(LanguageError) -> Int {
    let today = invocation.session.context.today
    guard let node = invocation.value("window") else {
      let agency = invocation.session.view.records(.agency).first
      return agency.flatMap { try? AgencySettings($0).xlistDays } ?? defaultDays
    }
    let text = try invocation.session.text(of: node)
    guard let period = Period(text), period.count >= 0 else {
      throw .refused(.notAWindow(text), at: node.range)
    }
    return today.days(to: today.adding(period))
  }
}
