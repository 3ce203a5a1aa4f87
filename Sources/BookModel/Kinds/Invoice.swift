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
