/// A kind's typed struct: decoded from a record and encoded back into one.
public protocol KindRecord: Sendable, Equatable {
  /// The kind it is a record of.
  static var kind: KindID { get }
  /// Decodes a record; throws the first violation.
  init(_ reader: some FieldReader) throws(Violation)
  /// The record with this value's fields written into it (see `FieldEncoder`): fields the kind
  /// does not know and the order of the others kept.
  func record(updating base: Record) -> Record
}

extension KindRecord {
  /// The value as a new record, its fields in the order the kind lists them.
  public var record: Record { record(updating: Record()) }
}
