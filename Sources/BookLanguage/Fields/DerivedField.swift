import BookModel

/// A field computed from the book rather than stored (DESIGN.md "The language"): what it is
/// called, on which kinds, and what it holds. `FieldResolver+Derived` computes them.
enum DerivedField: String, Sendable, CaseIterable {
  /// Policies: in force on today (effective ≤ today < expiration, not cancelled).
  case inForce = "in_force"
  /// Policies: days from today to the expiration (negative once expired).
  case daysLeft = "days_left"
  /// Policies: the expiration day.
  case expires
  /// Policies: the renewal stage, stored or derived (`RenewalStage.derive`).
  case renewalStage = "renewal_stage"
  /// Policies: open delegations about the policy or its account, and its open subjectivities.
  case openTasks = "open_tasks"
  /// Policies: awaiting renewal inside 30 days and still not started.
  case lateStart = "late_start"
  /// Audits: records not in and due before today; delegations: not closed and due before today.
  case overdue
  /// Audits: days from the period end to today, while open.
  case daysOpen = "days_open"
  /// Audits: a mail audit requested 30 or more days ago with no answer.
  case finalRequestDue = "final_request_due"
  /// Audits: premium on the estimated exposures.
  case estimatedPremium = "estimated_premium"
  /// Audits: premium on the audited exposures.
  case auditedPremium = "audited_premium"
  /// Audits: audited − estimated premium (negative: return premium).
  case additional
  /// Claims: paid + expense + reserve.
  case incurred
  /// Certificates: issued, and a listed policy is not in force today.
  case lapsed
  /// Certificates: issued or awaiting reissue (what a holder holds).
  case live
  /// Certificates: the listed policies in force today.
  case policiesInForce = "policies_in_force"
  /// The account a record reaches through another record (audit → policy → account).
  case account
  /// Exposures: the policy of their audit.
  case policy
  /// Accounts, policies, audits, certificates, claims: an open delegation has it in hand
  /// (`Delegation.isDelegated`).
  case delegated

  /// The derived fields of a kind, in the order `help` and `show` list them.
  static func fields(of kind: KindID) -> [DerivedField] {
    switch kind {
    case .policy:
      return [.inForce, .daysLeft, .expires, .renewalStage, .openTasks, .lateStart, .delegated]
    case .audit:
      return [
        .account, .overdue, .daysOpen, .finalRequestDue, .estimatedPremium, .auditedPremium,
        .additional, .delegated,
      ]
    case .exposure: return [.policy, .account]
    case .delegation: return [.account, .overdue]
    case .claim: return [.account, .incurred, .delegated]
    case .certificate: return [.lapsed, .live, .policiesInForce, .delegated]
    case .account: return [.delegated]
    case .subjectivity, .allocation, .endorsement, .note: return [.account]
    default: return []
    }
  }

  /// The field as the language sees it, on a kind.
  func info(on kind: KindID) -> FieldInfo {
    switch self {
    case .inForce:
      return derived(.bool, "in force today: effective ≤ today < expiration, not cancelled")
    case .daysLeft: return derived(.int, "days from today to the expiration")
    case .expires: return derived(.day, "the expiration day")
    case .renewalStage:
      return derived(
        .text, "the stored stage, else from a renewal term, the account's quotes, delegations")
    case .openTasks:
      return derived(.int, "open delegations about it or its account, open subjectivities")
    case .lateStart:
      return derived(.bool, "expires within 30 days, not renewed, renewal not started")
    case .overdue:
      return kind == .audit
        ? derived(
          .bool, "due before today, records not received (scheduled, requested, in-progress)")
        : derived(.bool, "due before today and not done or cancelled")
    case .daysOpen:
      return derived(.int, "days from the period end to today; empty once closed or waived")
    case .finalRequestDue:
      return derived(.bool, "a mail audit requested 30 or more days ago, still unanswered")
    case .estimatedPremium:
      return derived(.money, "premium on the estimated exposures, mod applied")
    case .auditedPremium:
      return derived(.money, "premium on the audited exposures, mod applied; empty until audited")
    case .additional: return derived(.money, "audited − estimated premium (negative: return)")
    case .incurred: return derived(.money, "paid + expense + reserve")
    case .lapsed: return derived(.bool, "issued, and a listed policy is not in force today")
    case .live: return derived(.bool, "issued or needs-reissue")
    case .policiesInForce:
      return FieldInfo(
        name: rawValue, type: .text, repeats: true, derived: true,
        summary: "the listed policies in force today", reference: .policy)
    case .account:
      return FieldInfo(
        name: rawValue, type: .text, derived: true, summary: Self.accountSummary(kind),
        reference: .account)
    case .policy:
      return FieldInfo(
        name: rawValue, type: .text, derived: true, summary: "the policy of the audit",
        reference: .policy)
    case .delegated:
      return kind == .policy
        ? derived(
          .bool, "an open renewal delegation is about it, or about its account naming its line")
        : derived(.bool, "an open delegation (open, in-progress, waiting) is about it")
    }
  }

  private func derived(_ type: ValueType, _ summary: String) -> FieldInfo {
    FieldInfo(name: rawValue, type: type, derived: true, summary: summary)
  }

  private static func accountSummary(_ kind: KindID) -> String {
    switch kind {
    case .exposure: return "the account, through the audit's policy"
    case .note, .delegation: return "the account the record is about, or whose record it is about"
    default: return "the account, through the policy"
    }
  }
}
