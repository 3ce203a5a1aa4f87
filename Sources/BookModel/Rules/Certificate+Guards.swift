extension Certificate {
  /// The fields a certificate's guards judge: when a write leaves them as they were (a `void`,
  /// a `needs-reissue` mark, a new description), the certificate says what it said on its
  /// issue day and the write-time guards do not judge it again (`book check` still does).
  public static let guardedFields = ["account", "policy", "ai", "wos", "pnc", "issued"]

  /// The field recording why a certificate was issued despite its holder's requirements not
  /// all being met (`cert issue … accept_gaps reason="…"`).
  public static let acceptedGapsField = "gaps_accepted"

  /// The certificate guards (DESIGN.md "Business rules"), each one rule: every listed policy
  /// belongs to the certificate's account and is in force on the issue day; ADDL INSD only on
  /// a policy with `ai` scheduled or blanket, SUBR WVD only with `wos: yes`, primary and
  /// non-contributory only with `pnc: yes`; when written, the issue day is today (no
  /// backdating). `.standing` judges the certificate on
  /// its own `issued` day, so an old certificate on a since-lapsed policy stays valid. When
  /// written, the holder's contract requirements on the account are met by the listed policies
  /// (`Requirement.gaps`) when it is issued, unless it records why its gaps were accepted.
  public static func guardViolations(
    _ record: some FieldReader, before: Record?, moment: RecordRules.Moment,
    in lookup: some RecordLookup
  ) -> [Violation] {
    var violations: [Violation] = []
    var judgesRequirements = false
    if case .written(let today) = moment {
      if let before, guardedFields.allSatisfy({ before.values($0) == record.values($0) }) {
        return violations
      }
      let renamed = before.map { onlyRenamed(from: $0, to: record, in: lookup) } ?? false
      // The holder's requirements are judged when a certificate is issued (a new record, by
      // any write path); a later edit of one is left to the sweep's `unmetRequirements`.
      judgesRequirements = before == nil
      if !renamed, let issued = record.nonEmpty("issued").flatMap(Day.init(iso:)),
        issued != today
      {
        let existing = before.flatMap { $0.nonEmpty("id") }
        violations.append(.certificateNotToday(issued: issued, today: today, existing: existing))
      }
    }
    guard let issued = record.nonEmpty("issued").flatMap(Day.init(iso:)) else {
      return violations
    }
    let account = record.nonEmpty("account")
    let listed = record.values("policy")
    for (index, id) in listed.enumerated() where !id.isEmpty {
      guard let policy = lookup.record(.policy, id) else { continue }  // reported as dangling
      let row = PolicyRow(id: id, record: policy, lookup: lookup)
      if let account, let owner = policy.nonEmpty("account"), owner != account {
        violations.append(.certificateOtherAccount(row, owner: owner, account: account, index))
      }
      if let term = try? PolicyTerm(policy), !term.isInForce(on: issued) {
        let renewal = renewalInForce(of: id, on: issued, in: lookup)
        violations.append(.certificateNotInForce(row, term: term, on: issued, renewal, index))
      }
    }
    if judgesRequirements, let account, let holder = record.nonEmpty("holder"),
      record.nonEmpty(acceptedGapsField) == nil
    {
      let policies = listed.compactMap { lookup.record(.policy, $0).map { $0 as any FieldReader } }
      let gaps = Requirement.gaps(
        account: account, holder: holder, among: policies, on: issued, in: lookup)
      for (index, gap) in gaps.enumerated() {
        violations.append(
          .certificateRequirementGap(
            gap, account: account, holder: holder, last: index == gaps.count - 1))
      }
    }
    let known = Set(listed)
    for mark in Mark.allCases {
      for id in ids(record.nonEmpty(mark.field)) where known.contains(id) {
        guard let policy = lookup.record(.policy, id), !mark.isGranted(by: policy) else {
          continue
        }
        // An endorsement grants it from its effective day once issued, never while requested.
        let endorsements = lookup.records(.endorsement).filter {
          $0.value("policy") == id && mark.isGranted(by: $0)
        }
        let issuedOne = endorsements.contains {
          $0.value("status") == EndorsementStatus.issued.rawValue
            && ($0.nonEmpty("effective").flatMap(Day.init(iso:)).map { $0 <= issued } ?? false)
        }
        if issuedOne { continue }
        let requested = endorsements.first {
          $0.value("status") == EndorsementStatus.requested.rawValue
        }
        let row = PolicyRow(id: id, record: policy, lookup: lookup)
        violations.append(
          .certificateMarkNotGranted(
            mark, row, stored: policy.nonEmpty(mark.field),
            requested: requested?.nonEmpty("id")))
      }
    }
    return violations
  }

  /// Whether the guarded fields differ only by references that followed a rename (`rename
  /// account ACME ACMER`): the issue day is the same, and every id that went names no record
  /// any more, one for each id that came. Such a write does not reissue the certificate.
  static func onlyRenamed(
    from before: some FieldReader, to after: some FieldReader, in lookup: some RecordLookup
  ) -> Bool {
    guard before.values("issued") == after.values("issued") else { return false }
    for field in guardedFields where field != "issued" {
      let old =
        field == "policy" || field == "account" ? before.values(field) : ids(before.nonEmpty(field))
      let new =
        field == "policy" || field == "account" ? after.values(field) : ids(after.nonEmpty(field))
      guard old != new else { continue }
      let kind: KindID = field == "account" ? .account : .policy
      let went = old.filter { !new.contains($0) }
      let came = new.filter { !old.contains($0) }
      guard went.count == came.count, went.allSatisfy({ lookup.record(kind, $0) == nil }) else {
        return false
      }
    }
    return true
  }

  /// The renewal term of a policy (the policy whose `prior` it is) in force on a day, if any.
  public static func renewalInForce(of policy: String, on day: Day, in lookup: some RecordLookup)
    -> String?
  {
    var current = policy
    // Follow the chain of renewals (P-0004 → P-0001 → …), a few terms at most.
    for _ in 0..<5 {
      guard
        let next = lookup.records(.policy).first(where: { $0.value("prior") == current }),
        let id = next.nonEmpty("id")
      else { return nil }
      if let term = try? PolicyTerm(next), term.isInForce(on: day) { return id }
      current = id
    }
    return nil
  }

  /// A mark a certificate shows on a policy row, and the policy field that must grant it.
  public enum Mark: String, Sendable, CaseIterable {
    case additionalInsured = "ai"
    case waiverOfSubrogation = "wos"
    case primaryNonContributory = "pnc"

    /// The certificate's field (and the policy's) holding the mark.
    public var field: String { rawValue }

    /// How the ACORD 25 form names it.
    public var label: String {
      switch self {
      case .additionalInsured: return "ADDL INSD"
      case .waiverOfSubrogation: return "SUBR WVD"
      case .primaryNonContributory: return "primary and non-contributory"
      }
    }

    /// Whether a policy record grants it: `ai` scheduled or blanket, `wos: yes`, `pnc: yes`.
    public func isGranted(by policy: some FieldReader) -> Bool {
      let value = policy.nonEmpty(field)
      switch self {
      case .additionalInsured: return value == "scheduled" || value == "blanket"
      case .waiverOfSubrogation, .primaryNonContributory: return value == "yes"
      }
    }
  }

  /// A listed policy as a refusal names it: `P-0031 (GL, Travelers)`.
  public struct PolicyRow: Sendable, Equatable {
    public var id: String
    public var line: String?
    public var carrier: String?

    public init(id: String, line: String?, carrier: String?) {
      self.id = id
      self.line = line
      self.carrier = carrier
    }

    init(id: String, record: some FieldReader, lookup: some RecordLookup) {
      let carrier = record.nonEmpty("carrier")
      self.init(
        id: id, line: record.nonEmpty("line"),
        carrier: carrier.flatMap { lookup.record(.carrier, $0)?.nonEmpty("name") } ?? carrier)
    }

    /// `P-0031 (GL, Travelers)`.
    public var described: String {
      let parts = [line, carrier].compactMap { $0 }
      return parts.isEmpty ? id : "\(id) (\(parts.joined(separator: ", ")))"
    }
  }
}

extension CertificateStatus {
  /// Live: issued or awaiting reissue — what a holder holds.
  public var isLive: Bool { self == .issued || self == .needsReissue }
}
