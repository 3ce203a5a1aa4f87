/// A policy term: one record per term, renewals linked by `prior`.
public struct Policy: Sendable, Equatable {
  public var id: String
  public var account: String
  public var line: Line
  public var carrier: String
  public var number: String?
  public var effective: Day
  public var expiration: Day
  public var premium: Money
  public var status: PolicyStatus
  public var billing: Billing?
  public var taxes: Money?
  public var fees: Money?
  public var cancelled: Day?
  public var cancelReason: String?
  public var prior: String?
  public var stage: RenewalStage?
  public var auditable: Bool?
  public var limits: [String]
  public var forms: [String]
  public var additionalInsured: AdditionalInsured?
  public var waiverOfSubrogation: Bool?
  public var primaryNonContributory: Bool?
  public var verified: Day?
  public var notes: String?

  /// Decodes a policy record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .policy)
    id = try fields.text("id")
    account = try fields.text("account")
    line = try fields.word("line")
    carrier = try fields.text("carrier")
    number = fields.optionalText("number")
    effective = try fields.day("effective")
    expiration = try fields.day("expiration")
    premium = try fields.money("premium")
    status = try fields.word("status")
    billing = try fields.optionalWord("billing")
    taxes = try fields.optionalMoney("taxes")
    fees = try fields.optionalMoney("fees")
    cancelled = try fields.optionalDay("cancelled")
    cancelReason = fields.optionalText("cancel_reason")
    prior = fields.optionalText("prior")
    stage = try fields.optionalWord("stage")
    auditable = try fields.flag("auditable")
    limits = fields.list("limit")
    forms = fields.list("form")
    additionalInsured = try fields.optionalWord("ai")
    waiverOfSubrogation = try fields.flag("wos")
    primaryNonContributory = try fields.flag("pnc")
    verified = try fields.optionalDay("verified")
    notes = fields.optionalText("notes")
  }
}

extension Policy: KindRecord {
  public static var kind: KindID { .policy }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("account", account)
    fields.word("line", line)
    fields.text("carrier", carrier)
    fields.text("number", number)
    fields.day("effective", effective)
    fields.day("expiration", expiration)
    fields.money("premium", premium)
    fields.word("status", status)
    fields.word("billing", billing)
    fields.money("taxes", taxes)
    fields.money("fees", fees)
    fields.day("cancelled", cancelled)
    fields.text("cancel_reason", cancelReason)
    fields.text("prior", prior)
    fields.word("stage", stage)
    fields.flag("auditable", auditable)
    fields.list("limit", limits)
    fields.list("form", forms)
    fields.word("ai", additionalInsured)
    fields.flag("wos", waiverOfSubrogation)
    fields.flag("pnc", primaryNonContributory)
    fields.day("verified", verified)
    fields.text("notes", notes)
    return fields.record
  }
}
