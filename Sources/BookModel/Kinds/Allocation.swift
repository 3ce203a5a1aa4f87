/// A location's share of a policy's exposure.
public struct Allocation: Sendable, Equatable {
  public var id: String
  public var policy: String
  public var location: String
  public var exposure: ExactDecimal

  public init(id: String, policy: String, location: String, exposure: ExactDecimal) {
    self.id = id
    self.policy = policy
    self.location = location
    self.exposure = exposure
  }

  /// Decodes an allocation record; throws the first violation.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .allocation)
    id = try fields.text("id")
    policy = try fields.text("policy")
    location = try fields.text("location")
    exposure = try fields.decimal("exposure")
  }
}

extension Allocation: KindRecord {
  public static var kind: KindID { .allocation }

  /// The record with this value's fields written into it (see `FieldEncoder`).
  public func record(updating base: Record) -> Record {
    var fields = FieldEncoder(base)
    fields.text("id", id)
    fields.text("policy", policy)
    fields.text("location", location)
    fields.decimal("exposure", exposure)
    return fields.record
  }
}
