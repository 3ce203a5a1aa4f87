import BookModel
import BookStore

/// `audit show` (the worksheet with its history from the journal) and `audits due` (the
/// follow-up list: open audits by due day with the next step).
enum AuditReportCommands {
  static let all = [show, due]

  static let show = CommandSpec(
    "audit show", group: .queries, summary: "an audit's worksheet, dispute and history",
    grammar: [.word("audit", completes: .ids(.audit))],
    examples: ["audit show AU-0001", "audit show AU-0009"],
    details: [
      "The worksheet shows each exposure row with its premiums, the mod, the estimated and audited premium and the additional or return premium; the history lists each state the audit moved to, with its day and who moved it, from the journal."
    ]
  ) { invocation throws(LanguageError) in
    guard let node = invocation.value("audit") else { return }
    let session = invocation.session
    let id = try session.text(of: node)
    let found = try AuditSupport.find(id, in: session.view, at: node.range)
    let audit = found.audit
    guard let sheet = AuditWorksheet(rows: found.rows.map(\.exposure), mod: audit.mod) else {
      throw .refused(.auditPremiumTooLarge(id), at: node.range)
    }
    var out = AuditWorksheetText.render(
      audit, sheet, policy: describe(policy: audit.policy, in: session), options: session.options)
    var facts: [String] = []
    if let requested = audit.requested { facts.append("requested \(requested.iso)") }
    facts.append("due \(audit.dueDay(auditDueDays: session.resolver().auditDueDays).iso)")
    if let days = audit.daysOpen(on: session.context.today) { facts.append("open \(days) days") }
    if let step = audit.nextStep(on: session.context.today) {
      facts.append("next: " + stepText(step))
    }
    out += "\n" + facts.joined(separator: " · ") + "\n"
    if let dispute = audit.dispute { out += "dispute: \(dispute)\n" }
    if let notes = audit.notes { out += "notes: \(notes)\n" }
    out += "\nHistory:\n"
    let moves = try history(of: id, in: session)
    out +=
      moves.isEmpty
      ? "  none in the journal (recorded before it)\n"
      : moves.map { "  \($0)\n" }.joined()
    invocation.write(out)
  }

  static let due = CommandSpec(
    "audits due", group: .queries, summary: "open audits by due day, with the next step to take",
    grammar: [.optional([.value("window")]), .clauses("query", of: .audit)],
    usage: ["audits due [WINDOW] [where COND] [sort FIELD [desc], …] [as FORMAT] [into FILE]"],
    examples: ["audits due", "audits due 30d", "audits due 30d where not delegated"],
    details: [
      "Without a window every open audit with a step to take is listed; with one (30d, 2w), those due by today + WINDOW, overdue ones included.",
      "A mail audit 30 days past its request with no answer is flagged: mark noncompliant?",
      "Conditions and sort take audit fields (overdue, delegated…); fields FIELD, … shows other columns.",
    ]
  ) { invocation throws(LanguageError) in
    try dueList(invocation)
  }

  /// `audits due`: the open audits with a step to take, due by today + the window, narrowed
  /// and sorted by the query's clauses (by due day, then id, when none is given).
  static func dueList(_ invocation: Invocation) throws(LanguageError) {
    let session = invocation.session
    let today = session.context.today
    var until: Day?
    if let node = invocation.value("window") {
      until = today.adding(try ValueInterpreter(session: session).period(node))
    }
    guard let query = invocation.query() else { return }
    var runner = QueryRunner(session: session, query: query)
    let dueDays = runner.resolver.auditDueDays
    runner.filter = { record in
      guard let audit = try? Audit(record.record), audit.nextStep(on: today) != nil else {
        return false
      }
      return until.map { audit.dueDay(auditDueDays: dueDays) <= $0 } ?? true
    }
    guard query.fields.isEmpty, query.aggregate == nil, query.by.isEmpty else {
      try runner.run()
      return
    }
    var listed: [(due: Day, id: String, cells: [Value])] = []
    for record in try runner.records() {
      guard let audit = try? Audit(record.record), let step = audit.nextStep(on: today) else {
        continue
      }
      let dueDay = audit.dueDay(auditDueDays: dueDays)
      let account = runner.resolver.account(ofKind: .audit, key: audit.id, depth: 0)
      listed.append(
        (
          dueDay, audit.id,
          [
            .day(dueDay), .text(audit.id), .text(audit.policy), account.map(Value.text) ?? .empty,
            .text(audit.type.rawValue), .text(audit.status.rawValue),
            .bool(audit.isOverdue(on: today, auditDueDays: dueDays)),
            audit.daysOpen(on: today).map(Value.int) ?? .empty, .text(stepText(step)),
          ]
        ))
    }
    if query.sort.isEmpty { listed.sort { ($0.due, $0.id) < ($1.due, $1.id) } }
    let table = ResultTable(
      columns: [
        .init("due", .day), .init("audit"), .init("policy"), .init("account"), .init("type"),
        .init("status"), .init("overdue", .bool), .init("days_open", .int), .init("next"),
      ], rows: listed.map(\.cells), totals: false)
    try runner.emit(.table(table))
  }

  /// The next step as `audits due` and `audit show` say it.
  static func stepText(_ verb: AuditVerb) -> String {
    verb == .noncompliant ? "mark noncompliant?" : verb.command
  }

  /// `P-0003 ACME WC HART`: the policy of an audit as its heading names it.
  static func describe(policy id: String, in session: Session) -> String {
    guard let policy = session.view.record(.policy, id) else { return id }
    return [id, policy.value("account"), policy.value("line"), policy.value("carrier")]
      .compactMap { $0 }.joined(separator: " ")
  }

  /// Each move of the audit in the journal: `2026-11-23  jkim  received → reviewed  (audit
  /// complete AU-0001 audited=910000)`.
  static func history(of id: String, in session: Session) throws(LanguageError) -> [String] {
    let history = try storing { () throws(StoreError) in try session.directory.history() }
    var lines: [String] = []
    for transaction in history.transactions {
      for entry in transaction.entries where entry.kind == .audit && entry.id == id {
        let old = entry.before?.nonEmpty("status")
        let new = entry.after?.nonEmpty("status")
        let what: String
        switch (old, new) {
        case (nil, let new?): what = "opened \(new)"
        case (let old?, let new?) where old != new: what = "\(old) → \(new)"
        case (_, nil): what = "deleted"
        default: continue
        }
        lines.append(
          "\(transaction.day.iso)  \(transaction.user)  \(what)  (\(transaction.command))")
      }
    }
    return lines
  }
}
