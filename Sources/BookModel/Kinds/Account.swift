/// An insured client or prospect.
public struct Account: Sendable, Equatable {
  public var id: String
  public var name: String
  public var dba: String?
  public var industry: String?
  public var address: String?
  public var producer: String?
  public var manager: String?
  public var advocate: String?
  public var status: AccountStatus
  public var since: Day?
  public var notes: String?

  /// Decodes an account record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .account)
    id = try fields.text("id")
    name = try fields.text("name")
    dba = fields.optionalText("dba")
    industry = fields.optionalText("industry")
    address = fields.optionalText("address")
    producer = fields.optionalText("producer")
    manager = fields.optionalText("manager")
    advocate = fields.optionalText("advocate")
    status = try fields.word("status")
    since = try fields.optionalDay("since")
    notes = fields.optionalText("notes")
  }
}

extension Account: KindRecord {
  public static var kind: KindID { .account }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("name", name)
    fields.text("dba", dba)
    fields.text("industry", industry)
    fields.text("address", address)
    fields.text("producer", producer)
    fields.text("manager", manager)
    fields.text("advocate", advocate)
    fields.word("status", status)
    fields.day("since", since)
    fields.text("notes", notes)
    return fields.record
  }
}
