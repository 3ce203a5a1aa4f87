/// An exact amount of money in cents. Never a `Double`.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The amount in cents (negative for a return or a credit).
  public var cents: Int64

  /// An amount of that many cents.
  public init(cents: Int64) {
    self.cents = cents
  }

  /// Zero dollars.
  public static let zero = Money(cents: 0)

  /// The largest amount a money field may hold, either sign: 9,999,999,999.99. Amounts are
  /// refused beyond it, so a sum of fewer than 9 million amounts cannot leave `Int64`; sums of
  /// unbounded length (totals, `sum`) are checked all the same (`adding`, `total()`).
  public static let maximum = Money(cents: 999_999_999_999)

  /// Parses `12500`, `12500.5`, `12,500.00`, `$12,500.00`, `-500.00`, `-$500`.
  public init(parsing text: some StringProtocol) throws(NumberError) {
    if let cents = Self.plainCents(text.utf8) {
      self.cents = cents
      return
    }
    let number = try NumberText.parse(text, allowDollar: true)
    guard number.fraction.count <= 2 else { throw .tooManyDecimals(allowed: 2) }
    guard let cents = number.scaled(by: 2), cents.magnitude <= Self.maximum.cents.magnitude
    else { throw .beyondLimit(Self.maximum.description) }
    self.cents = cents
  }

  /// `digits[.d[d]]` (how files hold money) read straight into cents; nil for any other form,
  /// which `NumberText` reads (or refuses with its reason). A script of 10,000 `set` lines
  /// parses each premium several times.
  private static func plainCents(_ bytes: some Collection<UInt8>) -> Int64? {
    var units: Int64 = 0
    var digits = 0
    var fraction: Int64 = 0
    var fractionDigits = 0
    var point = false
    for byte in bytes {
      if byte == UInt8(ascii: "."), !point {
        point = true
        continue
      }
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      let digit = Int64(byte - UInt8(ascii: "0"))
      if point {
        guard fractionDigits < 2 else { return nil }
        fraction = fraction * 10 + digit
        fractionDigits += 1
      } else {
        guard digits < 10 else { return nil }
        units = units * 10 + digit
        digits += 1
      }
    }
    guard digits > 0, !point || fractionDigits > 0 else { return nil }
    let cents = units * 100 + (fractionDigits == 1 ? fraction * 10 : fraction)
    return cents <= maximum.cents ? cents : nil
  }

  /// Parses money as `init(parsing:)` does; nil when the text is not an amount.
  public init?(_ text: some StringProtocol) {
    guard let money = try? Money(parsing: text) else { return nil }
    self = money
  }

  /// Plain, for files, CSV and JSON: `12500.00`, `-500.00`.
  public var fileText: String {
    let (units, rest) = cents.magnitude.quotientAndRemainder(dividingBy: 100)
    let sign = cents < 0 ? "-" : ""
    return "\(sign)\(units).\(rest < 10 ? "0" : "")\(rest)"
  }

  /// For people, with thousands separators: `12,500.00`, `-500.00`.
  public var description: String {
    let (units, rest) = cents.magnitude.quotientAndRemainder(dividingBy: 100)
    let sign = cents < 0 ? "-" : ""
    return "\(sign)\(Grouping.grouped(String(units))).\(rest < 10 ? "0" : "")\(rest)"
  }

  /// Whether the amount is below zero.
  public var isNegative: Bool { cents < 0 }

  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

  public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }

  public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }

  public static prefix func - (amount: Money) -> Money { Money(cents: -amount.cents) }

  /// The sum, or nil when it is beyond what cents hold exactly.
  public func adding(_ other: Money) -> Money? {
    let (sum, overflow) = cents.addingReportingOverflow(other.cents)
    return overflow ? nil : Money(cents: sum)
  }

  public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }

  public static func -= (lhs: inout Money, rhs: Money) { lhs = lhs - rhs }

  /// The amount times an exact decimal, rounded to the cent half away from zero
  /// (half-up on the magnitude: 0.005 → 0.01, −0.005 → −0.01).
  public func multiplied(by factor: ExactDecimal) -> Money {
    let product = Int128(cents) * Int128(factor.units)
    return Money(cents: Int64(Rounding.divide(product, by: Rounding.power10(factor.scale))))
  }

  /// The amount times an exact decimal as `multiplied(by:)` rounds it, or nil when the
  /// product is beyond `Money.maximum`.
  public func multipliedWithinLimit(by factor: ExactDecimal) -> Money? {
    let product = Int128(cents) * Int128(factor.units)
    let cents = Rounding.divide(product, by: Rounding.power10(factor.scale))
    return Money(withinLimit: cents)
  }

  /// An amount of that many cents, or nil when it is beyond `Money.maximum`.
  public init?(withinLimit cents: Int128) {
    guard cents.magnitude <= UInt128(Self.maximum.cents) else { return nil }
    self.cents = Int64(cents)
  }

  /// The amount × numerator ÷ denominator, rounded to the cent half away from zero
  /// (earned premium: premium × days elapsed ÷ days in the term). The denominator must not be 0.
  public func scaled(by numerator: Int64, over denominator: Int64) -> Money {
    let product = Int128(cents) * Int128(numerator)
    return Money(cents: Int64(Rounding.divide(product, by: Int128(denominator))))
  }

  /// An exact decimal amount in dollars, rounded to the cent half away from zero.
  public init(rounding amount: ExactDecimal) {
    let cents = Int128(amount.units) * 100
    self.cents = Int64(Rounding.divide(cents, by: Rounding.power10(amount.scale)))
  }

  /// The amount in dollars as an exact decimal with two places.
  public var decimal: ExactDecimal { ExactDecimal(units: cents, scale: 2) }
}

extension Sequence where Element == Money {
  /// The total of a few amounts within `Money.maximum` (zero when there are none): the
  /// fields of one record, the rows of one audit. A column of a table uses `total()`.
  public func sum() -> Money {
    reduce(.zero, +)
  }

  /// The exact total (zero when there are none), or nil when it is beyond what cents hold.
  public func total() -> Money? {
    var sum = Money.zero
    for amount in self {
      guard let next = sum.adding(amount) else { return nil }
      sum = next
    }
    return sum
  }
}
