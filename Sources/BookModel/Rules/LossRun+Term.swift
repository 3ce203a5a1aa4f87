extension LossRun.Term {
  /// The statuses of an audit whose audited figures are recorded (`audit complete` or later).
  public static let completeStatuses: Set<AuditStatus> = [
    .reviewed, .accepted, .billed, .refunded, .closed, .disputed, .revised,
  ]

  /// A term with its audited premium taken from its latest complete audit (by id) when every
  /// row of it has an audited figure; else the term earns its written premium.
  public init(policy: Policy, audits: [Audit], exposures: [Exposure]) {
    let complete = audits.filter {
      $0.policy == policy.id && Self.completeStatuses.contains($0.status)
    }
    var audited: Money?
    if let audit = complete.max(by: { $0.id < $1.id }) {
      let rows = exposures.filter { $0.audit == audit.id }
      if !rows.isEmpty, rows.allSatisfy({ $0.audited != nil }) {
        audited = AuditPremium(rows: rows, mod: audit.mod)?.audited
      }
    }
    self.init(policy: policy, auditedPremium: audited)
  }
}
