/// Insurance a holder's contract or lease requires.
public struct Requirement: Sendable, Equatable {
  public var id: String
  public var account: String
  public var holder: String
  public var source: String?
  public var line: Line
  public var limits: [String]
  public var additionalInsured: Bool?
  public var waiverOfSubrogation: Bool?
  public var primaryNonContributory: Bool?
  public var notes: String?

  /// Decodes a requirement record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .requirement)
    id = try fields.text("id")
    account = try fields.text("account")
    holder = try fields.text("holder")
    source = fields.optionalText("source")
    line = try fields.word("line")
    limits = fields.list("limit")
    additionalInsured = try fields.flag("ai")
    waiverOfSubrogation = try fields.flag("wos")
    primaryNonContributory = try fields.flag("pnc")
    notes = fields.optionalText("notes")
  }
}

extension Requirement: KindRecord {
  public static var kind: KindID { .requirement }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("account", account)
    fields.text("holder", holder)
    fields.text("source", source)
    fields.word("line", line)
    fields.list("limit", limits)
    fields.flag("ai", additionalInsured)
    fields.flag("wos", waiverOfSubrogation)
    fields.flag("pnc", primaryNonContributory)
    fields.text("notes", notes)
    return fields.record
  }
}
