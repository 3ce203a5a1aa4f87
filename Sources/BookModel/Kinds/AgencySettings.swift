/// The agency's name and settings (the one record of agency.rec).
public struct AgencySettings: Sendable, Equatable {
  public var name: String
  public var producerCode: String?
  public var xlistDays: Int?
  public var auditDueDays: Int?
  public var defaultUser: String?
  public var today: Day?

  /// Decodes an agency record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .agency)
    name = try fields.text("name")
    producerCode = fields.optionalText("producer_code")
    xlistDays = try fields.optionalInt("xlist_days")
    auditDueDays = try fields.optionalInt("audit_due_days")
    defaultUser = fields.optionalText("default_user")
    today = try fields.optionalDay("today")
  }
}

extension AgencySettings: KindRecord {
  public static var kind: KindID { .agency }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("name", name)
    fields.text("producer_code", producerCode)
    fields.int("xlist_days", xlistDays)
    fields.int("audit_due_days", auditDueDays)
    fields.text("default_user", defaultUser)
    fields.day("today", today)
    return fields.record
  }
}
