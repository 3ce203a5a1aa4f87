/// Temporary evidence of coverage until the policy is issued.
public struct Binder: Sendable, Equatable {
  public var id: String
  public var account: String
  public var line: Line
  public var carrier: String
  public var effective: Day
  public var expires: Day
  public var premium: Money?
  public var policy: String?
  public var status: BinderStatus

  /// Decodes a binder record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .binder)
    id = try fields.text("id")
    account = try fields.text("account")
    line = try fields.word("line")
    carrier = try fields.text("carrier")
    effective = try fields.day("effective")
    expires = try fields.day("expires")
    premium = try fields.optionalMoney("premium")
    policy = fields.optionalText("policy")
    status = try fields.word("status")
  }
}

extension Binder: KindRecord {
  public static var kind: KindID { .binder }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("account", account)
    fields.word("line", line)
    fields.text("carrier", carrier)
    fields.day("effective", effective)
    fields.day("expires", expires)
    fields.money("premium", premium)
    fields.text("policy", policy)
    fields.word("status", status)
    return fields.record
  }
}
