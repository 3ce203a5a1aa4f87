/// An agency-billed invoice.
public struct Invoice: Sendable, Equatable {
  public var id: String
  public var account: String
  public var policy: String?
  public var description: String?
  public var amount: Money
  public var issued: Day
  public var due: Day
  public var paid: Day?

  /// Decodes an invoice record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .invoice)
    id = try fields.text("id")
    account = try fields.text("account")
    policy = fields.optionalText("policy")
    description = fields.optionalText("description")
    amount = try fields.money("amount")
    issued = try fields.day("issued")
    due = try fields.day("due")
    paid = try fields.optionalDay("paid")
  }
}

extension Invoice: KindRecord {
  public static var kind: KindID { .invoice }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("account", account)
    fields.text("policy", policy)
    fields.text("description", description)
    fields.money("amount", amount)
    fields.day("issued", issued)
    fields.day("due", due)
    fields.day("paid", paid)
    return fields.record
  }
}
