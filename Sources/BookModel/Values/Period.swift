/// A calendar length such as `90d`, `2w`, `1m` or `5y` (`within 90d`, `lossrun 5y`).
public struct Period: Sendable, Hashable, CustomStringConvertible {
  /// The unit of a period.
  public enum Unit: String, Sendable, CaseIterable {
    case days = "d"
    case weeks = "w"
    case months = "m"
    case years = "y"
  }

  /// How many units (may be negative).
  public var count: Int
  public var unit: Unit

  public init(_ count: Int, _ unit: Unit) {
    self.count = count
    self.unit = unit
  }

  /// Parses `90d`, `2w`, `1m`, `5y`; a bare number means days (`14`).
  public init(parsing text: some StringProtocol) throws(DayError) {
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty else { throw .empty }
    let digits = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    guard !digits.isEmpty, digits.count <= 6, let count = Day.number(digits) else {
      throw .expression
    }
    let rest = String(decoding: bytes.dropFirst(digits.count), as: UTF8.self)
    guard rest.isEmpty || Unit(rawValue: rest) != nil else { throw .unknownUnit(rest) }
    self.init(count, Unit(rawValue: rest) ?? .days)
  }

  /// Parses as `init(parsing:)` does; nil otherwise.
  public init?(_ text: some StringProtocol) {
    guard let period = try? Period(parsing: text) else { return nil }
    self = period
  }

  /// `90d`, `2w`, `1m`, `5y`.
  public var description: String { "\(count)\(unit.rawValue)" }

  /// The same length the other way.
  public static prefix func - (period: Period) -> Period { Period(-period.count, period.unit) }
}

extension Day {
  /// The day a period later (earlier for a negative period); months clamp to the month's end.
  public func adding(_ period: Period) -> Day {
    switch period.unit {
    case .days: return adding(days: period.count)
    case .weeks: return adding(days: period.count * 7)
    case .months: return adding(months: period.count)
    case .years: return adding(years: period.count)
    }
  }

  /// The day a period earlier.
  public func subtracting(_ period: Period) -> Day {
    adding(-period)
  }
}
