/// An exact decimal number that is not money: a rate (`4.12`), a mod (`0.90`), an exposure
/// figure (`1800000`). It keeps the number of places it was written with, so `2.50` prints as
/// `2.50`; equality and order are numeric (`2.5 == 2.50`).
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The digits as an integer: the value is `units ÷ 10^scale`.
  public let units: Int64
  /// The number of places after the point (0…`maxScale`).
  public let scale: Int

  /// The most places a decimal holds.
  public static let maxScale = 12

  /// The value `units ÷ 10^scale`; a scale outside 0…`maxScale` is clamped.
  public init(units: Int64, scale: Int = 0) {
    self.units = units
    self.scale = min(max(scale, 0), Self.maxScale)
  }

  /// A whole number.
  public init(_ integer: Int) {
    self.init(units: Int64(integer), scale: 0)
  }

  public static let zero = ExactDecimal(0)
  public static let one = ExactDecimal(1)

  /// Parses `4.12`, `0.90`, `850000`, `1,800,000`, `-0.5` (no `$`).
  public init(parsing text: some StringProtocol) throws(NumberError) {
    let number = try NumberText.parse(text, allowDollar: false)
    guard number.fraction.count <= Self.maxScale else {
      throw .tooManyDecimals(allowed: Self.maxScale)
    }
    guard let units = number.scaled(by: number.fraction.count) else { throw .tooLarge }
    self.init(units: units, scale: number.fraction.count)
  }

  /// Parses as `init(parsing:)` does; nil when the text is not a number.
  public init?(_ text: some StringProtocol) {
    guard let value = try? ExactDecimal(parsing: text) else { return nil }
    self = value
  }

  /// Plain, with the places it holds: `2.50`, `850000`, `-0.5`.
  public var description: String {
    let (whole, rest) = units.magnitude.quotientAndRemainder(
      dividingBy: UInt64(Rounding.power10(scale)))
    return (units < 0 ? "-" : "") + "\(whole)" + fractionText(rest)
  }

  /// For people, with thousands separators: `1,800,000`, `4.12`.
  public var formatted: String {
    let (whole, rest) = units.magnitude.quotientAndRemainder(
      dividingBy: UInt64(Rounding.power10(scale)))
    return (units < 0 ? "-" : "") + Grouping.grouped("\(whole)") + fractionText(rest)
  }

  private func fractionText(_ rest: UInt64) -> String {
    guard scale > 0 else { return "" }
    let digits = String(rest)
    return "." + String(repeating: "0", count: scale - digits.count) + digits
  }

  /// The same value with trailing zero places removed (`2.50` → `2.5`, `100.0` → `100`).
  public var normalized: ExactDecimal {
    var units = units
    var scale = scale
    while scale > 0, units % 10 == 0 {
      units /= 10
      scale -= 1
    }
    return ExactDecimal(units: units, scale: scale)
  }

  /// Whether the value is below zero.
  public var isNegative: Bool { units < 0 }

  /// The value rounded to `places` places, half away from zero.
  public func rounded(places: Int) -> ExactDecimal {
    guard places < scale else { return self }
    let divisor = Rounding.power10(scale - places)
    return ExactDecimal(units: Int64(Rounding.divide(Int128(units), by: divisor)), scale: places)
  }

  /// The value scaled to `scale` places as a wide integer (exact when `scale ≥ self.scale`).
  func wide(at scale: Int) -> Int128 {
    Int128(units) * Rounding.power10(scale - self.scale)
  }

  public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
    let scale = max(lhs.scale, rhs.scale)
    return lhs.wide(at: scale) == rhs.wide(at: scale)
  }

  public func hash(into hasher: inout Hasher) {
    let normal = normalized
    hasher.combine(normal.units)
    hasher.combine(normal.scale)
  }

  public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
    let scale = max(lhs.scale, rhs.scale)
    return lhs.wide(at: scale) < rhs.wide(at: scale)
  }

  /// Exact sum; traps on overflow like integer arithmetic.
  public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
    let scale = max(lhs.scale, rhs.scale)
    return ExactDecimal(units: Int64(lhs.wide(at: scale) + rhs.wide(at: scale)), scale: scale)
  }

  /// The exact sum, or nil when it is beyond what the digits hold.
  public func adding(_ other: ExactDecimal) -> ExactDecimal? {
    let scale = max(self.scale, other.scale)
    guard let units = Int64(exactly: wide(at: scale) + other.wide(at: scale)) else { return nil }
    return ExactDecimal(units: units, scale: scale)
  }

  /// Exact difference; traps on overflow like integer arithmetic.
  public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
    let scale = max(lhs.scale, rhs.scale)
    return ExactDecimal(units: Int64(lhs.wide(at: scale) - rhs.wide(at: scale)), scale: scale)
  }

  public static prefix func - (value: ExactDecimal) -> ExactDecimal {
    ExactDecimal(units: -value.units, scale: value.scale)
  }

  /// Exact product (places add up); beyond `maxScale` places it rounds half away from zero.
  public static func * (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
    var product = Int128(lhs.units) * Int128(rhs.units)
    var scale = lhs.scale + rhs.scale
    while scale > maxScale, product % 10 == 0 {
      product /= 10
      scale -= 1
    }
    if scale > maxScale {
      product = Rounding.divide(product, by: Rounding.power10(scale - maxScale))
      scale = maxScale
    }
    return ExactDecimal(units: Int64(product), scale: scale)
  }

  /// The quotient rounded half away from zero to `places` places; nil when dividing by zero.
  public func divided(by divisor: ExactDecimal, places: Int) -> ExactDecimal? {
    guard divisor.units != 0 else { return nil }
    let numerator = Int128(units) * Rounding.power10(divisor.scale + places)
    let denominator = Int128(divisor.units) * Rounding.power10(scale)
    return ExactDecimal(units: Int64(Rounding.divide(numerator, by: denominator)), scale: places)
  }
}
