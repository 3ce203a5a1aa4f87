/// Renewing a term (DESIGN.md "Domain notes", "Time"): the next term of the same length, the
/// fields a renewal copies, and the statuses a term may be renewed, cancelled, non-renewed or
/// reinstated from.
public enum PolicyRenewal {
  /// The fields the renewal term copies from the expiring one unless given.
  public static let copiedFields = [
    "account", "line", "carrier", "number", "billing", "taxes", "fees", "auditable", "limit",
    "form", "ai", "wos", "pnc",
  ]

  /// The statuses a term is renewed or non-renewed from.
  public static let renewable: Set<PolicyStatus> = [.active, .expired]
  /// The statuses a term is cancelled from.
  public static let cancellable: Set<PolicyStatus> = [.active, .bound, .pendingCancel]
  /// The statuses a term is reinstated from.
  public static let reinstatable: Set<PolicyStatus> = [.pendingCancel, .cancelled]

  /// The next term after one: it starts on the expiration and runs as long — a whole number of
  /// months when the term is one (a Feb 29 anniversary renews to Feb 28), else as many days.
  public static func nextTerm(after term: PolicyTerm) -> (effective: Day, expiration: Day) {
    (term.expiration, expiration(startingOn: term.expiration, like: term))
  }

  /// The expiration of a term starting on a day and running as long as another term.
  public static func expiration(startingOn start: Day, like term: PolicyTerm) -> Day {
    if let months = wholeMonths(from: term.effective, to: term.expiration) {
      return start.adding(months: months)
    }
    return start.adding(days: max(1, term.days))
  }

  /// The months from one day to another when the second is the first's monthly anniversary
  /// (a month's end clamped: Feb 29 → Feb 28, Feb 28 → Feb 29 of a leap year); nil otherwise.
  static func wholeMonths(from start: Day, to end: Day) -> Int? {
    for months in 1...120 {
      let anniversary = start.adding(months: months)
      if anniversary == end { return months }
      let (year, month, day) = end.civil
      if month == 2, day == 29, anniversary == end.adding(days: -1),
        start.civil.month == 2, start.civil.day >= 28, year > start.civil.year
      {
        return months
      }
      if anniversary > end { return nil }
    }
    return nil
  }

  /// The renewal term's record: the copied fields of the expiring one, its next term, its
  /// premium, `prior` naming it, and `bound` (`active` when the term has begun by today).
  public static func renewal(of expiring: some FieldReader, today: Day) throws(Violation)
    -> Record
  {
    let term = try PolicyTerm(expiring)
    let next = nextTerm(after: term)
    var record = Record()
    record.set("account", expiring.value("account") ?? "")
    for name in copiedFields where name != "account" {
      let values = expiring.values(name).filter { !$0.isEmpty }
      guard !values.isEmpty else { continue }
      record.setAll(name, values)
    }
    record.set("effective", next.effective.description)
    record.set("expiration", next.expiration.description)
    if let premium = expiring.nonEmpty("premium") { record.set("premium", premium) }
    record.set("status", (next.effective <= today ? PolicyStatus.active : .bound).rawValue)
    if let id = expiring.nonEmpty("id") { record.set("prior", id) }
    return inSchemaOrder(record)
  }

  /// A record's fields in its kind's schema order (unknown fields last).
  public static func inSchemaOrder(_ record: Record, of kind: KindID = .policy) -> Record {
    let names = kind.spec.fields.map(\.name)
    var fields: [Field] = []
    for name in names { fields += record.fields.filter { $0.name == name } }
    fields += record.fields.filter { !names.contains($0.name) }
    return Record(fields)
  }
}
