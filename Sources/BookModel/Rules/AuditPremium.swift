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

  /// Computes the estimated and audited premium of an audit's rows; nil when a row's premium
  /// or the audit's is beyond `Money.maximum` (validation refuses such rows).
  public init?(rows: [Exposure], mod: ExactDecimal?) {
    let factor = mod ?? .one
    guard let estimated = AuditPremium.total(rows.map { ($0.estimated, $0) }, mod: factor),
      let audited = AuditPremium.total(rows.map { ($0.audited ?? .zero, $0) }, mod: factor)
    else { return nil }
    self.estimated = estimated
    self.audited = audited
  }

  /// The premium of one row for an exposure figure: exposure ÷ per × rate, half-up to the cent;
  /// nil when it is beyond `Money.maximum`.
  public static func rowPremium(exposure: ExactDecimal, per: ExposurePer, rate: ExactDecimal)
    -> Money?
  {
    let (product, overflow) = Int128(exposure.units).multipliedReportingOverflow(
      by: Int128(rate.units))
    guard !overflow, product.magnitude <= UInt128(Int128.max / 100) else { return nil }
    let denominator = Rounding.power10(exposure.scale + rate.scale) * Int128(per.divisor)
    return Money(withinLimit: Rounding.divide(product * 100, by: denominator))
  }

  private static func total(_ rows: [(ExactDecimal, Exposure)], mod: ExactDecimal) -> Money? {
    var premiums: [Money] = []
    for (figure, row) in rows {
      guard let premium = rowPremium(exposure: figure, per: row.per, rate: row.rate) else {
        return nil
      }
      premiums.append(premium)
    }
    return premiums.total()?.multipliedWithinLimit(by: mod)
  }
}
