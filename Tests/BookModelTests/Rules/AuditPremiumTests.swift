import BookModel
import Testing

func decimal(_ text: String) -> ExactDecimal {
  ExactDecimal(text) ?? .zero
}

func row(
  _ classCode: String, per: ExposurePer, estimated: String, audited: String?, rate: String
) -> Exposure {
  Exposure(
    id: "EX-\(classCode)", audit: "AU-0001", classCode: classCode, basis: .payroll, per: per,
    estimated: decimal(estimated), audited: audited.map(decimal), rate: decimal(rate))
}

@Suite struct AuditPremiumTests {
  /// DESIGN.md's worked WC example, to the cent.
  @Test func workersCompensationWithModAndUninsuredSubcontractor() throws {
    let rows = [
      row("5645", per: .hundred, estimated: "400,000", audited: "460,000", rate: "12.00"),
      row("8810", per: .hundred, estimated: "100,000", audited: "90,000", rate: "0.30"),
      row("5645", per: .hundred, estimated: "0", audited: "50,000", rate: "12.00"),
    ]
    let premium = try #require(AuditPremium(rows: rows, mod: decimal("0.90")))
    #expect(premium.estimated.description == "43,470.00")
    #expect(premium.audited.description == "55,323.00")
    #expect(premium.additional.description == "11,853.00")
  }

  /// DESIGN.md's GL on sales example: a return premium.
  @Test func generalLiabilityOnSalesReturnsPremium() throws {
    let rows = [
      row("91342", per: .thousand, estimated: "2000000", audited: "1800000", rate: "2.50")
    ]
    let premium = try #require(AuditPremium(rows: rows, mod: nil))
    #expect(premium.estimated == Money(cents: 500_000))
    #expect(premium.audited == Money(cents: 450_000))
    #expect(premium.additional == Money(cents: -50_000))
    #expect(premium.additional.description == "-500.00")
  }

  @Test(arguments: [
    ("850000", ExposurePer.hundred, "4.12", Int64(3_502_000)),
    ("333", .hundred, "0.015", 5),  // 0.04995 → 0.05
    ("1", .one, "0.005", 1),  // half a cent rounds up
    ("100", .thousand, "0.049", 0),  // 0.0049 → 0.00
  ])
  func rowPremiumRoundsHalfUpToTheCent(
    exposure: String, per: ExposurePer, rate: String, cents: Int64
  ) {
    let premium = AuditPremium.rowPremium(
      exposure: decimal(exposure), per: per, rate: decimal(rate))
    #expect(premium?.cents == cents)
  }

  @Test func rowsWithoutAnAuditedFigureCountAsZero() {
    let rows = [row("5645", per: .hundred, estimated: "1000", audited: nil, rate: "1")]
    #expect(AuditPremium(rows: rows, mod: nil)?.audited == .zero)
  }

  /// Figures whose premium money cannot hold give no premium (validation refuses them), never a
  /// trap.
  @Test(arguments: [
    ("9223372036854775807", ExposurePer.one, "9223372036854775807"),
    ("100000000000", .one, "100"),  // 10,000,000,000,000.00
    ("1000000000000", .one, "10"),
  ])
  func aPremiumBeyondTheLimitIsNone(exposure: String, per: ExposurePer, rate: String) {
    #expect(
      AuditPremium.rowPremium(exposure: decimal(exposure), per: per, rate: decimal(rate)) == nil)
    let rows = [row("5645", per: per, estimated: exposure, audited: nil, rate: rate)]
    #expect(AuditPremium(rows: rows, mod: nil) == nil)
  }

  @Test func theLargestPremiumIsExact() {
    let premium = AuditPremium.rowPremium(
      exposure: decimal("9999999999.99"), per: .one, rate: decimal("1"))
    #expect(premium == Money.maximum)
    let rows = Array(
      repeating: row("5645", per: .one, estimated: "9000000000", audited: nil, rate: "1"),
      count: 2)
    // Each row fits; their sum is beyond the limit.
    #expect(AuditPremium(rows: rows, mod: nil) == nil)
  }
}
