extension Requirement {
  /// What a requirement asks that a policy does not give: "requires GL each-occurrence
  /// 2,000,000; P-0001 has 1,000,000" (DESIGN.md "Contract requirements").
  public struct Gap: Sendable, Equatable, CustomStringConvertible {
    /// The requirement (`R-0003`).
    public var requirement: String
    /// The policy judged, nil when none of the line was there.
    public var policy: String?
    public var text: String

    public var description: String { text }
  }

  /// The requirements a holder's contract puts on an account, in the book's order (the holder
  /// matched ignoring case and extra spaces).
  public static func of(
    account: String, holder: String, in lookup: some RecordLookup
  ) -> [any FieldReader] {
    let wanted = normalized(holder)
    return lookup.records(.requirement).filter {
      $0.value("account") == account && normalized($0.value("holder") ?? "") == wanted
    }.map { $0 as any FieldReader }
  }

  static func normalized(_ holder: String) -> String {
    holder.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
      .lowercased()
  }

  /// The gaps of this requirement against the policies offered (a certificate's listed ones,
  /// or an account's in force), judged on a day: among the policies of its line, the one with
  /// the fewest gaps; each named limit at least the amount asked, ADDL INSD, SUBR WVD and
  /// primary and non-contributory granted (by the policy, or an endorsement issued and
  /// effective by that day). No policy of the line: one gap saying so. Empty: met.
  public func gaps(
    among policies: [any FieldReader], on day: Day, in lookup: some RecordLookup
  ) -> [Gap] {
    let ofLine = policies.filter { $0.value("line") == line.rawValue }
    guard !ofLine.isEmpty else {
      return [
        Gap(
          requirement: id, policy: nil,
          text: "requires \(line.rawValue); no \(line.rawValue) policy")
      ]
    }
    var best: [Gap]?
    for policy in ofLine {
      let found = gaps(of: policy, on: day, in: lookup)
      if best == nil || found.count < (best?.count ?? 0) { best = found }
    }
    return best ?? []
  }

  /// The gaps of one policy of the requirement's line.
  func gaps(of policy: any FieldReader, on day: Day, in lookup: some RecordLookup) -> [Gap] {
    let id = policy.value("id") ?? "the policy"
    let has = Limit.named(policy.values("limit"))
    var gaps: [Gap] = []
    for text in limits {
      guard let wanted = Limit(text) else { continue }
      let held = has.first { $0.name == wanted.name }?.limit
      if let held, held.amount >= wanted.amount { continue }
      gaps.append(
        Gap(
          requirement: self.id, policy: id,
          text: "requires \(line.rawValue) \(wanted.name) \(wanted.amountText); "
            + "\(id) has \(held?.amountText ?? "none")"))
    }
    let asked: [(Certificate.Mark, Bool?)] = [
      (.additionalInsured, additionalInsured), (.waiverOfSubrogation, waiverOfSubrogation),
      (.primaryNonContributory, primaryNonContributory),
    ]
    for (mark, wanted) in asked where wanted == true {
      if mark.isGranted(by: policy) || Self.endorsed(id, mark, on: day, in: lookup) { continue }
      gaps.append(
        Gap(
          requirement: self.id, policy: id,
          text: "requires \(line.rawValue) \(mark.label); "
            + "\(id) has \(mark.field): \(policy.nonEmpty(mark.field) ?? "not set")"))
    }
    return gaps
  }

  /// Whether an issued endorsement effective by the day grants a mark on the policy.
  static func endorsed(
    _ policy: String, _ mark: Certificate.Mark, on day: Day, in lookup: some RecordLookup
  ) -> Bool {
    lookup.records(.endorsement).contains {
      $0.value("policy") == policy && $0.value("status") == EndorsementStatus.issued.rawValue
        && mark.isGranted(by: $0)
        && ($0.nonEmpty("effective").flatMap(Day.init(iso:)).map { $0 <= day } ?? false)
    }
  }

  /// Every gap of a holder's requirements against the policies offered.
  public static func gaps(
    account: String, holder: String, among policies: [any FieldReader], on day: Day,
    in lookup: some RecordLookup
  ) -> [Gap] {
    of(account: account, holder: holder, in: lookup).flatMap { record -> [Gap] in
      guard let requirement = try? Requirement(record) else { return [] }
      return requirement.gaps(among: policies, on: day, in: lookup)
    }
  }
}
