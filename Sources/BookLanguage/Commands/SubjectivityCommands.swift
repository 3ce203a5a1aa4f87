import BookModel
import BookStore

/// `subjectivity POLICY "TEXT" due DAY`, `receive S-…`, `waive S-… reason="…"` and
/// `subjectivities due [WINDOW]`: the conditions of a binding the insured must meet, followed up
/// until met (the sweep lists those past due).
enum SubjectivityCommands {
  static let all = [add, receive, waive, due]

  static let add = CommandSpec(
    "subjectivity", group: .changes, summary: "record a condition of a binding, with its due day",
    grammar: [
      .word("policy", completes: .ids(.policy)), .text("text"), .keyword("due"), .value("due"),
    ],
    usage: ["subjectivity POLICY \"TEXT\" due DAY"],
    examples: ["subjectivity P-0001 \"Signed and dated application\" due +14d"],
    details: ["It starts open; receive or waive it when the insured has met it."]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    guard let policyNode = invocation.value("policy"), let textNode = invocation.value("text"),
      let dueNode = invocation.value("due")
    else { return }
    let policy = try session.text(of: policyNode)
    _ = try ChangeCommands.existing(.policy, policy, in: session.view, at: policyNode.range)
    let text = try session.text(of: textNode)
    let due = try ValueInterpreter(session: session).day(dueNode)
    var record = Record()
    record.set("policy", policy)
    record.set("text", text)
    record.set("due", due.iso)
    record.set("status", SubjectivityStatus.open.rawValue)
    let id = try session.change(invocation.command) { transaction throws(LanguageError) in
      try storing { () throws(StoreError) in try transaction.add(.subjectivity, record) }
    }
    session.lastID = id
    invocation.write("\(id) on \(policy): \"\(text)\", due \(due.iso)\n")
  }

  static let receive = CommandSpec(
    "receive", group: .changes, summary: "mark a subjectivity received (met)",
    grammar: [
      .word("id", completes: .ids(.subjectivity)), .optional([.keyword("on"), .value("day")]),
    ],
    usage: ["receive S-… [on DAY]"],
    examples: ["receive S-0003", "receive S-0005 on 2026-11-20"],
    details: ["received is today unless on DAY says otherwise."]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    guard let idNode = invocation.value("id") else { return }
    let id = try session.text(of: idNode)
    let day = try invocation.value("day").map { node throws(LanguageError) in
      try ValueInterpreter(session: session).day(node)
    }
    let received = day ?? session.context.today
    try session.change(invocation.command) { transaction throws(LanguageError) in
      var record = try ChangeCommands.existing(
        .subjectivity, id, in: transaction, at: idNode.range
      ).record
      try refuseClosed(record, id, at: idNode.range)
      record.set("status", SubjectivityStatus.received.rawValue)
      record.set("received", received.iso)
      try storing { () throws(StoreError) in try transaction.update(.subjectivity, id, record) }
    }
    invocation.write("\(id) received \(received.iso)\n")
  }

  static let waive = CommandSpec(
    "waive", group: .changes, summary: "waive a subjectivity, with a reason (kept as a note)",
    grammar: [.word("id", completes: .ids(.subjectivity)), .assignments("assignments")],
    usage: ["waive S-… reason=\"…\""],
    examples: ["waive S-0003 reason=\"underwriter accepted the signed contracts list\""],
    details: ["The reason is written as a note on the subjectivity, by you, now."]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    guard let idNode = invocation.value("id") else { return }
    let id = try session.text(of: idNode)
    let reason = try invocation.requiredReason(
      verb: "waive", what: "waiving a subjectivity",
      example: "waive \(id) reason=\"underwriter agreed\"", at: idNode.range)
    let noteID = try session.change(invocation.command) { transaction throws(LanguageError) in
      var record = try ChangeCommands.existing(
        .subjectivity, id, in: transaction, at: idNode.range
      ).record
      try refuseClosed(record, id, at: idNode.range)
      record.set("status", SubjectivityStatus.waived.rawValue)
      try storing { () throws(StoreError) in try transaction.update(.subjectivity, id, record) }
      let note = DelegationChanges.note(about: id, text: "Waived: \(reason)", in: session)
      return try storing { () throws(StoreError) in try transaction.add(.note, note) }
    }
    invocation.write("\(id) waived: \(reason) (note \(noteID))\n")
  }

  static let due = CommandSpec(
    "subjectivities due", group: .queries,
    summary: "open subjectivities past due or due within a window (30 days)",
    grammar: [.optional([.value("window")])],
    usage: ["subjectivities due [WINDOW]"],
    examples: ["subjectivities due", "subjectivities due 60d"],
    details: ["Past due first (negative days), then by due day. Under use ACCOUNT, that account's."]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    let today = session.context.today
    let window = try invocation.value("window").map { node throws(LanguageError) in
      try ValueInterpreter(session: session).period(node)
    }
    let until = today.adding(window ?? Period(30, .days))
    let view = session.view
    var rows: [(Subjectivity, String?)] = []
    for record in view.records(.subjectivity) {
      guard let subjectivity = try? Subjectivity(record.record), subjectivity.status == .open,
        subjectivity.due <= until
      else { continue }
      let account = AccountRecords.account(of: record, kind: .subjectivity, in: view)
      if let focus = session.focus, account != focus { continue }
      rows.append((subjectivity, account))
    }
    rows.sort { ($0.0.due, $0.0.id) < ($1.0.due, $1.0.id) }
    let table = ResultTable(
      columns: [
        ResultTable.Column("id"), ResultTable.Column("due", .day), ResultTable.Column("days", .int),
        ResultTable.Column("policy"), ResultTable.Column("account"), ResultTable.Column("text"),
      ],
      rows: rows.map { subjectivity, account in
        [
          .text(subjectivity.id), .day(subjectivity.due), .int(today.days(to: subjectivity.due)),
          .text(subjectivity.policy), .text(account ?? ""), .text(subjectivity.text),
        ]
      })
    invocation.write(Renderer.render(table, session.options))
  }

  /// Refuses receiving or waiving a subjectivity that is no longer open.
  static func refuseClosed(_ record: Record, _ id: String, at range: SourceRange)
    throws(LanguageError)
  {
    guard let refusal = (try? Subjectivity(record))?.closingRefusal else { return }
    throw .refused(.closed(.subjectivity, id, reason: refusal.message), at: range)
  }
}
