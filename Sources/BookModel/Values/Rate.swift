/// A rate as people write it (DESIGN.md "The language"): `4.12/100` is 4.12 per 100 of
/// exposure, `2.50/1000` per 1,000, `0.85/1` per unit. The base is one of `ExposurePer`.
public struct Rate: Sendable, Equatable {
  /// The rate per `per` units of exposure.
  public var rate: ExactDecimal
  /// The units of exposure the rate is for.
  public var per: ExposurePer

  public init(rate: ExactDecimal, per: ExposurePer) {
    self.rate = rate
    self.per = per
  }

  /// Parses `RATE/BASE`; the base is 1, 100 or 1000.
  public init(parsing text: some StringProtocol) throws(RateError) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let rate = ExactDecimal(parts[0]), rate.units >= 0 else {
      throw .notARate(String(text))
    }
    guard let per = ExposurePer(rawValue: String(parts[1])) else {
      throw .base(String(parts[1]))
    }
    self.init(rate: rate, per: per)
  }
}

/// Why a text is not a rate.
public enum RateError: Error, Sendable, Equatable {
  /// Not `NUMBER/BASE`.
  case notARate(String)
  /// A base that is not 1, 100 or 1000.
  case base(String)

  /// The reason, for people: "a rate is per 1, 100 or 1000, not per 7".
  public var reason: String {
    switch self {
    case .notARate:
      return "write a rate as the rate per a base: 4.12/100, 2.50/1000 or 0.85/1"
    case .base(let base):
      return "a rate is per 1, 100 or 1000, not per \(base)"
    }
  }
}
