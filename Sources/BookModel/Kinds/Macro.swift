/// A saved command shared by the team.
public struct Macro: Sendable, Equatable {
  public var name: String
  public var command: String
  public var description: String?

  /// Decodes a macro record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .macro)
    name = try fields.text("name")
    command = try fields.text("command")
    description = fields.optionalText("description")
  }
}

extension Macro: KindRecord {
  public static var kind: KindID { .macro }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("name", name)
    fields.text("command", command)
    fields.text("description", description)
    return fields.record
  }
}
