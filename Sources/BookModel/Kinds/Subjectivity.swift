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
