/// Audit math (DESIGN.md "Business rules"): each row's premium = exposure ÷ per × rate, half-up
/// to the cent; the audit's premium = the rows' sum × mod (1 when absent), half-up to the cent;
/// additional = audited − estimated (negative: return premium). Half-up is half away from zero.
public struct AuditPremium: Sendable, Equatable {
  /// The premium on the estimated exposures.
  public var estimated: Money
  /// The premium on the audited exposures (rows without an audited figure count as zero).
  public var audited: Money

  /// The additional premium: audited − estimated; negative is a return premium.
  public var additional: Money { audited - estimated }

  /// Computes the estimated and audited premium of an audit's rows.
  public init(rows: [Exposure], mod: ExactDecimal?) {
    let factor = mod ?? .one
    estimated = AuditPremium.total(rows.map { ($0.estimated, $0) }, mod: factor)
    audited = AuditPremium.total(rows.map { ($0.audited ?? .zero, $0) }, mod: factor)
  }

  /// The premium of one row for an exposure figure: exposure ÷ per × rate, half-up to the cent.
  public static func rowPremium(exposure: ExactDecimal, per: ExposurePer, rate: ExactDecimal)
    -> Money
  {
    let numerator = Int128(exposure.units) * Int128(rate.units) * 100
    let denominator = Rounding.power10(exposure.scale + rate.scale) * Int128(per.divisor)
    return Money(cents: Int64(Rounding.divide(numerator, by: denominator)))
  }

  private static func total(_ rows: [(ExactDecimal, Exposure)], mod: ExactDecimal) -> Money {
    rows.map { rowPremium(exposure: $0.0, per: $0.1.per, rate: $0.1.rate) }.sum()
      .multiplied(by: mod)
  }
}
