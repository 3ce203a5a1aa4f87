/// A quote requested from or given by a carrier.
public struct Quote: Sendable, Equatable {
  public var id: String
  public var account: String
  public var line: Line
  public var carrier: String
  public var premium: Money?
  public var taxes: Money?
  public var fees: Money?
  public var effective: Day?
  public var limits: [String]
  public var forms: [String]
  public var status: QuoteStatus
  public var notes: String?

  /// Decodes a quote record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .quote)
    id = try fields.text("id")
    account = try fields.text("account")
    line = try fields.word("line")
    carrier = try fields.text("carrier")
    premium = try fields.optionalMoney("premium")
    taxes = try fields.optionalMoney("taxes")
    fees = try fields.optionalMoney("fees")
    effective = try fields.optionalDay("effective")
    limits = fields.list("limit")
    forms = fields.list("form")
    status = try fields.word("status")
    notes = fields.optionalText("notes")
  }
}

extension Quote: KindRecord {
  public static var kind: KindID { .quote }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("account", account)
    fields.word("line", line)
    fields.text("carrier", carrier)
    fields.money("premium", premium)
    fields.money("taxes", taxes)
    fields.money("fees", fees)
    fields.day("effective", effective)
    fields.list("limit", limits)
    fields.list("form", forms)
    fields.word("status", status)
    fields.text("notes", notes)
    return fields.record
  }
}
