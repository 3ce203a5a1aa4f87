/// A certificate of insurance (ACORD 25) issued to a holder.
public struct Certificate: Sendable, Equatable {
  public var id: String
  public var account: String
  public var holder: String
  public var holderAddress: String?
  /// The policies listed, at least one.
  public var policies: [String]
  /// Policies shown with ADDL INSD.
  public var additionalInsured: [String]
  /// Policies shown with SUBR WVD.
  public var waiverOfSubrogation: [String]
  /// Policies shown primary and non-contributory.
  public var primaryNonContributory: [String]
  public var description: String?
  public var issued: Day
  public var status: CertificateStatus
  public var replaces: String?

  /// Decodes a certificate record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .certificate)
    id = try fields.text("id")
    account = try fields.text("account")
    holder = try fields.text("holder")
    holderAddress = fields.optionalText("holder_address")
    policies = fields.list("policy")
    guard !policies.isEmpty else { throw .missing(field: "policy") }
    additionalInsured = Certificate.ids(fields.optionalText("ai"))
    waiverOfSubrogation = Certificate.ids(fields.optionalText("wos"))
    primaryNonContributory = Certificate.ids(fields.optionalText("pnc"))
    description = fields.optionalText("description")
    issued = try fields.day("issued")
    status = try fields.word("status")
    replaces = fields.optionalText("replaces")
  }

  /// The ids of a comma-separated list (`P-0001, P-0002`).
  public static func ids(_ text: String?) -> [String] {
    (text ?? "").split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
  }
}

extension Certificate: KindRecord {
  public static var kind: KindID { .certificate }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("account", account)
    fields.text("holder", holder)
    fields.text("holder_address", holderAddress)
    fields.list("policy", policies)
    fields.ids("ai", additionalInsured)
    fields.ids("wos", waiverOfSubrogation)
    fields.ids("pnc", primaryNonContributory)
    fields.text("description", description)
    fields.day("issued", issued)
    fields.word("status", status)
    fields.text("replaces", replaces)
    return fields.record
  }
}
