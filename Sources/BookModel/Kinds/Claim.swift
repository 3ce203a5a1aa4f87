/// A loss reported against a policy.
public struct Claim: Sendable, Equatable {
  public var id: String
  public var policy: String
  public var number: String?
  public var line: Line?
  public var occurred: Day
  public var reported: Day?
  public var description: String?
  public var status: ClaimStatus
  /// Loss paid.
  public var paid: Money?
  /// Expense paid.
  public var expense: Money?
  public var reserve: Money?
  public var recovered: Money?

  /// Decodes a claim record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .claim)
    id = try fields.text("id")
    policy = try fields.text("policy")
    number = fields.optionalText("number")
    line = try fields.optionalWord("line")
    occurred = try fields.day("occurred")
    reported = try fields.optionalDay("reported")
    description = fields.optionalText("description")
    status = try fields.word("status")
    paid = try fields.optionalMoney("paid")
    expense = try fields.optionalMoney("expense")
    reserve = try fields.optionalMoney("reserve")
    recovered = try fields.optionalMoney("recovered")
  }

  /// Incurred = paid + expense + reserve (absent amounts count as zero).
  public var incurred: Money {
    [paid, expense, reserve].compactMap { $0 }.sum()
  }
}

extension Claim: KindRecord {
  public static var kind: KindID { .claim }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("policy", policy)
    fields.text("number", number)
    fields.word("line", line)
    fields.day("occurred", occurred)
    fields.day("reported", reported)
    fields.text("description", description)
    fields.word("status", status)
    fields.money("paid", paid)
    fields.money("expense", expense)
    fields.money("reserve", reserve)
    fields.money("recovered", recovered)
    return fields.record
  }
}
