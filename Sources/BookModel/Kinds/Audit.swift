/// A premium audit of a policy term.
public struct Audit: Sendable, Equatable {
  public var id: String
  public var policy: String
  public var type: AuditType
  public var periodStart: Day
  public var periodEnd: Day
  public var requested: Day?
  public var due: Day?
  public var status: AuditStatus
  /// The experience modification factor (1 when absent).
  public var mod: ExactDecimal?
  public var dispute: String?
  public var revisionRequested: Day?
  public var notes: String?

  /// Decodes an audit record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .audit)
    id = try fields.text("id")
    policy = try fields.text("policy")
    type = try fields.word("type")
    periodStart = try fields.day("period_start")
    periodEnd = try fields.day("period_end")
    requested = try fields.optionalDay("requested")
    due = try fields.optionalDay("due")
    status = try fields.word("status")
    mod = try fields.optionalDecimal("mod")
    dispute = fields.optionalText("dispute")
    revisionRequested = try fields.optionalDay("revision_requested")
    notes = fields.optionalText("notes")
  }
}

extension Audit: KindRecord {
  public static var kind: KindID { .audit }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("policy", policy)
    fields.word("type", type)
    fields.day("period_start", periodStart)
    fields.day("period_end", periodEnd)
    fields.day("requested", requested)
    fields.day("due", due)
    fields.word("status", status)
    fields.decimal("mod", mod)
    fields.text("dispute", dispute)
    fields.day("revision_requested", revisionRequested)
    fields.text("notes", notes)
    return fields.record
  }
}
