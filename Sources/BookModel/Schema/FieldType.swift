/// What a field holds, which decides how it is parsed, validated and written.
public enum FieldType: Sendable, Equatable {
  /// Free text (may span several lines).
  case text
  /// Exact money, written plain in files (`12500.00`); `%type: real`.
  case money
  /// An exact decimal that is not money: a rate, a mod, an exposure figure; `%type: real`.
  case decimal
  /// A whole number; `%type: int`.
  case int
  /// A calendar day, ISO in files; `%type: date`.
  case date
  /// A local time stamp `YYYY-MM-DD HH:MM` (notes, journal).
  case timestamp
  /// One of a closed set of words; `%type: NAME enum …`.
  case enumeration([String])
  /// The id of a record of the given kind.
  case reference(KindID)
  /// The id of a record of any kind that has ids.
  case anyReference

  /// The recutils `%type:` declaration for a field of this type, if any.
  public func recType(field: String) -> String? {
    switch self {
    case .money, .decimal: return "\(field) real"
    case .int: return "\(field) int"
    case .date: return "\(field) date"
    case .enumeration(let values): return "\(field) enum " + values.joined(separator: " ")
    case .text, .timestamp, .reference, .anyReference: return nil
    }
  }

  /// The allowed values of an enumeration, else nil.
  public var allowedValues: [String]? {
    if case .enumeration(let values) = self { return values }
    return nil
  }
}
