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
