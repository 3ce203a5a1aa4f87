import BookModel
import BookStore

// Derived fields, computed by BookModel's rules on first use and cached by id where a
// record's value is read again (policies behind certificates, audits behind their rows).
extension FieldResolver {
  /// The value of a derived field of a record; [] when it cannot be told (a record that does
  /// not decode, an audit without exposure rows).
  func derivedValues(_ field: DerivedField, of record: RecordView, kind: KindID) -> [Value] {
    switch field {
    case .inForce:
      return term(record).map { [.bool($0.isInForce(on: today))] } ?? []
    case .daysLeft:
      return term(record).map { [.int($0.daysLeft(on: today))] } ?? []
    case .expires:
      return record.nonEmpty("expiration").map { [Self.parse($0, as: .date)] } ?? []
    case .renewalStage:
      return [.text(renewalStage(record).rawValue)]
    case .openTasks:
      return [.int(openTasks(record))]
    case .lateStart:
      return [.bool(RenewalStage.isLateStart(record, stage: renewalStage(record), on: today))]
    case .overdue:
      return overdue(record, kind: kind).map { [.bool($0)] } ?? []
    case .daysOpen:
      return (try? Audit(record))?.daysOpen(on: today).map { [.int($0)] } ?? []
    case .finalRequestDue:
      return (try? Audit(record)).map { [.bool($0.isFinalRequestDue(on: today))] } ?? []
    case .estimatedPremium:
      return auditFigures(record).map { [.money($0.premium.estimated)] } ?? []
    case .auditedPremium:
      guard let figures = auditFigures(record), figures.audited else { return [] }
      return [.money(figures.premium.audited)]
    case .additional:
      guard let figures = auditFigures(record), figures.audited else { return [] }
      return [.money(figures.premium.additional)]
    case .incurred:
      return (try? Claim(record)).map { [.money($0.incurred)] } ?? []
    case .lapsed:
      return lapsed(record).map { [.bool($0)] } ?? []
    case .live:
      return record.nonEmpty("status").flatMap(CertificateStatus.init(rawValue:)).map {
        [.bool($0.isLive)]
      } ?? []
    case .policiesInForce:
      return record.values("policy").filter { term(id: $0)?.isInForce(on: today) == true }.map {
        .text($0)
      }
    case .account:
      return account(of: record, kind: kind).map { [.text($0)] } ?? []
    case .policy:
      guard let audit = record.nonEmpty("audit"), let row = source.record(.audit, audit) else {
        return []
      }
      return row.nonEmpty("policy").map { [.text($0)] } ?? []
    case .delegated:
      return [.bool(delegated(record, kind: kind))]
    }
  }

  /// Delegated, by `Delegation.isDelegated`: from the delegations about the record, and for a
  /// policy about its account too.
  func delegated(_ record: RecordView, kind: KindID) -> Bool {
    guard let id = record.nonEmpty("id") else { return false }
    var about = records(.delegation, where: "about", is: id)
    if kind == .policy, let account = record.nonEmpty("account"), account != id {
      about += records(.delegation, where: "about", is: account)
    }
    return Delegation.isDelegated(record, kind: kind, delegations: about)
  }

  /// A policy's term by BookModel's rules, cached by id; nil when its dates do not decode.
  func term(_ record: RecordView) -> PolicyTerm? {
    guard let id = record.nonEmpty("id") else { return try? PolicyTerm(record) }
    if let cached = terms[id] { return cached }
    let term = try? PolicyTerm(record)
    terms[id] = .some(term)
    return term
  }

  /// The term of the policy of that id; nil when missing or its dates do not decode.
  func term(id: String) -> PolicyTerm? {
    if let cached = terms[id] { return cached }
    return source.record(.policy, id).flatMap(term)
  }

  /// Overdue, by BookModel's rules: `Delegation.isOverdue`, `Audit.isOverdue` (with the
  /// agency's `audit_due_days`). Nil when the record does not decode.
  func overdue(_ record: RecordView, kind: KindID) -> Bool? {
    switch kind {
    case .delegation:
      return (try? Delegation(record))?.isOverdue(on: today)
    case .audit:
      return (try? Audit(record))?.isOverdue(on: today, auditDueDays: auditDueDays)
    default:
      return nil
    }
  }

  /// An audit's premiums from its exposure rows (mod applied), cached by audit id; nil when it
  /// has no rows or a row or the mod does not decode.
  func auditFigures(_ record: RecordView) -> AuditFigures? {
    guard let id = record.nonEmpty("id") else { return nil }
    if let cached = auditFigures[id] { return cached }
    let figures = Self.figures(
      rows: records(.exposure, where: "audit", is: id),
      mod: Result { () throws(Violation) in
        try FieldDecoder(record, as: .audit).optionalDecimal("mod")
      })
    auditFigures[id] = .some(figures)
    return figures
  }

  /// Lapsed, by `Certificate.isLapsed`: issued, and a listed policy is not in force today (or
  /// does not exist). Nil when the certificate has no status.
  func lapsed(_ record: RecordView) -> Bool? {
    guard let status = record.nonEmpty("status") else { return nil }
    return Certificate.isLapsed(
      status: CertificateStatus(rawValue: status), policies: record.values("policy"), on: today,
      term: { self.term(id: $0) })
  }

  /// The premiums of an audit's rows: nil when there are none, or a row or the mod is invalid.
  private static func figures(rows: [RecordView], mod: Result<ExactDecimal?, Violation>)
    -> AuditFigures?
  {
    guard !rows.isEmpty, case .success(let mod) = mod else { return nil }
    var exposures: [Exposure] = []
    for row in rows {
      guard let exposure = try? Exposure(row) else { return nil }
      exposures.append(exposure)
    }
    guard let premium = AuditPremium(rows: exposures, mod: mod) else { return nil }
    return AuditFigures(
      premium: premium,
      audited: exposures.contains { $0.audited != nil })
  }
}
