/// Reads typed values from a record for the kind structs; the first bad value throws the same
/// violation `RecordValidator` reports for it.
public struct FieldDecoder<Reader: FieldReader> {
  public let reader: Reader
  public let kind: KindSpec

  public init(_ reader: Reader, as kind: KindID) {
    self.reader = reader
    self.kind = kind.spec
  }

  /// A mandatory text field.
  public func text(_ name: String) throws(Violation) -> String {
    guard let value = reader.value(name) else { throw .missing(field: name) }
    guard !value.isEmpty else { throw .emptyMandatory(field: name) }
    return value
  }

  /// An optional text field (nil when absent or empty).
  public func optionalText(_ name: String) -> String? {
    reader.nonEmpty(name)
  }

  /// Every non-empty value of a repeating field.
  public func list(_ name: String) -> [String] {
    reader.values(name).filter { !$0.isEmpty }
  }

  /// A mandatory money field.
  public func money(_ name: String) throws(Violation) -> Money {
    try parseMoney(name, try text(name))
  }

  /// An optional money field.
  public func optionalMoney(_ name: String) throws(Violation) -> Money? {
    guard let value = optionalText(name) else { return nil }
    return try parseMoney(name, value)
  }

  /// A mandatory decimal field.
  public func decimal(_ name: String) throws(Violation) -> ExactDecimal {
    try parseDecimal(name, try text(name))
  }

  /// An optional decimal field.
  public func optionalDecimal(_ name: String) throws(Violation) -> ExactDecimal? {
    guard let value = optionalText(name) else { return nil }
    return try parseDecimal(name, value)
  }

  /// An optional whole-number field.
  public func optionalInt(_ name: String) throws(Violation) -> Int? {
    guard let value = optionalText(name) else { return nil }
    guard let number = Int(value) else {
      throw .invalidInteger(field: name, text: value, reason: NumberError.notWhole.reason)
    }
    return number
  }

  /// A mandatory day field.
  public func day(_ name: String) throws(Violation) -> Day {
    try parseDay(name, try text(name))
  }

  /// An optional day field.
  public func optionalDay(_ name: String) throws(Violation) -> Day? {
    guard let value = optionalText(name) else { return nil }
    return try parseDay(name, value)
  }

  /// A mandatory time stamp field.
  public func timestamp(_ name: String) throws(Violation) -> Timestamp {
    let value = try text(name)
    do { return try Timestamp(parsing: value) } catch {
      throw .invalidTimestamp(field: name, text: value, reason: error.reason)
    }
  }

  /// A mandatory enumeration field.
  public func word<E: RawRepresentable>(_ name: String, as type: E.Type = E.self)
    throws(Violation) -> E where E.RawValue == String
  {
    try parseWord(name, try text(name))
  }

  /// An optional enumeration field.
  public func optionalWord<E: RawRepresentable>(_ name: String, as type: E.Type = E.self)
    throws(Violation) -> E? where E.RawValue == String
  {
    guard let value = optionalText(name) else { return nil }
    return try parseWord(name, value) as E
  }

  /// An optional `yes`/`no` field as a Bool.
  public func flag(_ name: String) throws(Violation) -> Bool? {
    try optionalWord(name, as: YesNo.self).map { $0 == .yes }
  }

  private func parseMoney(_ name: String, _ value: String) throws(Violation) -> Money {
    do { return try Money(parsing: value) } catch {
      throw .invalidMoney(field: name, text: value, reason: error.reason)
    }
  }

  private func parseDecimal(_ name: String, _ value: String) throws(Violation) -> ExactDecimal {
    do { return try ExactDecimal(parsing: value) } catch {
      throw .invalidNumber(field: name, text: value, reason: error.reason)
    }
  }

  private func parseDay(_ name: String, _ value: String) throws(Violation) -> Day {
    do { return try Day(parsingISO: value) } catch {
      throw .invalidDate(field: name, text: value, reason: error.reason)
    }
  }

  private func parseWord<E: RawRepresentable>(_ name: String, _ value: String) throws(Violation)
    -> E where E.RawValue == String
  {
    guard let word = E(rawValue: value) else {
      throw .invalidEnum(
        field: name, text: value, allowed: kind.field(name)?.type.allowedValues ?? [])
    }
    return word
  }
}
