import BookModel
import BookStore

/// The policy's side of `renew`, `cancel`, `nonrenew` and `reinstate`: each checks the
/// status (`PolicyRenewal`), changes the policy in one transaction through `Session.change`
/// (so the lifecycle rule judges it and its certificates are reached and listed), and says
/// what it did.
enum PolicyVerbs {
  /// `renew POLICY [from Q-…] [FIELD=VALUE…]`: the next term, linked by prior.
  static func renew(_ invocation: Invocation) throws(LanguageError) {
    guard let idNode = invocation.value("policy") else { return }
    let session = invocation.session
    let id = try session.text(of: idNode)
    let quoteID = try invocation.text("quote")
    let assignments = invocation.assignments()
    let today = session.context.today
    let (renewalID, summary) = try session.change(invocation.command, assignments: assignments) {
      transaction throws(LanguageError) -> (String, String) in
      let expiring = try ChangeCommands.existing(.policy, id, in: transaction, at: idNode.range)
      let status = try self.status(of: expiring)
      if let renewal = transaction.records(.policy).first(where: { $0.value("prior") == id }),
        let renewalID = renewal.nonEmpty("id")
      {
        throw .refused(.alreadyRenewed(policy: id, renewal: renewalID))
      }
      guard PolicyRenewal.renewable.contains(status) else {
        throw refusal("renew", id, status, expiring)
      }
      var record: Record
      let made = Result { () throws(Violation) -> Record in
        try PolicyRenewal.renewal(of: expiring, today: today)
      }
      switch made {
      case .success(let built): record = built
      case .failure(let violation):
        throw .refused(.cannotRenew(id, reason: violation.message))
      }
      if let quoteID {
        try take(quoteID, into: &record, for: expiring, id: id, in: transaction)
      }
      let given = Set(assignments.map { $0.field.path.joined(separator: ".") })
      if given.contains("carrier") || quoteID != nil, !given.contains("number"),
        record.value("carrier") != expiring.value("carrier")
      {
        record.setAll("number", [])  // another carrier's policy has another number
      }
      record = try RecordEditor(session: session, kind: .policy).apply(assignments, to: record)
      let moved = record.value("effective") != expiring.value("expiration")
      if given.contains("effective") || moved, !given.contains("expiration"),
        let start = record.nonEmpty("effective").flatMap({ Day(iso: $0) }),
        let term = try? PolicyTerm(expiring)
      {
        let expiration = PolicyRenewal.expiration(startingOn: start, like: term)
        record.set("expiration", expiration.description)
      }
      record = PolicyRenewal.inSchemaOrder(record)
      let newID = try storing { () throws(StoreError) in try transaction.add(.policy, record) }
      var old = expiring.record
      old.set("status", PolicyStatus.renewed.rawValue)
      old.set("stage", RenewalStage.bound.rawValue)
      try storing { () throws(StoreError) in try transaction.update(.policy, id, old) }
      return (newID, renewalSummary(newID, record, expiring: expiring, quote: quoteID))
    }
    session.lastID = renewalID
    invocation.write(summary)
  }

  /// `cancel POLICY on DAY reason="…"`: a future day → pending-cancel; today or past →
  /// cancelled. The day is the policy's `cancelled`, the reason its `cancel_reason`.
  static func cancel(_ invocation: Invocation, id: String, at range: SourceRange)
    throws(LanguageError)
  {
    let session = invocation.session
    let reason = try self.reason(invocation, verb: "cancel", id: id)
    let day = try invocation.value("day").map { node throws(LanguageError) in
      try ValueInterpreter(session: session).day(node)
    }
    let today = session.context.today
    let effective = day ?? today
    let status: PolicyStatus = effective > today ? .pendingCancel : .cancelled
    try session.change(invocation.command) { transaction throws(LanguageError) in
      let policy = try ChangeCommands.existing(.policy, id, in: transaction, at: range)
      let current = try self.status(of: policy)
      guard PolicyRenewal.cancellable.contains(current) else {
        throw refusal("cancel", id, current, policy)
      }
      var record = policy.record
      record.set("status", status.rawValue)
      record.set("cancelled", effective.description)
      record.set("cancel_reason", reason)
      try storing { () throws(StoreError) in try transaction.update(.policy, id, record) }
    }
    let when = status == .pendingCancel ? "pending cancellation on" : "cancelled on"
    invocation.write("\(id) \(when) \(effective): \(reason)\n")
  }

  /// `nonrenew POLICY reason="…"`: the term runs to its expiration and is not renewed.
  static func nonrenew(_ invocation: Invocation) throws(LanguageError) {
    guard let idNode = invocation.value("policy") else { return }
    let session = invocation.session
    let id = try session.text(of: idNode)
    let reason = try self.reason(invocation, verb: "nonrenew", id: id)
    var expiration = ""
    try session.change(invocation.command) { transaction throws(LanguageError) in
      let policy = try ChangeCommands.existing(.policy, id, in: transaction, at: idNode.range)
      let current = try self.status(of: policy)
      guard PolicyRenewal.renewable.contains(current) else {
        throw refusal("nonrenew", id, current, policy)
      }
      var record = policy.record
      record.set("status", PolicyStatus.nonrenewed.rawValue)
      let note = "Non-renewed: \(reason)."
      record.set("notes", (record.nonEmpty("notes").map { $0 + " " } ?? "") + note)
      expiration = policy.value("expiration") ?? ""
      try storing { () throws(StoreError) in try transaction.update(.policy, id, record) }
    }
    invocation.write("\(id) non-renewed: it ends on \(expiration): \(reason)\n")
  }

  /// `reinstate POLICY`: a pending or done cancellation undone; the policy is active again,
  /// the journal keeping the reason it was cancelled for.
  static func reinstate(_ invocation: Invocation) throws(LanguageError) {
    guard let idNode = invocation.value("policy") else { return }
    let session = invocation.session
    let id = try session.text(of: idNode)
    if let assignment = invocation.assignments().first {
      throw .refused(
        .reinstateTakesOnlyPolicy(id),
        at: assignment.field.range)
    }
    try session.change(invocation.command) { transaction throws(LanguageError) in
      let policy = try ChangeCommands.existing(.policy, id, in: transaction, at: idNode.range)
      let current = try self.status(of: policy)
      guard PolicyRenewal.reinstatable.contains(current) else {
        throw refusal("reinstate", id, current, policy)
      }
      var record = policy.record
      record.set("status", PolicyStatus.active.rawValue)
      record.setAll("cancelled", [])
      record.setAll("cancel_reason", [])
      try storing { () throws(StoreError) in try transaction.update(.policy, id, record) }
    }
    invocation.write("\(id) reinstated: active\n")
  }

  // MARK: Helpers

  private static func status(of policy: RecordView) throws(LanguageError) -> PolicyStatus {
    guard let status = policy.value("status").flatMap(PolicyStatus.init(rawValue:)) else {
      throw .refused(.noValidStatus(policy.value("id")))
    }
    return status
  }

  private static func refusal(
    _ verb: String, _ id: String, _ status: PolicyStatus, _ policy: RecordView
  )
    -> LanguageError
  {
    .refused(
      .policyStatus(
        verb: verb, policy: id, status: status,
        cancelled: policy.nonEmpty("cancelled").flatMap { Day(iso: $0) }))
  }

  /// The `reason="…"` a verb needs; refuses other assignments and a missing reason.
  private static func reason(_ invocation: Invocation, verb: String, id: String)
    throws(LanguageError) -> String
  {
    var reason: String?
    for assignment in invocation.assignments() {
      guard assignment.field.path == ["reason"] else {
        throw .refused(
          .doesNotTake(verb: verb, field: assignment.field.name, takes: ["reason"]),
          at: assignment.field.range)
      }
      reason = try invocation.session.text(of: assignment.value)
    }
    guard let reason, !reason.isEmpty else {
      throw .refused(.policyNeedsReason(verb: verb, policy: id), at: invocation.command.range)
    }
    return reason
  }

  /// Takes carrier, premium, taxes, fees, limits and forms from a selected quote of the
  /// account for the line.
  private static func take(
    _ quoteID: String, into record: inout Record, for expiring: RecordView, id: String,
    in transaction: Transaction
  ) throws(LanguageError) {
    let fail = { (problem: LanguageRefusal.QuoteProblem) in
      LanguageError.refused(.renewalQuote(quoteID, policy: id, problem: problem))
    }
    guard let quote = transaction.record(.quote, quoteID) else { throw fail(.missing) }
    if let account = quote.value("account"), account != expiring.value("account") {
      throw fail(.otherAccount(account))
    }
    if let line = quote.value("line"), line != expiring.value("line") {
      throw fail(.otherLine(line))
    }
    let status = quote.value("status") ?? ""
    guard status == QuoteStatus.selected.rawValue else { throw fail(.notSelected(status)) }
    for name in ["carrier", "premium", "taxes", "fees"] {
      if let value = quote.nonEmpty(name) { record.set(name, value) }
    }
    for name in ["limit", "form"] where !quote.values(name).isEmpty {
      record.setAll(name, quote.values(name))
    }
    if let effective = quote.nonEmpty("effective") { record.set("effective", effective) }
  }

  private static func renewalSummary(
    _ id: String, _ record: Record, expiring: RecordView, quote: String?
  ) -> String {
    let old = expiring.value("id") ?? ""
    let premium = record.nonEmpty("premium").flatMap { Money($0) }
    let was = expiring.nonEmpty("premium").flatMap { Money($0) }
    var text =
      "\(old) renewed by \(id): \(record.value("line") ?? "") \(record.value("carrier") ?? ""), "
      + "\(record.value("effective") ?? "") to \(record.value("expiration") ?? "")"
    if let premium {
      text += ", premium \(premium.description)"
      if let was, was != premium { text += " (was \(was.description))" }
    }
    if let quote { text += ", from \(quote)" }
    let forms = record.values("form").count
    let limits = record.values("limit").count
    text += "; \(limits) limit\(limits == 1 ? "" : "s"), \(forms) form\(forms == 1 ? "" : "s")"
    return text + "\n\(old): renewed, stage bound\n"
  }
}
