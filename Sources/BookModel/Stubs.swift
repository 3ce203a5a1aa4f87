// Temporary stand-ins until the model branch lands; removed at merge.
public struct Day: Sendable, Hashable, Comparable {
  public let iso: String
  public init?(iso: String) { self.iso = iso }
  public static func < (a: Day, b: Day) -> Bool { a.iso < b.iso }
}

public enum RecordValidator {
  public static func validate(_ record: some FieldReader, as kind: KindSpec) -> [Violation] { [] }
  public static func validateReferences(
    _ record: some FieldReader, as kind: KindSpec, exists: (KindID, String) -> Bool,
    anyExists: (String) -> Bool
  ) -> [Violation] { [] }
}
