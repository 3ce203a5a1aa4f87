import BookModel
import Testing

/// The renewal stage rule: each source of the derived stage, the stored stage first, and the
/// X list's window and late-start mark.
@Suite struct RenewalStageTests {
  static let today = Day(iso: "2026-11-23")!

  static func policy(_ extra: [(String, String)] = [], expiration: String = "2027-01-15")
    -> Record
  {
    record(
      [
        ("id", "P-0001"), ("account", "ACME"), ("line", "GL"), ("carrier", "TRAV"),
        ("effective", "2026-01-15"), ("expiration", expiration), ("status", "active"),
      ] + extra)
  }

  static func book(
    policy: Record = policy(), others: [KindID: [Record]] = [:]
  ) -> ListedBook {
    var records = others
    records[.policy, default: []].insert(policy, at: 0)
    return ListedBook(records: records)
  }

  static func stage(_ book: ListedBook) -> RenewalStage {
    RenewalStage.of(book.records[.policy]![0], in: book)
  }

  static func quote(_ status: String, line: String = "GL", effective: String = "2027-01-15")
    -> Record
  {
    record([
      ("id", "Q-0001"), ("account", "ACME"), ("line", line), ("carrier", "HART"),
      ("effective", effective), ("status", status),
    ])
  }

  static func delegation(
    about: String, task: String, status: String = "open", action: String = "renewal"
  ) -> Record {
    record([
      ("id", "D-0001"), ("about", about), ("task", task), ("action", action),
      ("status", status),
    ])
  }

  @Test func nothingFoundIsNotStarted() {
    #expect(Self.stage(Self.book()) == .notStarted)
  }

  @Test func theStoredStageWins() {
    let book = Self.book(
      policy: Self.policy([("stage", "submitted")]),
      others: [.quote: [Self.quote("selected")]])
    #expect(Self.stage(book) == .submitted)
  }

  @Test func aRenewalTermIsBound() {
    let renewal = record([("id", "P-0100"), ("account", "ACME"), ("prior", "P-0001")])
    let book = Self.book(others: [.policy: [renewal], .quote: [Self.quote("received")]])
    #expect(Self.stage(book) == .bound)
  }

  @Test(arguments: [
    ("selected", RenewalStage.proposed), ("received", .quoted), ("requested", .submitted),
    ("declined", .submitted),
  ])
  func quotesForTheLine(status: String, stage: RenewalStage) {
    #expect(Self.stage(Self.book(others: [.quote: [Self.quote(status)]])) == stage)
  }

  @Test func quotesOfAnotherLineOrAnEarlierTermDoNotCount() {
    let other = Self.quote("selected", line: "WC")
    let earlier = Self.quote("received", effective: "2026-01-15")
    #expect(Self.stage(Self.book(others: [.quote: [other, earlier]])) == .notStarted)
  }

  @Test func theFurthestSourceWins() {
    let quotes = [Self.quote("requested"), Self.quote("selected")]
    let delegations = [Self.delegation(about: "P-0001", task: "Send the application")]
    #expect(
      Self.stage(Self.book(others: [.quote: quotes, .delegation: delegations])) == .proposed)
  }

  @Test(arguments: [
    ("P-0001", "Send renewal application", "open", RenewalStage.infoRequested),
    ("P-0001", "Send renewal application", "done", .infoRequested),
    ("P-0001", "Send GL renewal submission to two markets", "in-progress", .infoRequested),
    ("P-0001", "Send GL renewal submission to two markets", "done", .submitted),
    ("ACME", "Market the GL renewal", "done", .submitted),
    ("ACME", "Start GL renewal: request receipts", "open", .infoRequested),
    ("ACME", "Start WC renewal: request payroll", "open", .notStarted),  // another line
    ("P-0001", "Send renewal application", "cancelled", .notStarted),
    ("BRIGHT", "Start GL renewal", "open", .notStarted),  // another account
  ])
  func renewalDelegations(about: String, task: String, status: String, stage: RenewalStage) {
    let book = Self.book(
      others: [.delegation: [Self.delegation(about: about, task: task, status: status)]])
    #expect(Self.stage(book) == stage)
  }

  @Test func aDelegationOfAnotherActionDoesNotCount() {
    let book = Self.book(
      others: [
        .delegation: [
          Self.delegation(about: "P-0001", task: "Send GL certificate", action: "certificate")
        ]
      ])
    #expect(Self.stage(book) == .notStarted)
  }

  @Test(arguments: [
    ("2026-11-23", "active", true),  // expires today
    ("2027-03-23", "active", true),  // the window's last day
    ("2027-03-24", "active", false),  // one day past
    ("2026-11-22", "active", false),  // expired yesterday
    ("2027-01-15", "renewed", false),
    ("2027-01-15", "replaced", false),
    ("2027-01-15", "nonrenewed", false),
    ("2027-01-15", "cancelled", false),
    ("2027-01-15", "pending-cancel", false),
    ("2027-01-15", "bound", true),
  ])
  func awaitingRenewalInAWindow(expiration: String, status: String, awaits: Bool) {
    var fixed = Self.policy(expiration: expiration)
    fixed.set("status", status)
    #expect(RenewalStage.isAwaitingRenewal(fixed, on: Self.today, within: 120) == awaits)
  }

  @Test func aCancellationDayTakesItOffTheList() {
    var policy = Self.policy()
    policy.set("cancelled", "2026-12-31")
    #expect(!RenewalStage.isAwaitingRenewal(policy, on: Self.today, within: 120))
  }

  @Test func lateStartsAreInside30DaysAndNotStarted() throws {
    let soon = Self.policy(expiration: "2026-12-23")  // 30 days
    let later = Self.policy(expiration: "2026-12-24")  // 31 days
    #expect(RenewalStage.isLateStart(soon, stage: .notStarted, on: Self.today))
    #expect(!RenewalStage.isLateStart(later, stage: .notStarted, on: Self.today))
    #expect(!RenewalStage.isLateStart(soon, stage: .infoRequested, on: Self.today))

    var started = soon
    started.set("id", "P-0002")
    started.set("stage", "submitted")
    var other = soon
    other.set("id", "P-0003")
    let book = ListedBook(records: [.policy: [soon, later, started, other]])
    let found = RenewalStage.lateStarts(in: book, on: Self.today)
    #expect(found.map { $0.policy.value("id") } == ["P-0001", "P-0003"])
    #expect(found.map(\.daysLeft) == [30, 30])
  }

  @Test func theStagesAreInOrder() {
    #expect(RenewalStage.ordered.map(\.rank) == Array(0..<6))
    #expect(RenewalStage.ordered.count == RenewalStage.allCases.count)
  }
}

/// The next term of a renewal: the same length, in months when the term is whole months.
@Suite struct PolicyRenewalTests {
  @Test(arguments: [
    ("2026-01-15", "2027-01-15", "2027-01-15", "2028-01-15"),
    ("2028-02-29", "2029-02-28", "2029-02-28", "2030-02-28"),  // a Feb 29 anniversary
    ("2027-02-28", "2028-02-29", "2028-02-29", "2029-02-28"),  // a term ending Feb 29
    ("2026-06-30", "2026-12-30", "2026-12-30", "2027-06-30"),  // six months
    ("2026-01-01", "2026-03-15", "2026-03-15", "2026-05-27"),  // 73 days
  ])
  func theNextTerm(effective: String, expiration: String, next: String, nextEnd: String) throws {
    let term = PolicyTerm(
      effective: try #require(Day(iso: effective)), expiration: try #require(Day(iso: expiration)))
    let renewal = PolicyRenewal.nextTerm(after: term)
    #expect(renewal.effective.description == next)
    #expect(renewal.expiration.description == nextEnd)
  }
}

/// The premium change decomposition on a worked example, to the cent and the tenth of a
/// percent.
@Suite struct PremiumChangeTests {
  @Test func aWorkedExample() throws {
    // GL 12,500.00 → 14,100.00; audited sales 850,000 → 910,000.
    let change = PremiumChange(
      expiring: try #require(Money("12500.00")), renewal: try #require(Money("14100.00")))
    #expect(change.amount == Money("1600.00"))
    #expect(change.percentTenths == 128)
    let was = try #require(Money("850000"))
    let now = try #require(Money("910000"))
    let parts = try #require(change.decomposed(expiringExposure: was, renewalExposure: now))
    #expect(parts.exposureTenths == 71)  // 7.06%
    #expect(parts.rateTenths == 54)  // 1.128 / 1.0706 = 1.0536
    #expect(PremiumChange.percentText(128) == "+12.8%")
    #expect(PremiumChange.percentText(-30) == "-3.0%")
    #expect(PremiumChange.percentText(0) == "0.0%")
  }

  @Test func aDecreaseAndHalvesRoundAwayFromZero() throws {
    let change = PremiumChange(
      expiring: try #require(Money("2000.00")), renewal: try #require(Money("1999.00")))
    #expect(change.amount == Money("-1.00"))
    #expect(change.percentTenths == -1)  // -0.05% → -0.1%
    let zero = PremiumChange(expiring: .zero, renewal: try #require(Money("10.00")))
    #expect(zero.percentTenths == nil)
  }
}
