/// Checks one record against its kind: field names, mandatory fields, repeats, typed values,
/// and the business rules that hold within a record. References are checked separately.
public enum RecordValidator {
  /// Every violation of the record, in field order, then missing fields, then business rules.
  public static func validate(_ record: some FieldReader, as kind: KindSpec) -> [Violation] {
    var violations: [Violation] = []
    let fields = record.fieldList
    for (index, field) in fields.enumerated() {
      let occurrence = Self.occurrence(index, in: fields)
      guard Field.isValidName(field.name) else {
        violations.append(.invalidFieldName(field.name, occurrence: occurrence))
        continue
      }
      if field.value.utf8.contains(where: isControlByte),
        let control = field.value.unicodeScalars.firstIndex(where: isControl)
      {
        let scalars = field.value.unicodeScalars
        let next = scalars.index(after: control)
        // A CR before a line end: the file was saved with Windows line endings.
        let lineEnd =
          scalars[control] == "\r" && (next == scalars.endIndex || scalars[next] == "\n")
        violations.append(
          lineEnd
            ? .windowsLineEnding(field: field.name, occurrence: occurrence)
            : .controlCharacter(field: field.name, occurrence: occurrence, scalars[control]))
      }
      guard let spec = kind.field(field.name) else { continue }
      if occurrence == 1, !spec.repeats {
        let count = fields.count { $0.name == field.name }
        violations.append(.repeated(field: field.name, occurrence: occurrence, count: count))
      }
      if let violation = check(field.value, of: spec, occurrence: occurrence, in: kind) {
        violations.append(violation)
      }
    }
    for name in kind.mandatoryFields where !fields.contains(where: { $0.name == name }) {
      violations.append(.missing(field: name))
    }
    violations += BusinessRules.check(record, as: kind.kind)
    return violations
  }

  /// Every reference of the record that does not resolve. `exists(kind, id)` answers for a
  /// reference to one kind, `anyExists(id)` for a reference to a record of any kind.
  public static func validateReferences(
    _ record: some FieldReader, as kind: KindSpec, exists: (KindID, String) -> Bool,
    anyExists: (String) -> Bool
  ) -> [Violation] {
    var violations: [Violation] = []
    let fields = record.fieldList
    for (index, field) in fields.enumerated() {
      guard !field.value.isEmpty, let spec = kind.field(field.name) else { continue }
      switch spec.type {
      case .reference(let target) where !exists(target, field.value):
        violations.append(
          .dangling(
            field: field.name, occurrence: Self.occurrence(index, in: fields), kind: target,
            id: field.value))
      case .anyReference where !anyExists(field.value):
        violations.append(
          .danglingAny(
            field: field.name, occurrence: Self.occurrence(index, in: fields), id: field.value))
      default:
        break
      }
    }
    return violations
  }

  /// How many fields before `index` have its name (0 for the first occurrence). A walk, not a
  /// dictionary: records hold a dozen fields, and validation runs for every record written.
  static func occurrence(_ index: Int, in fields: [Field]) -> Int {
    let name = fields[index].name
    var count = 0
    for earlier in 0..<index where fields[earlier].name == name { count += 1 }
    return count
  }

  /// The violation of one value of a declared field, if any.
  static func check(_ value: String, of spec: FieldSpec, occurrence: Int, in kind: KindSpec)
    -> Violation?
  {
    let name = spec.name
    guard !value.isEmpty else {
      if spec.mandatory { return .emptyMandatory(field: name, occurrence: occurrence) }
      if case .text = spec.type { return nil }
      return .emptyTyped(field: name, occurrence: occurrence)
    }
    switch spec.type {
    case .text:
      if name == kind.keyField { return idViolation(value, field: name) }
    case .money:
      do {
        let money = try Money(parsing: value)
        if money.isNegative, name != "premium_change" {
          return .negative(field: name, occurrence: occurrence, text: value)
        }
      } catch {
        return .invalidMoney(field: name, occurrence: occurrence, text: value, reason: error.reason)
      }
    case .decimal:
      do {
        if try ExactDecimal(parsing: value).isNegative {
          return .negative(field: name, occurrence: occurrence, text: value)
        }
      } catch {
        return .invalidNumber(
          field: name, occurrence: occurrence, text: value, reason: error.reason)
      }
    case .int:
      do throws(NumberError) {
        let number = try ExactDecimal(parsing: value)
        if number.scale > 0 { throw NumberError.notWhole }
        if number.isNegative { return .negative(field: name, occurrence: occurrence, text: value) }
      } catch {
        return .invalidInteger(
          field: name, occurrence: occurrence, text: value, reason: error.reason)
      }
    case .date:
      do { _ = try Day(parsingISO: value) } catch {
        return .invalidDate(field: name, occurrence: occurrence, text: value, reason: error.reason)
      }
    case .timestamp:
      do { _ = try Timestamp(parsing: value) } catch {
        return .invalidTimestamp(
          field: name, occurrence: occurrence, text: value, reason: error.reason)
      }
    case .enumeration(let allowed) where !allowed.contains(value):
      return .invalidEnum(field: name, occurrence: occurrence, text: value, allowed: allowed)
    case .enumeration, .reference, .anyReference:
      break
    }
    return nil
  }

  /// A control character no rec value may hold (the printer refuses it): all but tab and the
  /// newline of a continued value.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || scalar.value == 0x7F
  }

  /// Whether a UTF-8 byte is a control character `isControl` refuses (those are ASCII, so a
  /// byte test finds them without decoding scalars).
  static func isControlByte(_ byte: UInt8) -> Bool {
    (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F
  }

  /// Why a text cannot be an id, if it cannot: ids are words of ASCII letters and digits, so
  /// that a look-alike (`АCME` with a Cyrillic А, a fullwidth `ＡＣＭＥ`) is never a second
  /// `ACME`.
  public static func idViolation(_ text: String, field: String = "id") -> Violation? {
    guard isWord(text) else { return .invalidID(field: field, text: text) }
    guard let foreign = text.unicodeScalars.first(where: { !$0.isASCII }) else { return nil }
    return .nonASCIIID(field: field, text: text, scalar: foreign)
  }

  /// Whether a text is a word of the language (an id): a letter or digit, then letters,
  /// digits, `-`, `_`, `.`, `/`.
  public static func isWord(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, isAlphanumeric(first) else { return false }
    return text.unicodeScalars.allSatisfy {
      isAlphanumeric($0) || "-_./".unicodeScalars.contains($0)
    }
  }

  private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        || (value >= 0x30 && value <= 0x39)
    }
    return scalar.properties.isAlphabetic
  }
}
