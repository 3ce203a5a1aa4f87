/// A saved command shared by the team.
public struct Macro: Sendable, Equatable {
  public var name: String
  public var command: String
  public var description: String?

  /// Decodes a macro record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .macro)
    name = try fields.text("name")
    command = try fields.text("command")
    description = fields.optionalText("description")
  }
}
