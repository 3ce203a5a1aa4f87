import BookModel

/// One field of a kind as the language sees it: stored or derived.
public struct FieldInfo: Sendable, Equatable {
  /// The field's name, lower-case as in the schema (`premium`, `in_force`).
  public let name: String
  /// money/decimal/int/day for those field types; text for text, time stamps, enumerations and
  /// references; bool for derived booleans.
  public let type: ValueType
  /// May hold several values (`limit`, a certificate's `policy`).
  public let repeats: Bool
  /// Computed from the book, never stored; cannot be set.
  public let derived: Bool
  /// One line for `help KIND`.
  public let summary: String
  /// The values an enumeration allows, else nil.
  public let allowedValues: [String]?
  /// The kind a reference field points to (nil for `about`, which may name any kind).
  public let reference: KindID?

  /// A field from its parts.
  public init(
    name: String, type: ValueType, repeats: Bool = false, derived: Bool = false,
    summary: String = "", allowedValues: [String]? = nil, reference: KindID? = nil
  ) {
    self.name = name
    self.type = type
    self.repeats = repeats
    self.derived = derived
    self.summary = summary
    self.allowedValues = allowedValues
    self.reference = reference
  }

  /// The language's view of a stored field.
  public init(_ spec: FieldSpec) {
    var reference: KindID?
    if case .reference(let kind) = spec.type { reference = kind }
    self.init(
      name: spec.name, type: FieldInfo.valueType(of: spec.type), repeats: spec.repeats,
      summary: spec.summary, allowedValues: spec.type.allowedValues, reference: reference)
  }

  /// The language type of values of a schema field type.
  public static func valueType(of type: FieldType) -> ValueType {
    switch type {
    case .money: return .money
    case .decimal: return .decimal
    case .int: return .int
    case .date: return .day
    case .text, .timestamp, .enumeration, .reference, .anyReference: return .text
    }
  }
}
