/// One entry of the journal: a change to one record.
public struct Change: Sendable, Equatable {
  public var txn: String
  public var time: Timestamp
  public var day: Day
  public var user: String
  public var command: String?
  public var kind: String
  public var id: String
  public var operation: ChangeOperation
  public var undoes: String?
  public var before: String?
  public var after: String?

  /// Decodes a change record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .change)
    txn = try fields.text("txn")
    time = try fields.timestamp("time")
    day = try fields.day("day")
    user = try fields.text("user")
    command = fields.optionalText("command")
    kind = try fields.text("kind")
    id = try fields.text("id")
    operation = try fields.word("op")
    undoes = fields.optionalText("undoes")
    before = fields.optionalText("before")
    after = fields.optionalText("after")
  }
}

extension Change: KindRecord {
  public static var kind: KindID { .change }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("txn", txn)
    fields.timestamp("time", time)
    fields.day("day", day)
    fields.text("user", user)
    fields.text("command", command)
    fields.text("kind", kind)
    fields.text("id", id)
    fields.word("op", operation)
    fields.text("undoes", undoes)
    fields.text("before", before)
    fields.text("after", after)
    return fields.record
  }
}
