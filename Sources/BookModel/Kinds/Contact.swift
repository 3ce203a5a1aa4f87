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

extension Contact: KindRecord {
  public static var kind: KindID { .contact }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("name", name)
    fields.text("carrier", carrier)
    fields.text("account", account)
    fields.word("role", role)
    fields.text("email", email)
    fields.text("phone", phone)
    return fields.record
  }
}
