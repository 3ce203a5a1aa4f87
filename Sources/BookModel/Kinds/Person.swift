/// A member of the agency's team.
public struct Person: Sendable, Equatable {
  public var id: String
  public var name: String
  public var role: PersonRole
  public var email: String?

  /// Decodes a person record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .person)
    id = try fields.text("id")
    name = try fields.text("name")
    role = try fields.word("role")
    email = fields.optionalText("email")
  }
}
