/// The wording of every violation BookModel reports, in one place.
extension Violation {
  /// A field name that breaks recutils' syntax.
  public static func invalidFieldName(_ name: String, occurrence: Int = 0) -> Violation {
    Violation(
      .fieldName, field: name, occurrence: occurrence, "invalid field name '\(name)'",
      hint: "a field name starts with a letter and holds only letters, digits and '_'")
  }

  /// A mandatory field that is absent.
  public static func missing(field: String) -> Violation {
    Violation(
      .mandatory, field: field, "missing mandatory field '\(field)'",
      hint: "add '\(field): …'")
  }

  /// A mandatory field written without a value.
  public static func emptyMandatory(field: String, occurrence: Int = 0) -> Violation {
    Violation(
      .mandatory, field: field, occurrence: occurrence, "mandatory field '\(field)' is empty",
      hint: "give it a value")
  }

  /// A typed field written without a value (recfix rejects it).
  public static func emptyTyped(field: String, occurrence: Int = 0) -> Violation {
    Violation(
      .type, field: field, occurrence: occurrence, "field '\(field)' is empty",
      hint: "give it a value, or remove the line to clear it")
  }

  /// A field that holds one value, written more than once.
  public static func repeated(field: String, occurrence: Int, count: Int) -> Violation {
    Violation(
      .repeated, field: field, occurrence: occurrence,
      "field '\(field)' appears \(count) times but holds one value",
      hint: "keep one '\(field)' line")
  }

  /// Text that is not an amount of money.
  public static func invalidMoney(
    field: String, occurrence: Int = 0, text: String, reason: String
  ) -> Violation {
    Violation(
      .type, field: field, occurrence: occurrence, "invalid amount '\(text)': \(reason)",
      hint: "write money as 12500.00")
  }

  /// An exposure whose premium (figure ÷ per × rate) is beyond the largest amount.
  public static func premiumBeyondLimit(field: String) -> Violation {
    Violation(
      .range, field: field,
      "the premium of this exposure (\(field) ÷ per × rate) is beyond \(Money.maximum)",
      hint: "check \(field), per and rate")
  }

  /// Text that is not a decimal number.
  public static func invalidNumber(
    field: String, occurrence: Int = 0, text: String, reason: String
  ) -> Violation {
    Violation(
      .type, field: field, occurrence: occurrence, "invalid number '\(text)': \(reason)",
      hint: "write numbers as 4.12 or 1800000")
  }

  /// Text that is not a whole number.
  public static func invalidInteger(
    field: String, occurrence: Int = 0, text: String, reason: String
  ) -> Violation {
    Violation(
      .type, field: field, occurrence: occurrence, "invalid whole number '\(text)': \(reason)",
      hint: "write a whole number such as 30")
  }

  /// Text that is not a day: "invalid date '2026-13-01': there is no month 13".
  public static func invalidDate(
    field: String, occurrence: Int = 0, text: String, reason: String
  ) -> Violation {
    Violation(.type, field: field, occurrence: occurrence, "invalid date '\(text)': \(reason)")
  }

  /// Text that is not a time stamp.
  public static func invalidTimestamp(
    field: String, occurrence: Int = 0, text: String, reason: String
  ) -> Violation {
    Violation(
      .type, field: field, occurrence: occurrence, "invalid time stamp '\(text)': \(reason)")
  }

  /// A word outside a closed set, with a did-you-mean when one is close.
  public static func invalidEnum(
    field: String, occurrence: Int = 0, text: String, allowed: [String]
  ) -> Violation {
    let noun = field.replacing("_", with: " ")
    let article = "aeiou".contains(noun.first ?? "x") ? "an" : "a"
    var message = "'\(text)' is not \(article) \(noun)"
    if let suggestion = Suggestion.closest(to: text, in: allowed) {
      message += "; did you mean '\(suggestion)'?"
    }
    return Violation(
      .enumeration, field: field, occurrence: occurrence, message,
      hint: "\(field) is one of: " + allowed.joined(separator: ", "))
  }

  /// A negative amount or figure where only zero or more makes sense.
  public static func negative(field: String, occurrence: Int = 0, text: String) -> Violation {
    Violation(
      .range, field: field, occurrence: occurrence, "\(field) must not be negative: \(text)",
      hint: field == "premium"
        ? "a return premium is an endorsement's negative premium_change" : nil)
  }

  /// A key that is not a word.
  public static func invalidID(field: String, text: String) -> Violation {
    Violation(
      .type, field: field, "'\(text)' is not a valid \(field)",
      hint: "use a word: letters, digits, '-', '_' or '.', starting with a letter or digit")
  }

  /// A value holding a control character (a CR from a Windows editor, say), which recutils
  /// tools read differently and book cannot write back.
  public static func controlCharacter(field: String, occurrence: Int = 0, _ scalar: Unicode.Scalar)
    -> Violation
  {
    let code = String(scalar.value, radix: 16, uppercase: true)
    let name =
      scalar == "\r"
      ? "a carriage return (CR, U+000D)"
      : "a control character (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code))"
    return Violation(
      .type, field: field, occurrence: occurrence, "the value holds \(name)",
      hint: "remove it (an editor may show a CR as ^M)")
  }

  /// A line ending in CR LF: the file was saved with Windows line endings.
  public static func windowsLineEnding(field: String, occurrence: Int = 0) -> Violation {
    Violation(
      .type, field: field, occurrence: occurrence,
      "the line ends in CR LF (a Windows line ending)",
      hint: "save the file with LF line endings; recutils reads the CR as part of the value")
  }

  /// An id with a character outside ASCII, which may look like another id's.
  public static func nonASCIIID(field: String, text: String, scalar: Unicode.Scalar)
    -> Violation
  {
    let code = String(scalar.value, radix: 16, uppercase: true)
    let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
    return Violation(
      .type, field: field,
      "'\(text)' is not a valid \(field): '\(scalar)' (U+\(padded)) is not an ASCII letter or digit",
      hint: "ids use ASCII letters, digits, '-', '_' and '.', so no id can pass for another")
  }

  /// A day that must come strictly after another: "expiration 2026-01-01 must be after …".
  public static func notAfter(
    field: String, day: Day, other: String, otherDay: Day
  ) -> Violation {
    Violation(
      .business, field: field, "\(field) \(day.iso) must be after \(other) \(otherDay.iso)",
      hint: "check both days")
  }

  /// A day that must not come before another: "due 2026-01-01 must not be before created …".
  public static func before(
    field: String, day: Day, other: String, otherDay: Day
  ) -> Violation {
    Violation(
      .business, field: field,
      "\(field) \(day.iso) must not be before \(other) \(otherDay.iso)", hint: "check both days")
  }

  /// A day outside a term: "cancelled 2027-03-01 is outside the term 2026-01-15 to 2027-01-15".
  public static func outsideTerm(field: String, day: Day, from start: Day, to end: Day)
    -> Violation
  {
    Violation(
      .business, field: field,
      "\(field) \(day.iso) is outside the term \(start.iso) to \(end.iso)",
      hint: "a \(field) day falls within the term")
  }

  /// A record that needs one of several fields: "a contact needs a carrier or an account".
  public static func needsOneOf(_ fields: [String], kind: String) -> Violation {
    let names = fields.map { "'\($0)'" }.joined(separator: " or ")
    return Violation(
      .business, field: fields.first, "a \(kind) needs \(names)",
      hint: "add " + fields.map { "'\($0): …'" }.joined(separator: " or "))
  }

  /// A field only allowed in some states: "'outcome' is only for a done delegation".
  public static func onlyWhen(field: String, kind: String, states: [String], status: String)
    -> Violation
  {
    let list = states.joined(separator: " or ")
    return Violation(
      .business, field: field,
      "'\(field)' is only for \(list) \(kind)s; this one is \(status)",
      hint: "remove '\(field)' or change the status")
  }

  /// A field required in some state: "a disputed audit needs 'dispute'".
  public static func requiredWhen(field: String, kind: String, status: String) -> Violation {
    Violation(
      .business, field: field, "a \(status) \(kind) needs '\(field)'",
      hint: "add '\(field): …'")
  }

  /// An id in a list field that the record does not otherwise name.
  public static func notListed(field: String, id: String, list: String) -> Violation {
    Violation(
      .business, field: field, "'\(field)' names \(id), which is not a \(list) of this record",
      hint: "add '\(list): \(id)' or remove \(id) from '\(field)'")
  }

  /// A reference to a record that does not exist: "no carrier 'TRAVX'".
  public static func dangling(field: String, occurrence: Int = 0, kind: KindID, id: String)
    -> Violation
  {
    Violation(
      .reference, field: field, occurrence: occurrence, "no \(kind.spec.singular) '\(id)'",
      hint: "see: \(kind.spec.plural)")
  }

  /// A reference to any record that does not exist.
  public static func danglingAny(field: String, occurrence: Int = 0, id: String) -> Violation {
    Violation(.reference, field: field, occurrence: occurrence, "no record with id '\(id)'")
  }
}
