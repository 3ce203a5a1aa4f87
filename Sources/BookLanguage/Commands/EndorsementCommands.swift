import BookModel
import BookStore

/// `endorse POLICY …`, `endorsement issue EN-…`, `endorsement decline EN-… reason=…`: change
/// requests on a policy mid-term. Issuing applies the endorsement to its policy
/// (`EndorsementApplication`, a step every change path runs); the term rule and the lifecycle
/// are BookModel's (`Endorsement.guardViolations`).
enum EndorsementCommands {
  static let all = [endorse, issue, decline]

  /// The fields `endorse` takes.
  static let fieldNames = [
    "effective", "description", "premium_change", "limit", "form", "remove_form", "ai", "wos",
    "pnc",
  ]

  static let endorse = CommandSpec(
    "endorse", group: .changes,
    summary: "request an endorsement (a change) on a policy, optionally delegating the follow-up",
    grammar: [
      .word("policy", completes: .ids(.policy)), .assignments("assignments"),
      .optional([.keyword("delegate"), .keyword("to"), .word("person", completes: .people)]),
    ],
    usage: [
      "endorse POLICY effective=DAY description=\"…\" [premium_change=… limit=\"NAME AMOUNT\" form=\"…\" remove_form=\"…\" ai=… wos=… pnc=…] [delegate to PERSON]"
    ],
    examples: [
      "endorse P-0001 effective=2026-12-01 description=\"Add 2026 Kubota excavator\" premium_change=640",
      "endorse P-0034 effective=+7d description=\"Waiver for SMUD\" form=\"CG 24 04 05/09\" wos=yes delegate to mlopez",
    ],
    details: [
      "The endorsement starts requested, dated today; it changes nothing until issued (endorsement issue EN-…). Refused when its effective day is outside the policy's term.",
      "delegate to PERSON hands the follow-up with the carrier to a team member (action endorsement, due in a week), in the same transaction.",
    ]
  ) { invocation throws(LanguageError) in
    guard let policyNode = invocation.value("policy") else { return }
    let session = invocation.session
    let policy = try session.text(of: policyNode)
    _ = try ChangeCommands.existing(.policy, policy, in: session.view, at: policyNode.range)
    let assignments = invocation.assignments()
    for assignment in assignments where !fieldNames.contains(assignment.field.name) {
      throw .refused(
        .takesNoField(verb: "endorse", field: assignment.field.name, takes: fieldNames),
        at: assignment.field.range)
    }
    var (record, _) = try RecordEditor(session: session, kind: .endorsement).make(assignments)
    for field in ["effective", "description"] where record.nonEmpty(field) == nil {
      throw .refused(
        .needsField(
          verb: "endorse", field: field,
          example: "endorse \(policy) effective=+7d description=\"Add unit 32\" premium_change=900"),
        at: invocation.command.range)
    }
    let today = session.context.today
    record.set("policy", policy)
    record.set("status", EndorsementStatus.requested.rawValue)
    record.set("requested", today.iso)
    let person = try invocation.value("person").map { node throws(LanguageError) in
      try DelegationChanges.person(node, in: session)
    }
    let description = record.value("description") ?? ""
    let (id, delegation) = try session.change(invocation.command, assignments: assignments) {
      transaction throws(LanguageError) in
      let id = try storing { () throws(StoreError) in
        try transaction.add(.endorsement, PolicyRenewal.inSchemaOrder(record, of: .endorsement))
      }
      guard let person else { return (id, nil as String?) }
      var task = Record()
      task.set("from", session.context.user)
      task.set("to", person)
      task.set("about", id)
      task.set("task", "Get \(id) issued: \(description)")
      task.set("action", DelegationAction.endorsement.rawValue)
      task.set("priority", Priority.normal.rawValue)
      task.set("created", today.iso)
      task.set("due", today.adding(days: 7).iso)
      task.set("status", DelegationStatus.open.rawValue)
      let delegation = try storing { () throws(StoreError) in
        try transaction.add(.delegation, task)
      }
      return (id, delegation)
    }
    session.lastID = id
    invocation.write("\(id) requested on \(policy): \(description)\n")
    if let delegation, let person {
      invocation.write("\(delegation) → \(person), due \(today.adding(days: 7).iso)\n")
    }
  }

  static let issue = CommandSpec(
    "endorsement issue", group: .changes,
    summary: "mark an endorsement issued by the carrier: it applies to its policy",
    grammar: [
      .word("id", completes: .ids(.endorsement)), .optional([.keyword("on"), .value("day")]),
    ],
    usage: ["endorsement issue EN-… [on DAY]"],
    examples: ["endorsement issue EN-0004"],
    details: [
      "In one transaction: the endorsement becomes issued (today, or on DAY) and its premium change, limits, forms and ai/wos/pnc are applied to the policy, which then shows the state today; the journal keeps the history. set endorsement EN-… status=issued does the same."
    ]
  ) { invocation throws(LanguageError) in
    try move(invocation, to: .issued, verb: "endorsement issue")
  }

  static let decline = CommandSpec(
    "endorsement decline", group: .changes,
    summary: "mark an endorsement declined by the carrier, with the reason",
    grammar: [.word("id", completes: .ids(.endorsement)), .assignments("assignments")],
    usage: ["endorsement decline EN-… reason=\"…\""],
    examples: ["endorsement decline EN-0004 reason=\"carrier will not schedule SMUD\""],
    details: ["The policy is unchanged; the reason is written as a note on the endorsement."]
  ) { invocation throws(LanguageError) in
    try move(invocation, to: .declined, verb: "endorsement decline")
  }

  /// Moves an endorsement to issued or declined; the lifecycle, the term rule and the
  /// application to the policy run in the change path.
  static func move(_ invocation: Invocation, to status: EndorsementStatus, verb: String)
    throws(LanguageError)
  {
    guard let idNode = invocation.value("id") else { return }
    let session = invocation.session
    let id = try session.text(of: idNode)
    var reason: String?
    if status == .declined {
      reason = try invocation.requiredReason(
        verb: verb, what: "declining an endorsement",
        example: "\(verb) \(id) reason=\"carrier declined\"", at: idNode.range)
    }
    let day = try invocation.value("day").map { node throws(LanguageError) in
      try ValueInterpreter(session: session).day(node)
    }
    try session.change(invocation.command) { transaction throws(LanguageError) in
      var record = try ChangeCommands.existing(.endorsement, id, in: transaction, at: idNode.range)
        .record
      if record.value("status") == status.rawValue {
        throw .refused(.endorsementAlready(id, status: status.rawValue), at: idNode.range)
      }
      record.set("status", status.rawValue)
      if status == .issued { record.set("issued", (day ?? session.context.today).iso) }
      try storing { () throws(StoreError) in try transaction.update(.endorsement, id, record) }
      if let reason {
        let note = DelegationChanges.note(about: id, text: "Declined: \(reason)", in: session)
        _ = try storing { () throws(StoreError) in try transaction.add(.note, note) }
      }
    }
    invocation.write("\(id) \(status.rawValue)" + (reason.map { ": \($0)" } ?? "") + "\n")
  }
}
