import BookModel
import Testing

@Suite struct LifecycleTests {
  @Test(arguments: [
    (AuditStatus.scheduled, AuditStatus.requested, true),
    (.requested, .inProgress, true),
    (.received, .reviewed, true),
    (.reviewed, .accepted, true),
    (.accepted, .billed, true),
    (.accepted, .refunded, true),
    (.billed, .closed, true),
    (.reviewed, .disputed, true),
    (.disputed, .revised, true),
    (.revised, .accepted, true),
    (.requested, .waived, true),
    (.requested, .noncompliant, true),
    (.received, .waived, false),
    (.scheduled, .noncompliant, false),
    (.closed, .reviewed, false),
    (.disputed, .accepted, false),
    (.scheduled, .disputed, false),
  ])
  func auditMoves(from: AuditStatus, to: AuditStatus, allowed: Bool) {
    #expect(from.canMove(to: to) == allowed)
    #expect((from.refusal(to: to, kind: "audit") == nil) == allowed)
  }

  @Test func refusalsSayWhatIsAllowed() throws {
    let closed = try #require(AuditStatus.closed.refusal(to: .reviewed, kind: "audit"))
    #expect(closed.message == "a closed audit cannot become reviewed")
    #expect(closed.hint == "a closed audit is final")
    #expect(closed.rule == .lifecycle)
    let renewed = try #require(PolicyStatus.cancelled.refusal(to: .renewed, kind: "policy"))
    #expect(renewed.message == "a cancelled policy cannot become renewed")
    let received = try #require(AuditStatus.received.refusal(to: .waived, kind: "audit"))
    #expect(received.hint == "from received it can become reviewed")
  }

  @Test func delegationsOverdueAndRecurring() throws {
    var rec = record([
      ("id", "D-0001"), ("from", "jkim"), ("to", "mlopez"), ("task", "Call"),
      ("priority", "normal"), ("created", "2026-11-01"), ("due", "2026-01-31"),
      ("status", "open"), ("every", "monthly"),
    ])
    let open = try Delegation(rec)
    #expect(open.isOverdue(on: day("2026-02-01")))
    #expect(!open.isOverdue(on: day("2026-01-31")))
    #expect(open.nextDue == day("2026-02-28"))
    rec.set("status", "done")
    rec.set("every", "quarterly")
    let done = try Delegation(rec)
    #expect(!done.isOverdue(on: day("2026-02-01")))
    #expect(done.nextDue == day("2026-04-30"))
    #expect(DelegationStatus.done.canMove(to: .open))
    #expect(!DelegationStatus.done.canMove(to: .waiting))
  }

  @Test func claimIncurred() throws {
    let claim = try Claim(
      record([
        ("id", "CL-0001"), ("policy", "P-0001"), ("occurred", "2026-03-01"),
        ("status", "open"), ("paid", "1,000.50"), ("expense", "200"), ("reserve", "5000.00"),
        ("recovered", "100"),
      ]))
    #expect(claim.incurred == Money(cents: 620_050))
  }
}

@Suite struct PremiumAllocationTests {
  func allocations(_ exposures: [(String, String)]) -> [Allocation] {
    exposures.map {
      Allocation(id: $0.0, policy: "P-0001", location: "L-" + $0.0, exposure: decimal($0.1))
    }
  }

  @Test func sharesAddUpExactlyLargestFractionFirst() {
    let three = allocations([("AL-0002", "1"), ("AL-0001", "1"), ("AL-0003", "1")])
    let result = PremiumAllocation.shares(of: Money(cents: 10_000), among: three)
    // 33.333… each; the one remaining cent goes to the smallest id among equal fractions.
    #expect(result.map(\.share.cents) == [3333, 3334, 3333])
    #expect(result.map(\.share).sum() == Money(cents: 10_000))
  }

  @Test(
    arguments: [
      (
        Int64(1_250_000), [("AL-0001", "850000"), ("AL-0002", "150000")],
        [Int64(1_062_500), 187_500]
      ),
      (100, [("AL-0001", "2"), ("AL-0002", "1")], [67, 33]),  // 66.67 / 33.33: larger fraction
      (1, [("AL-0001", "1"), ("AL-0002", "1"), ("AL-0003", "1")], [1, 0, 0]),
      (500, [("AL-0001", "0"), ("AL-0002", "0")], [0, 0]),
      (-100, [("AL-0001", "1"), ("AL-0002", "2")], [-33, -67]),
    ] as [(Int64, [(String, String)], [Int64])])
  func shares(premium: Int64, exposures: [(String, String)], expected: [Int64]) {
    let result = PremiumAllocation.shares(
      of: Money(cents: premium), among: allocations(exposures))
    #expect(result.map(\.share.cents) == expected)
    if expected.contains(where: { $0 != 0 }) {
      #expect(result.map(\.share).sum().cents == premium)
    }
  }
}

extension PremiumAllocationTests {
  @Test func hundredDollarsOverThreeEqualLocations() {
    let three = allocations([("AL-0001", "1"), ("AL-0002", "1"), ("AL-0003", "1")])
    let result = PremiumAllocation.shares(of: Money(cents: 10_000), among: three)
    #expect(result.map(\.share.description) == ["33.34", "33.33", "33.33"])
  }

  @Test func tiesArePlacedByIdWhateverTheOrderGiven() {
    // 10.03 over 7 equal exposures: 1.432857… each, 2 cents left for the two smallest ids.
    let ids = ["AL-0007", "AL-0003", "AL-0005", "AL-0001", "AL-0006", "AL-0002", "AL-0004"]
    let result = PremiumAllocation.shares(
      of: Money(cents: 1_003), among: allocations(ids.map { ($0, "5") }))
    let placed = Dictionary(uniqueKeysWithValues: result.map { ($0.allocation.id, $0.share.cents) })
    #expect(
      placed == [
        "AL-0001": 144, "AL-0002": 144, "AL-0003": 143, "AL-0004": 143, "AL-0005": 143,
        "AL-0006": 143, "AL-0007": 143,
      ])
  }
}
