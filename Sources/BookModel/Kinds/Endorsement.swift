/// A change to a policy mid-term; it applies once issued.
public struct Endorsement: Sendable, Equatable {
  public var id: String
  public var policy: String
  public var effective: Day
  public var description: String
  public var premiumChange: Money?
  public var limits: [String]
  public var forms: [String]
  public var removedForms: [String]
  public var additionalInsured: AdditionalInsured?
  public var waiverOfSubrogation: Bool?
  public var primaryNonContributory: Bool?
  public var status: EndorsementStatus
  public var requested: Day?
  public var issued: Day?

  /// Decodes an endorsement record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .endorsement)
    id = try fields.text("id")
    policy = try fields.text("policy")
    effective = try fields.day("effective")
    description = try fields.text("description")
    premiumChange = try fields.optionalMoney("premium_change")
    limits = fields.list("limit")
    forms = fields.list("form")
    removedForms = fields.list("remove_form")
    additionalInsured = try fields.optionalWord("ai")
    waiverOfSubrogation = try fields.flag("wos")
    primaryNonContributory = try fields.flag("pnc")
    status = try fields.word("status")
    requested = try fields.optionalDay("requested")
    issued = try fields.optionalDay("issued")
  }
}

extension Endorsement: KindRecord {
  public static var kind: KindID { .endorsement }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("policy", policy)
    fields.day("effective", effective)
    fields.text("description", description)
    fields.money("premium_change", premiumChange)
    fields.list("limit", limits)
    fields.list("form", forms)
    fields.list("remove_form", removedForms)
    fields.word("ai", additionalInsured)
    fields.flag("wos", waiverOfSubrogation)
    fields.flag("pnc", primaryNonContributory)
    fields.word("status", status)
    fields.day("requested", requested)
    fields.day("issued", issued)
    return fields.record
  }
}
