/// A task a team member hands to another (the agency-system "suspense").
public struct Delegation: Sendable, Equatable {
  public var id: String
  public var from: String
  public var to: String
  public var about: String?
  public var task: String
  public var action: DelegationAction?
  public var priority: Priority
  public var created: Day
  public var due: Day
  public var status: DelegationStatus
  public var outcome: Outcome?
  public var closed: Day?
  public var every: Recurrence?
  public var notes: String?

  /// Decodes a delegation record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .delegation)
    id = try fields.text("id")
    from = try fields.text("from")
    to = try fields.text("to")
    about = fields.optionalText("about")
    task = try fields.text("task")
    action = try fields.optionalWord("action")
    priority = try fields.word("priority")
    created = try fields.day("created")
    due = try fields.day("due")
    status = try fields.word("status")
    outcome = try fields.optionalWord("outcome")
    closed = try fields.optionalDay("closed")
    every = try fields.optionalWord("every")
    notes = fields.optionalText("notes")
  }
}

extension Delegation: KindRecord {
  public static var kind: KindID { .delegation }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("from", from)
    fields.text("to", to)
    fields.text("about", about)
    fields.text("task", task)
    fields.word("action", action)
    fields.word("priority", priority)
    fields.day("created", created)
    fields.day("due", due)
    fields.word("status", status)
    fields.word("outcome", outcome)
    fields.day("closed", closed)
    fields.word("every", every)
    fields.text("notes", notes)
    return fields.record
  }
}
