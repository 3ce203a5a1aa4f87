/// One rating row of an audit: a class, its exposure estimated and audited, and its rate.
public struct Exposure: Sendable, Equatable {
  public var id: String
  public var audit: String
  public var classCode: String?
  public var description: String?
  public var basis: ExposureBasis
  public var per: ExposurePer
  public var estimated: ExactDecimal
  public var audited: ExactDecimal?
  public var rate: ExactDecimal

  /// A row built from values (tests, `audit open`).
  public init(
    id: String, audit: String, classCode: String? = nil, description: String? = nil,
    basis: ExposureBasis, per: ExposurePer, estimated: ExactDecimal,
    audited: ExactDecimal? = nil, rate: ExactDecimal
  ) {
    self.id = id
    self.audit = audit
    self.classCode = classCode
    self.description = description
    self.basis = basis
    self.per = per
    self.estimated = estimated
    self.audited = audited
    self.rate = rate
  }

  /// Decodes an exposure record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .exposure)
    id = try fields.text("id")
    audit = try fields.text("audit")
    classCode = fields.optionalText("class")
    description = fields.optionalText("description")
    basis = try fields.word("basis")
    per = try fields.word("per")
    estimated = try fields.decimal("estimated")
    audited = try fields.optionalDecimal("audited")
    rate = try fields.decimal("rate")
  }
}

extension Exposure: KindRecord {
  public static var kind: KindID { .exposure }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("audit", audit)
    fields.text("class", classCode)
    fields.text("description", description)
    fields.word("basis", basis)
    fields.word("per", per)
    fields.decimal("estimated", estimated)
    fields.decimal("audited", audited)
    fields.decimal("rate", rate)
    return fields.record
  }
}
