/// A renewal's premium change and its parts (DESIGN.md "Domain notes": Renewal comparison):
/// the $ change to the cent; the % change, and where both terms' exposures are known the
/// exposure change and the rate change, with (1 + premium change) = (1 + exposure change) ×
/// (1 + rate change). Percentages are in tenths of a percent, half-up (12.8% is 128).
public struct PremiumChange: Sendable, Equatable {
  public var expiring: Money
  public var renewal: Money

  public init(expiring: Money, renewal: Money) {
    self.expiring = expiring
    self.renewal = renewal
  }

  /// Renewal − expiring.
  public var amount: Money { renewal - expiring }

  /// The % change in tenths; nil when the expiring premium is zero.
  public var percentTenths: Int? {
    Self.tenths(Int128(renewal.cents) - Int128(expiring.cents), over: Int128(expiring.cents))
  }

  /// The exposure change and the rate change in tenths, from the terms' exposures (any unit,
  /// the same for both); nil when an exposure or the expiring premium is zero.
  public func decomposed(expiringExposure: Money, renewalExposure: Money)
    -> (exposureTenths: Int, rateTenths: Int)?
  {
    let xe = Int128(expiringExposure.cents)
    let xr = Int128(renewalExposure.cents)
    let e = Int128(expiring.cents)
    let r = Int128(renewal.cents)
    guard let exposure = Self.tenths(xr - xe, over: xe),
      let rate = Self.tenths(r * xe - e * xr, over: e * xr)
    else { return nil }
    return (exposure, rate)
  }

  /// 1000 × numerator ÷ denominator, half-up (away from zero on a half); nil on zero.
  static func tenths(_ numerator: Int128, over denominator: Int128) -> Int? {
    guard denominator != 0 else { return nil }
    let scaled = numerator * 1000
    let negative = (scaled < 0) != (denominator < 0)
    let n = scaled.magnitude
    let d = denominator.magnitude
    var quotient = n / d
    if (n % d) * 2 >= d { quotient += 1 }
    let value = Int(quotient)
    return negative ? -value : value
  }

  /// `+12.8%`, `-3.0%`, `0.0%`.
  public static func percentText(_ tenths: Int) -> String {
    let sign = tenths > 0 ? "+" : tenths < 0 ? "-" : ""
    let magnitude = abs(tenths)
    return "\(sign)\(magnitude / 10).\(magnitude % 10)%"
  }
}
