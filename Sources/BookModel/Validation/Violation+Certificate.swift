/// The wording of the certificate guards' refusals: the rule, the policy and its dates, and
/// what to do.
extension Violation {
  /// A certificate dated another day than the one it is written on; `existing` names one
  /// already issued whose content the write changes.
  public static func certificateNotToday(issued: Day, today: Day, existing: String? = nil)
    -> Violation
  {
    let how = issued < today ? "backdated to" : "dated ahead to"
    return Violation(
      .business, field: "issued",
      "a certificate is issued on the day it is written (\(today.iso)), not \(how) \(issued.iso)",
      hint: existing.map {
        "an issued certificate is not changed but reissued, dated today: cert reissue \($0)"
      } ?? "no backdating or postdating: issued=today")
  }

  /// A listed policy of another account.
  public static func certificateOtherAccount(
    _ row: Certificate.PolicyRow, owner: String, account: String, _ occurrence: Int
  ) -> Violation {
    Violation(
      .business, field: "policy", occurrence: occurrence,
      "\(row.described) belongs to \(owner), not to \(account)",
      hint:
        "a certificate lists only its own account's policies (see: policies where account = \(account))"
    )
  }

  /// A listed policy not in force on the issue day, with the renewal term when one is.
  public static func certificateNotInForce(
    _ row: Certificate.PolicyRow, term: PolicyTerm, on day: Day, _ renewal: String?,
    _ occurrence: Int
  ) -> Violation {
    let reason: String
    if let cancelled = term.cancelled, cancelled <= day, cancelled < term.expiration {
      reason = "it was cancelled on \(cancelled.iso)"
    } else if day < term.effective {
      reason = "it takes effect on \(term.effective.iso)"
    } else {
      reason = "it expired on \(term.expiration.iso)"
    }
    let next =
      renewal.map { "its renewal \($0) is in force: policies=\($0)" }
      ?? "renewal term: none yet (see: show \(row.id))"
    return Violation(
      .business, field: "policy", occurrence: occurrence,
      "\(row.described) is not in force on \(day.iso): \(reason)",
      hint: "a certificate may only list policies in force on its issue day; \(next)")
  }

  /// ADDL INSD, SUBR WVD or primary and non-contributory on a policy that does not grant it.
  public static func certificateMarkNotGranted(
    _ mark: Certificate.Mark, _ row: Certificate.PolicyRow, stored: String?,
    requested: String? = nil
  ) -> Violation {
    let what: String
    let needs: String
    switch mark {
    case .additionalInsured:
      what = "has no additional-insured coverage"
      needs = "ai: scheduled or blanket"
    case .waiverOfSubrogation:
      what = "has no waiver of subrogation"
      needs = "wos: yes"
    case .primaryNonContributory:
      what = "is not primary and non-contributory"
      needs = "pnc: yes"
    }
    let field = mark.field
    return Violation(
      .business, field: field,
      "\(mark.label) on \(row.described): the policy \(what) (\(field): \(stored ?? "not set"))",
      hint:
        "\(mark.label) needs \(needs) on the policy or an issued endorsement; leave \(row.id) out of \(field)"
        + (requested.map { " (\($0) asks for it but is requested, not issued: show \($0))" } ?? ""))
  }

  /// A requirement of the holder's contract the listed policies do not meet; the hint (on the
  /// last gap) says how to meet it or accept it.
  public static func certificateRequirementGap(
    _ gap: Requirement.Gap, account: String, holder: String, last: Bool
  ) -> Violation {
    Violation(
      .business, field: "policy", "\(holder)'s contract (\(gap.requirement)) \(gap.text)",
      hint: last
        ? "list policies that meet it, or issue it anyway with accept_gaps reason=\"…\"; see: requirements \(account)"
        : nil)
  }
}
