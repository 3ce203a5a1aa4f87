/// A condition of a binding the insured must meet.
public struct Subjectivity: Sendable, Equatable {
  public var id: String
  public var policy: String
  public var text: String
  public var due: Day
  public var status: SubjectivityStatus
  public var received: Day?

  /// Decodes a subjectivity record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .subjectivity)
    id = try fields.text("id")
    policy = try fields.text("policy")
    text = try fields.text("text")
    due = try fields.day("due")
    status = try fields.word("status")
    received = try fields.optionalDay("received")
  }
}

extension Subjectivity: KindRecord {
  public static var kind: KindID { .subjectivity }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("policy", policy)
    fields.text("text", text)
    fields.day("due", due)
    fields.word("status", status)
    fields.day("received", received)
    return fields.record
  }
}
