/// One field of a kind: its name, type, and whether it is required or may repeat.
public struct FieldSpec: Sendable, Equatable {
  public let name: String
  public let type: FieldType
  /// Required and non-empty in every record (`%mandatory`).
  public let mandatory: Bool
  /// May appear more than once in a record (`limit`, `form`, `policy`).
  public let repeats: Bool
  /// One line for `help KIND`.
  public let summary: String

  public init(
    _ name: String, _ type: FieldType = .text, mandatory: Bool = false, repeats: Bool = false,
    _ summary: String = ""
  ) {
    self.name = name
    self.type = type
    self.mandatory = mandatory
    self.repeats = repeats
    self.summary = summary
  }

  /// A text field with a summary.
  public init(_ name: String, _ summary: String) {
    self.init(name, .text, summary)
  }
}
