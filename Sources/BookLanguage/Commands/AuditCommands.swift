import BookModel
import BookStore

/// `audit open`, `audit exposure`, `audit complete` and `audit revise`: the audit verbs that
/// write exposure rows (DESIGN.md "Domain notes: Audits"). The moves without figures are in
/// `AuditMoveCommands`, the reports in `AuditReportCommands`.
enum AuditCommands {
  /// In lifecycle order, as `help` lists them.
  static let all: [CommandSpec] =
    [
      open, exposure, AuditMoveCommands.request, AuditMoveCommands.start,
      AuditMoveCommands.receive, complete, AuditMoveCommands.accept, AuditMoveCommands.bill,
      AuditMoveCommands.close, AuditMoveCommands.dispute, revise, AuditMoveCommands.waive,
      AuditMoveCommands.noncompliant,
    ] + AuditReportCommands.all

  /// The fields of an audit `audit open` takes (besides `period`).
  static let auditFields = ["type", "requested", "due", "mod", "notes"]
  /// The fields of an exposure row, inline in `audit open` and in `audit exposure`.
  static let rowFields = ["class", "description", "basis", "per", "estimated", "audited", "rate"]

  static let openExample =
    "audit open P-0004 type=mail period=2025-01-15..2026-01-15 class=91342 basis=sales estimated=2000000 rate=2.50/1000"
  static let exposureExample =
    "audit exposure AU-0001 class=8810 description=Clerical basis=payroll estimated=60000 rate=0.30/100"

  static let open = CommandSpec(
    "audit open", group: .changes, summary: "open a premium audit of a policy, with exposure rows",
    grammar: [.word("policy", completes: .ids(.policy)), .assignments("assignments")],
    usage: [
      "audit open POLICY type=TYPE [period=START..END] [requested=DAY] [mod=N] "
        + "[class=… basis=… estimated=N rate=RATE/BASE]…"
    ],
    examples: [
      openExample,
      "audit open P-0002 type=physical period=2026-01-15..2027-01-15 requested=today mod=0.90 class=5645 basis=payroll estimated=400000 rate=12.00/100 class=8810 basis=payroll estimated=100000 rate=0.30/100",
    ],
    details: [
      "The period is the policy's term (to its cancellation, if cancelled) unless period= says otherwise. The audit starts scheduled, or requested when requested=DAY is given; due is the period end plus the agency's audit_due_days (30 when not set).",
      "Each class=… basis=… estimated=… rate=… group is one exposure row; a field given again starts the next row. rate=2.50/1000 sets the rate and its base (per) together; the base is 1, 100 or 1000.",
      "Refused when the policy is not auditable, the period is outside its term, or the policy already has an open audit for the period.",
    ]
  ) { invocation throws(LanguageError) in
    guard let policyNode = invocation.value("policy") else { return }
    let session = invocation.session
    let policy = try session.text(of: policyNode)
    var auditAssignments: [Assignment] = []
    var period: (Day, Day)?
    // A broken rule on the policy or the period is shown under what set it.
    var located = [Assignment(field: FieldRef(["policy"], policyNode.range), value: policyNode)]
    var groups: [[Assignment]] = []
    for assignment in invocation.assignments() {
      let name = assignment.field.name.lowercased()
      if name == "period" {
        period = try parsePeriod(assignment.value, session: session)
        for field in ["period_start", "period_end"] {
          located.append(
            Assignment(field: FieldRef([field], assignment.field.range), value: assignment.value))
        }
      } else if auditFields.contains(name) {
        auditAssignments.append(assignment)
      } else if rowFields.contains(name) {
        if groups.isEmpty || groups[groups.count - 1].contains(where: { $0.field.name == name }) {
          groups.append([])
        }
        groups[groups.count - 1].append(assignment)
      } else {
        throw .refused(
          .noOption(
            verb: "audit open", option: assignment.field.name,
            takes: ["period"] + auditFields + rowFields, seeHelp: true), at: assignment.field.range)
      }
    }
    // Audits start at expiration or cancellation: without period=, the policy's whole term.
    let policyRecord = try ChangeCommands.existing(
      .policy, policy, in: session.view, at: policyNode.range)
    let term = try? PolicyTerm(policyRecord)
    guard let (start, end) = period ?? term.map({ ($0.effective, $0.end) }) else {
      throw .refused(
        .needs(verb: "audit open", .period, example: openExample),
        at: invocation.command.range)
    }
    let auditEditor = RecordEditor(session: session, kind: .audit)
    var record = try auditEditor.make(auditAssignments).record
    record.set("policy", policy)
    record.set("period_start", start.iso)
    record.set("period_end", end.iso)
    record.set("status", record.nonEmpty("requested") == nil ? "scheduled" : "requested")
    if record.nonEmpty("due") == nil {
      record.set("due", end.adding(days: session.resolver().auditDueDays).iso)
    }
    record = AuditSupport.ordered(record, as: .audit)
    let rowEditor = RecordEditor(session: session, kind: .exposure)
    var rows: [Record] = []
    for group in groups { rows.append(try rowEditor.make(group).record) }
    let (id, rowIDs) = try session.change(
      invocation.command, assignments: located + invocation.assignments()
    ) {
      transaction throws(LanguageError) in
      _ = try ChangeCommands.existing(.policy, policy, in: transaction, at: policyNode.range)
      let id = try storing { () throws(StoreError) in try transaction.add(.audit, record) }
      var rowIDs: [String] = []
      for var row in rows {
        row.set("audit", id)
        let ordered = AuditSupport.ordered(row, as: .exposure)
        rowIDs.append(
          try storing { () throws(StoreError) in try transaction.add(.exposure, ordered) })
      }
      return (id, rowIDs)
    }
    session.lastID = id
    let status = record.nonEmpty("status") ?? ""
    let due = record.nonEmpty("due") ?? ""
    var line = "opened audit \(id) of \(policy) (\(start.iso)..\(end.iso), \(status), due \(due))"
    if !rowIDs.isEmpty {
      line +=
        " with " + HistoryCommands.count(rowIDs.count, "exposure row") + ": "
        + rowIDs.joined(separator: ", ")
    }
    invocation.write(line + "\n")
  }

  static let exposure = CommandSpec(
    "audit exposure", group: .changes, summary: "add exposure rows to an audit not yet reviewed",
    grammar: [
      .word("audit", completes: AuditSupport.completes(.complete)), .assignments("assignments"),
    ],
    usage: ["audit exposure AUDIT class=… basis=… estimated=N rate=RATE/BASE [audited=N]…"],
    examples: [exposureExample],
    details: [
      "Each group of fields is one row; a field given again starts the next. Rows are added while the audit is not yet reviewed (scheduled, requested, in-progress or received); after that, audit revise changes the audited figures."
    ]
  ) { invocation throws(LanguageError) in
    guard let auditNode = invocation.value("audit") else { return }
    let session = invocation.session
    let id = try session.text(of: auditNode)
    var groups: [[Assignment]] = []
    for assignment in invocation.assignments() {
      let name = assignment.field.name.lowercased()
      guard rowFields.contains(name) else {
        throw .refused(
          .noOption(
            verb: "audit exposure", option: assignment.field.name, takes: rowFields, seeHelp: false),
          at: assignment.field.range)
      }
      if groups.isEmpty || groups[groups.count - 1].contains(where: { $0.field.name == name }) {
        groups.append([])
      }
      groups[groups.count - 1].append(assignment)
    }
    guard !groups.isEmpty else {
      throw .refused(
        .needs(verb: "audit exposure", .rowFields, example: exposureExample),
        at: invocation.command.range)
    }
    let editor = RecordEditor(session: session, kind: .exposure)
    var rows: [Record] = []
    for group in groups { rows.append(try editor.make(group).record) }
    let added = try session.change(invocation.command, assignments: invocation.assignments()) {
      transaction throws(LanguageError) in
      let found = try AuditSupport.find(id, in: transaction, at: auditNode.range)
      if !AuditVerb.complete.allowed(from: found.audit.status) {
        throw .refused(
          .auditReviewed(
            id, status: found.audit.status.rawValue,
            choices: AuditVerb.choices(from: found.audit.status)), at: auditNode.range)
      }
      var added: [String] = []
      for var row in rows {
        row.set("audit", id)
        let ordered = AuditSupport.ordered(row, as: .exposure)
        added.append(
          try storing { () throws(StoreError) in try transaction.add(.exposure, ordered) })
      }
      return added
    }
    session.lastID = added.last
    invocation.write("added " + added.joined(separator: ", ") + " to audit \(id)\n")
  }

  static let complete = figures(
    .complete, summary: "record the audited exposures (→ reviewed) and print the worksheet",
    examples: [
      "audit complete AU-0001 audited=910000",
      "audit complete AU-0003 audited=16911:4650000,16905:540000",
    ])

  static let revise = figures(
    .revise, summary: "new audited exposures for a disputed audit (→ revised), then accept",
    examples: ["audit revise AU-0009 audited=2610000"])

  /// `audit complete` and `audit revise`: `audited=` sets the rows' figures, the audit moves,
  /// and the worksheet is printed.
  private static func figures(_ verb: AuditVerb, summary: String, examples: [String])
    -> CommandSpec
  {
    CommandSpec(
      verb.command, group: .changes, summary: summary,
      grammar: [.word("audit", completes: AuditSupport.completes(verb)), .assignments("options")],
      usage: ["\(verb.command) AUDIT audited=N | audited=CLASS:N,CLASS:N… [mod=N] [notes=TEXT]"],
      examples: examples,
      details: [
        "Allowed from " + AuditVerb.list(verb.from.map(\.rawValue)) + ".",
        "audited=N sets the only exposure row's audited figure; with several rows each is named by class (audited=5645:460000,8810:90000) or by row id; a class named twice sets its rows in order.",
        "Per row, premium = exposure ÷ per × rate, half-up to the cent; the audit's premium = the rows' sum × mod, half-up; additional = audited − estimated (negative: return premium).",
      ]
    ) { invocation throws(LanguageError) in
      guard let auditNode = invocation.value("audit") else { return }
      let session = invocation.session
      let id = try session.text(of: auditNode)
      let options = try AuditSupport.options(
        invocation.assignments("options"), allowed: ["audited", "mod", "notes"],
        verb: verb.command, session: session)
      guard let audited = options["audited"] else {
        throw .refused(
          .needs(verb: verb.command, .audited, example: examples.first ?? ""),
          at: invocation.command.range)
      }
      let (before, audit, rows) = try session.change(
        invocation.command, assignments: invocation.assignments("options")
      ) { transaction throws(LanguageError) in
        let found = try AuditSupport.find(id, in: transaction, at: auditNode.range)
        try AuditSupport.require(verb, on: found, at: auditNode.range)
        let rows = try AuditSupport.setAudited(audited, on: found, in: &transaction)
        var audit = found.audit
        audit.status = verb == .complete ? .reviewed : .revised
        if let mod = options["mod"] {
          guard let factor = ExactDecimal(mod.text), factor.units > 0 else {
            throw .refused(.notAMod(mod.text), at: mod.node.range)
          }
          audit.mod = factor
        }
        if let notes = options["notes"] { audit.notes = notes.text.isEmpty ? nil : notes.text }
        try AuditSupport.store(audit, over: found, in: &transaction)
        return (found.audit.status, audit, rows)
      }
      invocation.write(AuditSupport.moved(id, before, audit.status) + "\n")
      guard let sheet = AuditWorksheet(rows: rows, mod: audit.mod) else { return }
      invocation.write(
        AuditWorksheetText.render(
          audit, sheet, policy: AuditReportCommands.describe(policy: audit.policy, in: session),
          options: session.options))
    }
  }

  /// `START..END`, each a day as the language reads days.
  static func parsePeriod(_ node: ValueNode, session: Session) throws(LanguageError) -> (Day, Day) {
    let text = try session.text(of: node)
    let parts = text.split(separator: "..", omittingEmptySubsequences: false).map(String.init)
    let interpreter = ValueInterpreter(session: session)
    guard parts.count == 2 else {
      throw .refused(.notAPeriod(node.literal.source), at: node.range)
    }
    let start = try interpreter.day(ValueNode(.word(parts[0]), node.range))
    let end = try interpreter.day(ValueNode(.word(parts[1]), node.range))
    guard start < end else {
      throw .refused(.periodBackwards(start: start, end: end), at: node.range)
    }
    return (start, end)
  }
}
