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

extension Person: KindRecord {
  public static var kind: KindID { .person }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("name", name)
    fields.word("role", role)
    fields.text("email", email)
    return fields.record
  }
}
