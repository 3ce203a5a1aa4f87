import BookModel
import Testing

/// An in-memory book that lists its records, for the rules that compare audits with their peers.
struct ListingBook: RecordLookup {
  var records: [KindID: [Record]]

  func record(_ kind: KindID, _ key: String) -> Record? {
    records[kind]?.first { $0.value(kind.spec.keyField ?? "id") == key }
  }

  func records(_ kind: KindID) -> [Record] { records[kind] ?? [] }
}

@Suite struct AuditRulesTests {
  static func audit(
    _ id: String = "AU-0002", policy: String = "P-0001", start: String = "2025-01-15",
    end: String = "2026-01-15", status: String = "scheduled"
  ) -> Record {
    record([
      ("id", id), ("policy", policy), ("type", "mail"), ("period_start", start),
      ("period_end", end), ("status", status),
    ])
  }

  static let book = ListingBook(records: [
    .policy: [
      record([
        ("id", "P-0001"), ("effective", "2025-01-15"), ("expiration", "2026-01-15"),
        ("auditable", "yes"),
      ]),
      record([("id", "P-0002"), ("effective", "2025-01-15"), ("expiration", "2026-01-15")]),
    ],
    .audit: [audit("AU-0001", status: "requested"), audit("AU-0009", status: "closed")],
  ])

  static func check(_ after: Record, before: Record? = nil, moment: RecordRules.Moment)
    -> [String]
  {
    RecordRules.check(after, before: before, as: .audit, moment: moment, in: book).map(
      \.description)
  }

  static let written = RecordRules.Moment.written(today: day("2026-11-23"))

  @Test func aSecondOpenAuditForThePolicyAndPeriodIsRefused() {
    #expect(
      Self.check(Self.audit(), moment: Self.written) == [
        "policy P-0001 already has an open audit for 2025-01-15..2026-01-15: AU-0001 (see it: audit show AU-0001)"
      ])
    // Another period, or a closed audit beside it, is fine; `book check` does not compare.
    #expect(Self.check(Self.audit(start: "2025-06-01"), moment: Self.written) == [])
    #expect(Self.check(Self.audit("AU-0001", status: "requested"), moment: Self.written) == [])
    #expect(Self.check(Self.audit(status: "closed"), moment: Self.written) == [])
  }

  @Test func thePolicyMustBeAuditableAndThePeriodWithinItsTerm() {
    #expect(
      Self.check(Self.audit(policy: "P-0002"), moment: .standing) == [
        "policy P-0002 is not auditable (if it is subject to a premium audit: set policy P-0002 auditable=yes)"
      ])
    #expect(
      Self.check(Self.audit(start: "2024-12-01", status: "closed"), moment: .standing) == [
        "the period 2024-12-01..2026-01-15 is outside policy P-0001's term 2025-01-15..2026-01-15 (an audit covers part or all of its policy's term, 2025-01-15..2026-01-15)"
      ])
  }

  /// Over a transaction of several commands (not stepwise), a status may move through several
  /// allowed steps; never out of a final state.
  @Test func aTransactionMayTakeSeveralSteps() {
    let reviewed = Self.audit("AU-0001", status: "reviewed")
    let billed = Self.audit("AU-0001", status: "billed")
    #expect(
      RecordRules.check(billed, before: reviewed, as: .audit, moment: Self.written, in: Self.book)
        .map(\.message) == ["a reviewed audit cannot become billed"])
    #expect(
      RecordRules.check(
        billed, before: reviewed, as: .audit, moment: Self.written, in: Self.book,
        stepwise: false
      ).isEmpty)
    let closed = Self.audit("AU-0009", status: "closed")
    #expect(
      RecordRules.check(
        Self.audit("AU-0009", status: "reviewed"), before: closed, as: .audit,
        moment: Self.written, in: Self.book, stepwise: false
      ).map(\.message) == ["a closed audit cannot become reviewed"])
    #expect(AuditStatus.disputed.canReach(.closed))
    #expect(!AuditStatus.received.canReach(.waived))
    #expect(!AuditStatus.closed.canReach(.closed))
  }

  @Test func movesFollowTheLifecycle() {
    let before = Self.audit("AU-0009", status: "closed")
    #expect(
      Self.check(Self.audit("AU-0009", status: "reviewed"), before: before, moment: Self.written)
        == [
          "a closed audit cannot become reviewed (a closed audit is final: no audit verb applies)"
        ])
    let received = Self.audit("AU-0001", status: "received")
    #expect(
      Self.check(Self.audit("AU-0001", status: "waived"), before: received, moment: Self.written)
        == [
          "a received audit cannot become waived (from received: audit complete (→ reviewed))"
        ])
    #expect(
      Self.check(Self.audit("AU-0001", status: "reviewed"), before: received, moment: Self.written)
        == [])
  }
}

@Suite struct AuditVerbTests {
  /// Every verb's states, exactly as DESIGN.md "Domain notes: Audits" lists them.
  @Test(arguments: [
    (AuditVerb.request, ["scheduled"], ["requested"]),
    (.start, ["requested"], ["in-progress"]),
    (.receive, ["in-progress"], ["received"]),
    (.complete, ["scheduled", "requested", "in-progress", "received"], ["reviewed"]),
    (.accept, ["reviewed", "revised"], ["accepted"]),
    (.bill, ["accepted"], ["billed", "refunded"]),
    (.close, ["billed", "refunded"], ["closed"]),
    (.dispute, ["reviewed", "accepted", "billed", "refunded"], ["disputed"]),
    (.revise, ["disputed"], ["revised"]),
    (.waive, ["scheduled", "requested", "in-progress"], ["waived"]),
    (.noncompliant, ["requested"], ["noncompliant"]),
  ])
  func states(verb: AuditVerb, from: [String], to: [String]) {
    #expect(verb.from.map(\.rawValue) == from)
    #expect(verb.to.map(\.rawValue) == to)
  }

  /// The lifecycle is the verbs' moves and nothing else, for every pair of states.
  @Test(arguments: AuditStatus.allCases)
  func lifecycleIsTheVerbs(from: AuditStatus) {
    for to in AuditStatus.allCases {
      let byVerb = AuditVerb.allCases.contains { $0.from.contains(from) && $0.to.contains(to) }
      #expect(from.canMove(to: to) == byVerb, "\(from.rawValue) → \(to.rawValue)")
      #expect((from.auditRefusal(to: to) == nil) == (byVerb || from == to))
    }
  }

  @Test(arguments: [
    (
      AuditStatus.scheduled,
      "from scheduled: audit request (→ requested), audit complete (→ reviewed), audit waive (→ waived)"
    ),
    (.accepted, "from accepted: audit bill (→ billed or refunded), audit dispute (→ disputed)"),
    (.closed, "a closed audit is final: no audit verb applies"),
    (.noncompliant, "a noncompliant audit is final: no audit verb applies"),
  ])
  func choices(status: AuditStatus, text: String) {
    #expect(AuditVerb.choices(from: status) == text)
  }

  @Test func verbRefusal() throws {
    let refusal = try #require(AuditVerb.complete.refusal(id: "AU-0012", status: .closed))
    #expect(
      refusal.message
        == "AU-0012 is closed: audit complete is allowed from scheduled, requested, in-progress or received only"
    )
    #expect(refusal.hint == "a closed audit is final: no audit verb applies")
    #expect(refusal.rule == .lifecycle)
    #expect(AuditVerb.complete.refusal(id: "AU-0001", status: .received) == nil)
  }
}

@Suite struct RateTests {
  @Test(arguments: [
    ("2.50/1000", "2.50", ExposurePer.thousand),
    ("4.12/100", "4.12", .hundred),
    ("0.85/1", "0.85", .one),
  ])
  func parses(text: String, rate: String, per: ExposurePer) throws {
    let parsed = try Rate(parsing: text)
    #expect(parsed.rate.description == rate)
    #expect(parsed.per == per)
  }

  @Test(arguments: [
    ("2.50/7", RateError.base("7"), "a rate is per 1, 100 or 1000, not per 7"),
    ("2.50/", .base(""), "a rate is per 1, 100 or 1000, not per "),
    (
      "x/100", .notARate("x/100"),
      "write a rate as the rate per a base: 4.12/100, 2.50/1000 or 0.85/1"
    ),
    (
      "1/2/3", .notARate("1/2/3"),
      "write a rate as the rate per a base: 4.12/100, 2.50/1000 or 0.85/1"
    ),
  ])
  func refuses(text: String, error: RateError, reason: String) {
    #expect(throws: error) { try Rate(parsing: text) }
    #expect(error.reason == reason)
  }
}

@Suite struct AuditedFiguresTests {
  static let rows = [
    row("5645", per: .hundred, estimated: "400000", audited: nil, rate: "12.00"),
    row("8810", per: .hundred, estimated: "100000", audited: nil, rate: "0.30"),
    Exposure(
      id: "EX-0003", audit: "AU-0001", classCode: "5645", basis: .payroll, per: .hundred,
      estimated: .zero, rate: decimal("12.00")),
  ]

  @Test func byClassAClassTwiceSetsItsRowsInOrder() throws {
    let rows = try AuditedFigures.apply(
      "5645:460000,8810:90000,5645:50000", to: Self.rows, audit: "AU-0001")
    #expect(rows.map { $0.audited?.description } == ["460000", "90000", "50000"])
    let byID = try AuditedFigures.apply(
      "EX-0003:50000,5645:460000,8810:90,000", to: Self.rows, audit: "AU-0001")
    #expect(byID.map { $0.audited?.description } == ["460000", "90000", "50000"])
  }

  @Test(arguments: [
    (
      "910000",
      AuditedFiguresError.needsClasses(audit: "AU-0001", rows: 3, classes: ["5645", "8810"])
    ),
    (
      "5645:1,8811:2,5645:3", .unknownClass("8811", audit: "AU-0001", classes: ["5645", "8810"])
    ),
    ("5645:1,8810:2", .missing(audit: "AU-0001", classes: ["5645"])),
    ("8810:1,8810:2", .namedTooOften("8810", audit: "AU-0001", rows: 1)),
    ("5645:x", .notANumber("x")),
    ("5645", .notANumber("5645")),
  ])
  func refusals(text: String, error: AuditedFiguresError) {
    if text == "5645" {
      // A bare figure for the only row.
      let one = [Self.rows[0]]
      #expect(
        (try? AuditedFigures.apply(text, to: one, audit: "AU-0001"))?[0].audited == decimal("5645"))
      return
    }
    #expect(throws: error) { try AuditedFigures.apply(text, to: Self.rows, audit: "AU-0001") }
  }

  @Test func messages() {
    let unknown = AuditedFiguresError.unknownClass(
      "8811", audit: "AU-0001", classes: ["5645", "8810"])
    #expect(
      unknown.message == "AU-0001 has no exposure row of class 8811; its classes are 5645, 8810")
    #expect(unknown.hint == "for example: audited=5645:N,8810:N")
    let several = AuditedFiguresError.needsClasses(
      audit: "AU-0003", rows: 2, classes: ["16911", "16905"])
    #expect(several.message == "AU-0003 has 2 exposure rows: name each audited figure by its class")
  }
}

@Suite struct AuditRoundingTests {
  /// 125 × 0.02 ÷ 100 = 0.025: exactly half a cent rounds up.
  @Test func aRowEndingInHalfACentRoundsUp() throws {
    #expect(
      AuditPremium.rowPremium(exposure: decimal("125"), per: .hundred, rate: decimal("0.02"))
        == Money(cents: 3))
    #expect(
      AuditPremium.rowPremium(exposure: decimal("124"), per: .hundred, rate: decimal("0.02"))
        == Money(cents: 2))
  }

  /// 100.01 × 0.95 = 95.0095: the mod's product rounds to 95.01; the rows round first.
  @Test func aModThatRoundsTheTotal() throws {
    let rows = [
      row("1", per: .one, estimated: "10001", audited: "10001", rate: "0.01"),
      row("2", per: .hundred, estimated: "125", audited: "125", rate: "0.02"),
    ]
    let sheet = try #require(AuditWorksheet(rows: rows, mod: decimal("0.95")))
    #expect(sheet.rows.map(\.estimatedPremium) == [Money(cents: 10001), Money(cents: 3)])
    #expect(sheet.estimatedSubtotal == Money(cents: 10004))
    // 100.04 × 0.95 = 95.038 → 95.04
    #expect(sheet.premium.estimated == Money(cents: 9504))
    let one = try #require(AuditWorksheet(rows: [rows[0]], mod: decimal("0.95")))
    #expect(one.premium.estimated == Money(cents: 9501))
    // 100.10 × 0.95 = 95.095: exactly half a cent after the mod rounds up, to 95.10.
    let half = row("3", per: .one, estimated: "10010", audited: "10010", rate: "0.01")
    let rounded = try #require(AuditWorksheet(rows: [half], mod: decimal("0.95")))
    #expect(rounded.premium.estimated == Money(cents: 9510))
  }
}

@Suite struct AuditFollowUpTests {
  static func audit(_ pairs: [(String, String)]) throws -> Audit {
    try Audit(
      record(
        [
          ("id", "AU-0004"), ("policy", "P-0019"), ("period_start", "2025-08-20"),
          ("period_end", "2026-08-20"),
        ] + pairs))
  }

  @Test(arguments: [
    // type, status, requested, today, final request due, next step
    ("mail", "requested", "2026-09-12", "2026-10-11", false, AuditVerb.start),
    ("mail", "requested", "2026-09-12", "2026-10-12", true, .noncompliant),
    ("phone", "requested", "2026-09-12", "2026-11-23", false, .start),
    ("mail", "in-progress", "2026-09-12", "2026-11-23", false, .receive),
  ])
  func finalRequest(
    type: String, status: String, requested: String, today: String, due: Bool, next: AuditVerb
  ) throws {
    let audit = try Self.audit([("type", type), ("status", status), ("requested", requested)])
    #expect(audit.isFinalRequestDue(on: day(today)) == due)
    #expect(audit.nextStep(on: day(today)) == next)
  }

  @Test func daysOpen() throws {
    let open = try Self.audit([("type", "mail"), ("status", "scheduled")])
    #expect(open.daysOpen(on: day("2026-11-23")) == 95)
    #expect(open.daysOpen(on: day("2026-08-01")) == 0)
    let closed = try Self.audit([("type", "mail"), ("status", "closed")])
    #expect(closed.daysOpen(on: day("2026-11-23")) == nil)
    #expect(closed.nextStep(on: day("2026-11-23")) == nil)
  }
}
