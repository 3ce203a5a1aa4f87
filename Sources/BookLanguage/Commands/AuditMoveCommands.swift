import BookModel
import BookStore

/// The audit verbs that move an audit without new figures: request, start, receive, accept,
/// bill, close, dispute, waive, noncompliant — each allowed only from the states `AuditVerb`
/// lists.
enum AuditMoveCommands {
  static let request = move(
    .request, summary: "ask the insured for the audit (→ requested)",
    options: ["requested", "notes"], examples: ["audit request AU-0002"],
    details: ["requested=DAY records the day of the request (today when not given)."]
  ) { audit, options, session, _ throws(LanguageError) in
    if let day = options["requested"] {
      audit.requested = try ValueInterpreter(session: session).day(day.node)
    } else {
      audit.requested = session.context.today
    }
  }

  static let start = move(
    .start, summary: "the audit is under way (→ in-progress)", examples: ["audit start AU-0003"])

  static let receive = move(
    .receive, summary: "the insured's records are in (→ received)",
    examples: ["audit receive AU-0005"])

  static let accept = move(
    .accept, summary: "accept the reviewed or revised audit (→ accepted)",
    examples: ["audit accept AU-0006", "audit accept AU-0014"])

  static let bill = move(
    .bill, summary: "bill the additional premium or refund the return (→ billed or refunded)",
    examples: ["audit bill AU-0007"],
    details: [
      "The audit becomes billed when the audited premium is at least the estimated one, refunded when it is less."
    ]
  ) { audit, _, _, transaction throws(LanguageError) in
    guard let premium = premiumDifference(audit, in: transaction) else {
      throw .refused(.nothingToBill(audit.id))
    }
    audit.status = premium.isNegative ? .refunded : .billed
  }

  static let close = move(
    .close, summary: "close a billed or refunded audit (→ closed)",
    examples: ["audit close AU-0008"]
  )

  static let dispute = move(
    .dispute, summary: "dispute the audit's findings with the carrier (→ disputed)",
    options: ["reason", "notes"],
    examples: ["audit dispute AU-0006 reason=\"owners' payroll included in error\""],
    details: [
      "A dispute needs a reason. Then audit revise records the corrected figures and audit accept accepts them."
    ]
  ) { audit, options, session, _ throws(LanguageError) in
    guard let reason = options["reason"], !reason.text.isEmpty else {
      throw .refused(
        .needsReason(
          "audit dispute",
          example: "audit dispute \(audit.id) reason=\"owners' payroll included in error\""))
    }
    audit.dispute = reason.text
    audit.revisionRequested = session.context.today
  }

  static let waive = move(
    .waive, summary: "the carrier waived the audit, before receipt (→ waived)",
    examples: ["audit waive AU-0002"])

  static let noncompliant = move(
    .noncompliant, summary: "the insured did not answer the request (→ noncompliant)",
    examples: ["audit noncompliant AU-0004"])

  /// A verb that moves an audit to its one next state (`bill` decides between two); `change`
  /// adds what else the verb records.
  private static func move(
    _ verb: AuditVerb, summary: String, options: [String] = ["notes"], examples: [String],
    details: [String] = [],
    change:
      @escaping @Sendable (
        inout Audit, [String: (text: String, node: ValueNode)], Session, Transaction
      ) throws(LanguageError) -> Void = { _, _, _, _ in }
  ) -> CommandSpec {
    CommandSpec(
      verb.command, group: .changes, summary: summary,
      grammar: [.word("audit", completes: AuditSupport.completes(verb)), .assignments("options")],
      usage: [
        "\(verb.command) AUDIT"
          + options.map { option in
            let value = "\(option)=\(option == "requested" ? "DAY" : "TEXT")"
            return option == "reason" ? " " + value : " [\(value)]"
          }.joined()
      ],
      examples: examples,
      details: ["Allowed from " + AuditVerb.list(verb.from.map(\.rawValue)) + "."] + details
    ) { invocation throws(LanguageError) in
      guard let auditNode = invocation.value("audit") else { return }
      let session = invocation.session
      let id = try session.text(of: auditNode)
      let given = try AuditSupport.options(
        invocation.assignments("options"), allowed: options, verb: verb.command,
        session: session)
      let (before, after, audit) = try session.change(
        invocation.command, assignments: invocation.assignments("options")
      ) { transaction throws(LanguageError) in
        let found = try AuditSupport.find(id, in: transaction, at: auditNode.range)
        try AuditSupport.require(verb, on: found, at: auditNode.range)
        var audit = found.audit
        audit.status = verb.to[0]
        if let notes = given["notes"] { audit.notes = notes.text.isEmpty ? nil : notes.text }
        do throws(LanguageError) {
          try change(&audit, given, session, transaction)
        } catch {
          var error = error
          for index in error.diagnostics.indices where error.diagnostics[index].location == nil {
            error.diagnostics[index].location = auditNode.range.lowerBound
          }
          throw error
        }
        try AuditSupport.store(audit, over: found, in: &transaction)
        return (found.audit.status, audit.status, audit)
      }
      var line = AuditSupport.moved(id, before, after)
      if verb == .bill, let difference = premiumDifference(audit, in: session.view) {
        line +=
          difference.isNegative
          ? " (return premium \((-difference).description))"
          : " (additional premium \(difference.description))"
      }
      invocation.write(line + "\n")
    }
  }

  /// The audit's additional premium (negative: return), nil when it has no audited figures.
  static func premiumDifference(_ audit: Audit, in book: Transaction) -> Money? {
    let rows = book.records(.exposure).filter { $0.value("audit") == audit.id }
      .compactMap { try? Exposure($0.record) }
    guard rows.contains(where: { $0.audited != nil }),
      let premium = AuditPremium(rows: rows, mod: audit.mod)
    else { return nil }
    return premium.additional
  }
}
