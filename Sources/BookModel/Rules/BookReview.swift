/// The annual book review of a client advocate against the service standards (issue 14): their
/// accounts; their delegations done in the year, on time, late or unsuccessful, with the
/// on-time rate; what is open and overdue now; certificates issued in the year on their
/// accounts and those resting on a policy not in force; audits pending; renewals coming in 120
/// days with their stages; open subjectivities past due.
public struct BookReview: Sendable, Equatable {
  /// A delegation done in the year, and how it ended.
  public struct Done: Sendable, Equatable {
    public var delegation: Delegation
    public var onTime: Bool
    public var unsuccessful: Bool
  }

  /// A renewal coming: the expiring policy and its stage (`not-started` when none is stored).
  public struct Renewal: Sendable, Equatable {
    public var policy: String
    public var account: String
    public var line: String
    public var expiration: Day
    public var stage: String
  }

  public var person: String
  public var year: Int
  public var today: Day
  /// The accounts the person is advocate on, in the book's order.
  public var accounts: [String]
  public var done: [Done]
  /// Their delegations still to do now (open, in progress, waiting), by due day.
  public var open: [Delegation]
  /// Certificates issued in the year on their accounts, by id.
  public var certificates: [String]
  /// Those of them resting on a policy not in force: on their issue day, or now while live.
  public var lapsedCertificates: [String]
  /// Open audits on their accounts (not closed or waived), by id.
  public var pendingAudits: [String]
  public var renewals: [Renewal]
  /// Open subjectivities past due on their accounts, by id.
  public var pastDueSubjectivities: [String]

  /// Done on or before the due day.
  public var onTimeCount: Int { done.filter(\.onTime).count }
  public var lateCount: Int { done.count - onTimeCount }
  public var unsuccessfulCount: Int { done.filter(\.unsuccessful).count }
  /// Still to do and due before today.
  public var overdueCount: Int { open.filter { $0.isOverdue(on: today) }.count }

  /// The on-time rate in whole percent, half up; nil when nothing was done in the year.
  public var onTimeRate: Int? {
    guard !done.isEmpty else { return nil }
    return (onTimeCount * 200 + done.count) / (done.count * 2)
  }

  /// The review of `person` for `year`, as the book stands on `context.today`.
  public init(person: String, year: Int, context: SweepContext) {
    let today = context.today
    self.person = person
    self.year = year
    self.today = today
    let accounts = context.records(.account).compactMap { record -> String? in
      record.value("advocate") == person ? record.nonEmpty("id") : nil
    }
    self.accounts = accounts
    let mine = Set(accounts)
    let delegations = context.records(.delegation).compactMap { try? Delegation($0) }.filter {
      $0.to == person
    }
    done = delegations.compactMap { delegation in
      guard delegation.status == .done, let closed = delegation.closed, closed.year == year
      else { return nil }
      return Done(
        delegation: delegation, onTime: closed <= delegation.due,
        unsuccessful: delegation.outcome == .unsuccessful)
    }
    open = delegations.filter { $0.status.isOpen }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
    var certificates: [String] = []
    var lapsed: [String] = []
    for record in context.records(.certificate) {
      guard let id = record.nonEmpty("id"), let account = record.nonEmpty("account"),
        mine.contains(account), let issued = record.nonEmpty("issued").flatMap(Day.init(iso:)),
        issued.year == year
      else { continue }
      certificates.append(id)
      let policies = record.values("policy")
      let live = record.value("status").flatMap(CertificateStatus.init)?.isLive ?? false
      let offAtIssue = !Certificate.policiesNotInForce(policies, on: issued, term: context.term)
        .isEmpty
      let offNow =
        live && !Certificate.policiesNotInForce(policies, on: today, term: context.term).isEmpty
      if offAtIssue || offNow { lapsed.append(id) }
    }
    self.certificates = certificates.sorted()
    lapsedCertificates = lapsed.sorted()
    pendingAudits = context.records(.audit).compactMap { record in
      guard let audit = try? Audit(record), audit.status.isOpen,
        let account = context.account(of: record, kind: .audit), mine.contains(account)
      else { return nil }
      return audit.id
    }.sorted()
    let horizon = today.adding(days: 120)
    renewals = context.records(.policy).compactMap { record in
      guard let id = record.nonEmpty("id"), let account = record.nonEmpty("account"),
        mine.contains(account), record.value("status") == PolicyStatus.active.rawValue,
        let expiration = record.nonEmpty("expiration").flatMap(Day.init(iso:)),
        expiration >= today, expiration <= horizon
      else { return nil }
      return Renewal(
        policy: id, account: account, line: record.nonEmpty("line") ?? "",
        expiration: expiration, stage: record.nonEmpty("stage") ?? "not-started")
    }.sorted { ($0.expiration, $0.policy) < ($1.expiration, $1.policy) }
    pastDueSubjectivities = context.records(.subjectivity).compactMap { record in
      guard let subjectivity = try? Subjectivity(record), subjectivity.isPastDue(on: today),
        let account = context.account(of: record, kind: .subjectivity), mine.contains(account)
      else { return nil }
      return subjectivity.id
    }.sorted()
  }
}
