/// An account's premises or entity.
public struct Location: Sendable, Equatable {
  public var id: String
  public var account: String
  public var name: String
  public var entity: String?
  public var address: String?

  /// Decodes a location record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .location)
    id = try fields.text("id")
    account = try fields.text("account")
    name = try fields.text("name")
    entity = fields.optionalText("entity")
    address = fields.optionalText("address")
  }
}

extension Location: KindRecord {
  public static var kind: KindID { .location }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("account", account)
    fields.text("name", name)
    fields.text("entity", entity)
    fields.text("address", address)
    return fields.record
  }
}
