/// An insurance company the agency places business with.
public struct Carrier: Sendable, Equatable {
  public var id: String
  public var name: String
  public var naic: String?
  public var billing: Billing?
  public var appetite: String?

  /// Decodes a carrier record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .carrier)
    id = try fields.text("id")
    name = try fields.text("name")
    naic = fields.optionalText("naic")
    billing = try fields.optionalWord("billing")
    appetite = fields.optionalText("appetite")
  }
}

extension Carrier: KindRecord {
  public static var kind: KindID { .carrier }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("name", name)
    fields.text("naic", naic)
    fields.word("billing", billing)
    fields.text("appetite", appetite)
    return fields.record
  }
}
