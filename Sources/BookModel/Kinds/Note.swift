/// An entry of the activity log people write.
public struct Note: Sendable, Equatable {
  public var id: String
  public var about: String
  public var by: String
  public var at: Timestamp
  public var text: String

  /// Decodes a note record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .note)
    id = try fields.text("id")
    about = try fields.text("about")
    by = try fields.text("by")
    at = try fields.timestamp("at")
    text = try fields.text("text")
  }
}

extension Note: KindRecord {
  public static var kind: KindID { .note }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("about", about)
    fields.text("by", by)
    fields.timestamp("at", at)
    fields.text("text", text)
    return fields.record
  }
}
