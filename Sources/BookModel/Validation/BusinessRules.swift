/// The business rules that hold within one record (DESIGN.md "Business rules").
enum BusinessRules {
  /// Every broken rule of a record of that kind.
  static func check(_ record: some FieldReader, as kind: KindID) -> [Violation] {
    let rules = Checker(record: record)
    switch kind {
    case .policy:
      return rules.after("expiration", "effective") + rules.cancelledWithinTerm()
    case .audit:
      return rules.after("period_end", "period_start")
        + rules.required("dispute", kind: "audit", when: "disputed")
    case .delegation:
      return rules.notBefore("due", "created") + rules.notBefore("closed", "created")
        + rules.only("outcome", kind: "delegation", when: ["done"])
        + rules.only("closed", kind: "delegation", when: ["done", "cancelled"])
    case .binder:
      return rules.after("expires", "effective")
    case .contact:
      let has = record.nonEmpty("carrier") != nil || record.nonEmpty("account") != nil
      return has ? [] : [.needsOneOf(["carrier", "account"], kind: "contact")]
    case .certificate:
      return ["ai", "wos", "pnc"].flatMap { rules.listed($0, in: "policy") }
    case .subjectivity:
      return rules.only("received", kind: "subjectivity", when: ["received"])
    case .endorsement:
      return rules.only("issued", kind: "endorsement", when: ["issued"])
    case .claim:
      return rules.notBefore("reported", "occurred")
    case .invoice:
      return rules.notBefore("due", "issued")
    case .exposure:
      return ["estimated", "audited"].flatMap(rules.premiumWithinLimit)
    default:
      return []
    }
  }
}

/// Reads the fields a rule compares; a field that does not parse is skipped (its type error
/// is reported on its own).
private struct Checker<Reader: FieldReader> {
  let record: Reader

  func day(_ name: String) -> Day? {
    record.nonEmpty(name).flatMap { Day(iso: $0) }
  }

  func after(_ later: String, _ earlier: String) -> [Violation] {
    guard let end = day(later), let start = day(earlier), end <= start else { return [] }
    return [.notAfter(field: later, day: end, other: earlier, otherDay: start)]
  }

  func notBefore(_ later: String, _ earlier: String) -> [Violation] {
    guard let end = day(later), let start = day(earlier), end < start else { return [] }
    return [.before(field: later, day: end, other: earlier, otherDay: start)]
  }

  func cancelledWithinTerm() -> [Violation] {
    guard let cancelled = day("cancelled"), let start = day("effective"),
      let end = day("expiration"), cancelled < start || cancelled > end
    else { return [] }
    return [.outsideTerm(field: "cancelled", day: cancelled, from: start, to: end)]
  }

  func only(_ field: String, kind: String, when states: [String]) -> [Violation] {
    guard record.nonEmpty(field) != nil, let status = record.nonEmpty("status"),
      !states.contains(status)
    else { return [] }
    return [.onlyWhen(field: field, kind: kind, states: states, status: status)]
  }

  func required(_ field: String, kind: String, when status: String) -> [Violation] {
    guard record.nonEmpty("status") == status, record.nonEmpty(field) == nil else { return [] }
    return [.requiredWhen(field: field, kind: kind, status: status)]
  }

  /// An exposure figure's premium (figure ÷ per × rate) must be an amount money can hold.
  func premiumWithinLimit(_ figure: String) -> [Violation] {
    guard let exposure = record.nonEmpty(figure).flatMap({ ExactDecimal($0) }),
      let rate = record.nonEmpty("rate").flatMap({ ExactDecimal($0) }),
      let per = record.nonEmpty("per").flatMap(ExposurePer.init(rawValue:)),
      AuditPremium.rowPremium(exposure: exposure, per: per, rate: rate) == nil
    else { return [] }
    return [.premiumBeyondLimit(field: figure)]
  }

  /// Each comma-separated id of `field` must be one of the values of `list`.
  func listed(_ field: String, in list: String) -> [Violation] {
    guard let value = record.nonEmpty(field) else { return [] }
    let known = Set(record.values(list))
    return value.split(separator: ",").map { $0.trimmingSpaces }
      .filter { !$0.isEmpty && !known.contains($0) }
      .map { .notListed(field: field, id: $0, list: list) }
  }
}

extension Substring {
  /// The text without leading and trailing spaces.
  var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
