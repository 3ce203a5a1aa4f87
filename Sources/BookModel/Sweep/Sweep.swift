/// The E&O sweep of the whole book (DESIGN.md "A morning with book"): each rule one function,
/// run in the order listed. Adding a rule is one entry in `rules`.
public enum Sweep {
  /// The rules, in the order their findings are listed.
  public static let rules: [SweepRule] = [
    .lapsedCertificates,
    .auditsPastDue,
    .overdueDelegations,
    .subjectivitiesPastDue,
    .lateRenewals,
    .lapsedBinders,
    .invoicesPastDue,
    .unverifiedPolicies,
    .staleEndorsements,
    .unmetRequirements,
  ]

  /// Every finding of the rules, grouped by rule in their order; with `person`, only those on
  /// that person's accounts (as producer, manager or advocate) or handed to them.
  public static func run(
    _ context: SweepContext, rules: [SweepRule] = Sweep.rules, person: String? = nil
  ) -> [(rule: SweepRule, findings: [SweepFinding])] {
    rules.map { rule in
      var findings = rule.find(context)
      if let person {
        findings = findings.filter { concerns($0, person: person, in: context) }
      }
      return (rule, findings)
    }
  }

  /// Whether a finding is on one of the person's accounts, or is handed to them.
  public static func concerns(_ finding: SweepFinding, person: String, in context: SweepContext)
    -> Bool
  {
    if finding.person == person { return true }
    guard let account = finding.account, let record = context.record(.account, account) else {
      return false
    }
    return ["producer", "manager", "advocate"].contains { record.value($0) == person }
  }
}
