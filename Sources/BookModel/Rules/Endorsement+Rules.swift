extension Endorsement {
  /// The policy as this endorsement leaves it once issued (DESIGN.md "Endorsements and change
  /// requests"): the premium changed by `premium_change`; each `limit` replacing the policy's
  /// limit of that name (or added); each `form` added once; each `remove_form` taken off (by
  /// form number, any edition); `ai`, `wos` and `pnc` set where the endorsement gives them
  /// (`ai: scheduled` on a policy with blanket AI keeps it blanket).
  public func applied(to policy: Record) -> Record {
    var record = policy
    if let change = premiumChange {
      let premium = policy.nonEmpty("premium").flatMap { Money($0) } ?? .zero
      record.set("premium", (premium + change).fileText)
    }
    var limits = policy.values("limit")
    for limit in self.limits {
      let name = Limit(limit)?.name
      if let index = limits.firstIndex(where: { Limit($0)?.name == name && name != nil }) {
        limits[index] = limit
      } else {
        limits.append(limit)
      }
    }
    if !self.limits.isEmpty { record.setAll("limit", limits) }
    var forms = policy.values("form")
    for removed in removedForms {
      forms.removeAll { EndorsementForms.sameNumber($0, removed) }
    }
    for form in self.forms where !forms.contains(form) { forms.append(form) }
    if !self.forms.isEmpty || !removedForms.isEmpty { record.setAll("form", forms) }
    // Scheduling one more additional insured on a policy with blanket AI leaves it blanket.
    if let additionalInsured,
      !(additionalInsured == .scheduled && policy.value("ai") == AdditionalInsured.blanket.rawValue)
    {
      record.set("ai", additionalInsured.rawValue)
    }
    if let waiverOfSubrogation { record.set("wos", waiverOfSubrogation ? "yes" : "no") }
    if let primaryNonContributory { record.set("pnc", primaryNonContributory ? "yes" : "no") }
    return record
  }

  /// Whether the endorsement became issued between two versions of its record (a new record
  /// written as issued counts): the moment it applies to its policy.
  public static func becameIssued(before: (some FieldReader)?, after: some FieldReader) -> Bool {
    let issued = EndorsementStatus.issued.rawValue
    return after.value("status") == issued && before?.value("status") != issued
  }

  /// The endorsement rules beyond its own fields: its effective day falls inside its policy's
  /// term (effective ≤ day < expiration), and a status change follows the lifecycle
  /// (requested → issued | declined; declined → requested; issued is final).
  public static func guardViolations(
    _ record: some FieldReader, before: Record?, in lookup: some RecordLookup
  ) -> [Violation] {
    var violations: [Violation] = []
    if let policy = record.nonEmpty("policy"), let found = lookup.record(.policy, policy),
      let term = try? PolicyTerm(found),
      let effective = record.nonEmpty("effective").flatMap(Day.init(iso:)),
      effective < term.effective || effective >= term.expiration
    {
      violations.append(.endorsementOutsideTerm(policy: policy, effective: effective, term: term))
    }
    if let before,
      let old = before.nonEmpty("status").flatMap(EndorsementStatus.init),
      let new = record.nonEmpty("status").flatMap(EndorsementStatus.init), old != new,
      let refusal = old.refusal(to: new, kind: "endorsement")
    {
      violations.append(refusal)
    }
    return violations
  }
}

extension EndorsementStatus: Lifecycle {
  /// requested → issued | declined; a declined request may be asked again; issued is final
  /// (a further change is a new endorsement).
  public var next: [EndorsementStatus] {
    switch self {
    case .requested: return [.issued, .declined]
    case .declined: return [.requested]
    case .issued: return []
    }
  }
}

extension Violation {
  /// An endorsement dated outside its policy's term.
  public static func endorsementOutsideTerm(policy: String, effective: Day, term: PolicyTerm)
    -> Violation
  {
    Violation(
      .business, field: "effective",
      "an endorsement on \(policy) takes effect inside its term (\(term.effective.iso) to \(term.expiration.iso)), not on \(effective.iso)",
      hint: "date it inside the term, or endorse the term in force then (see: show \(policy))")
  }
}
