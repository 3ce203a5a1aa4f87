/// A person at a carrier or an insured.
public struct Contact: Sendable, Equatable {
  public var id: String
  public var name: String
  public var carrier: String?
  public var account: String?
  public var role: ContactRole?
  public var email: String?
  public var phone: String?

  /// Decodes a contact record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .contact)
    id = try fields.text("id")
    name = try fields.text("name")
    carrier = fields.optionalText("carrier")
    account = fields.optionalText("account")
    role = try fields.optionalWord("role")
    email = fields.optionalText("email")
    phone = fields.optionalText("phone")
  }
}
