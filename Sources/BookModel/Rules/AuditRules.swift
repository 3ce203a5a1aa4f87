/// The audit rules that look beyond the audit record (DESIGN.md "Business rules" and "Domain
/// notes: Audits"): its status moves only as the lifecycle allows, its policy is auditable, its
/// period lies within the policy's term, and a policy has one open audit per period.
public enum AuditRules {
  /// Every such rule the audit breaks, given what it was (nil when new) and the book.
  public static func check(
    _ record: some FieldReader, before: Record?, moment: RecordRules.Moment,
    in lookup: some RecordLookup, stepwise: Bool = true
  ) -> [Violation] {
    var violations: [Violation] = []
    if let before, let old = before.nonEmpty("status").flatMap(AuditStatus.init),
      let new = record.nonEmpty("status").flatMap(AuditStatus.init),
      let refusal = old.auditRefusal(to: new), stepwise || !old.canReach(new)
    {
      violations.append(refusal)
    }
    // The policy and period are judged when they are set, and by `book check`; later moves of
    // an audit are not refused because its policy changed since.
    let placed =
      before == nil || moment == .standing
      || ["policy", "period_start", "period_end"].contains {
        before?.nonEmpty($0) != record.nonEmpty($0)
      }
    guard placed, let policyID = record.nonEmpty("policy"),
      let policy = lookup.record(.policy, policyID)
    else { return violations }
    if policy.nonEmpty("auditable") != "yes" {
      violations.append(.notAuditable(policy: policyID))
    }
    let fields = FieldDecoder(record, as: .audit)
    guard let start = try? fields.day("period_start"), let end = try? fields.day("period_end"),
      start < end
    else { return violations }
    if let term = try? PolicyTerm(policy), start < term.effective || end > term.expiration {
      violations.append(
        .periodOutsideTerm(
          policy: policyID, start: start, end: end, from: term.effective, to: term.expiration))
    }
    if case .written = moment,
      let other = openAudit(of: policyID, start, end, besides: record, in: lookup)
    {
      violations.append(.secondOpenAudit(policy: policyID, start: start, end: end, other: other))
    }
    return violations
  }

  /// Another open audit of the policy for the same period, by id.
  static func openAudit(
    of policy: String, _ start: Day, _ end: Day, besides record: some FieldReader,
    in lookup: some RecordLookup
  ) -> String? {
    guard record.nonEmpty("status").flatMap(AuditStatus.init)?.isOpen ?? true else { return nil }
    let id = record.nonEmpty("id")
    for other in lookup.records(.audit) {
      guard other.nonEmpty("policy") == policy, let otherID = other.nonEmpty("id"), otherID != id,
        other.nonEmpty("period_start") == start.iso, other.nonEmpty("period_end") == end.iso,
        other.nonEmpty("status").flatMap(AuditStatus.init)?.isOpen ?? true
      else { continue }
      return otherID
    }
    return nil
  }
}

extension AuditRules {
  /// The states in which an audit's exposure figures may change: before review (rows are
  /// added, `audit complete` records the audited figures), while reviewed (corrected before
  /// acceptance), and as `audit revise` makes it revised. Once accepted, billed, closed,
  /// disputed, waived or noncompliant its figures stand (a closed audit is not completed again).
  public static let figuresChange: [AuditStatus] = [
    .scheduled, .requested, .inProgress, .received, .reviewed, .revised,
  ]

  /// The fields of an exposure row that make its premium.
  static let figureFields = ["class", "basis", "per", "estimated", "audited", "rate"]

  /// The rule on an exposure row being written: its figures change only while its audit
  /// allows (see `figuresChange`). `book check` does not judge it (it is about writing).
  public static func checkRow(
    _ record: some FieldReader, before: Record?, moment: RecordRules.Moment,
    in lookup: some RecordLookup
  ) -> [Violation] {
    guard case .written = moment, let auditID = record.nonEmpty("audit"),
      let audit = lookup.record(.audit, auditID),
      let status = audit.nonEmpty("status").flatMap(AuditStatus.init),
      !figuresChange.contains(status),
      before == nil || figureFields.contains(where: { before?.nonEmpty($0) != record.nonEmpty($0) })
        || moved(before, to: auditID, in: lookup)
    else { return [] }
    return [.figuresStand(audit: auditID, status: status)]
  }

  /// Whether a row was moved to this audit from another that still exists (a renamed audit's
  /// rows follow it; that is not a move).
  static func moved(_ before: Record?, to audit: String, in lookup: some RecordLookup) -> Bool {
    guard let old = before?.nonEmpty("audit"), old != audit else { return false }
    return lookup.record(.audit, old) != nil
  }
}
