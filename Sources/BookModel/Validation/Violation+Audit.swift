// The wording of the audit rules' refusals (see `AuditRules`).
extension Violation {
  /// An audit of a policy that is not marked auditable.
  public static func notAuditable(policy: String) -> Violation {
    Violation(
      .business, field: "policy", "policy \(policy) is not auditable",
      hint: "if it is subject to a premium audit: set policy \(policy) auditable=yes")
  }

  /// An audit period outside its policy's term.
  public static func periodOutsideTerm(
    policy: String, start: Day, end: Day, from: Day, to: Day
  ) -> Violation {
    Violation(
      .business, field: "period_start",
      "the period \(start.iso)..\(end.iso) is outside policy \(policy)'s term \(from.iso)..\(to.iso)",
      hint: "an audit covers part or all of its policy's term, \(from.iso)..\(to.iso)")
  }

  /// A second open audit of a policy for the same period.
  public static func secondOpenAudit(policy: String, start: Day, end: Day, other: String)
    -> Violation
  {
    Violation(
      .business, field: "policy",
      "policy \(policy) already has an open audit for \(start.iso)..\(end.iso): \(other)",
      hint: "see it: audit show \(other)")
  }
}

extension Violation {
  /// An exposure row changed on an audit whose figures stand.
  public static func figuresStand(audit: String, status: AuditStatus) -> Violation {
    let hint =
      status == .disputed
      ? "record the corrected figures with: audit revise \(audit) audited=N"
      : AuditVerb.choices(from: status)
    return Violation(
      .lifecycle, field: "audited",
      "audit \(audit) is \(status.rawValue): its exposure figures no longer change", hint: hint)
  }
}
