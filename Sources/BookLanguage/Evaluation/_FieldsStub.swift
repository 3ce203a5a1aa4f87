// TEMPORARY: replaced by the fields branch.
import BookModel
import BookStore

public struct FieldInfo: Sendable, Equatable {
  public let name: String
  public let type: ValueType
  public let repeats: Bool
  public let derived: Bool
  public let summary: String
  public let allowedValues: [String]?
  public let reference: KindID?
}
public enum FieldCatalog {
  public static func fields(of kind: KindID) -> [FieldInfo] { [] }
  public static func field(_ name: String, of kind: KindID) -> FieldInfo? { nil }
  public static func listColumns(of kind: KindID) -> [String] { [] }
}
public enum FieldError: Error, Equatable {
  case unknown
  public var message: String { "" }
  public var notes: [String] { [] }
}
public final class FieldResolver {
  public init(_ source: Transaction, today: Day) {}
  public func resolve(_ path: [String], from kind: KindID) throws(FieldError) -> FieldInfo {
    throw .unknown
  }
  public func values(_ path: [String], of record: RecordView, kind: KindID) throws(FieldError)
    -> [Value]
  { [] }
  public func value(_ path: [String], of record: RecordView, kind: KindID) throws(FieldError)
    -> Value
  { .empty }
  public func account(of record: RecordView, kind: KindID) -> String? { nil }
  public func related(to record: RecordView, kind: KindID) -> [(kind: KindID, records: [RecordView])] { [] }
}
