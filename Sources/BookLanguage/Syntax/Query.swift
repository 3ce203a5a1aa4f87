import BookModel

/// `[count] KIND [where COND] [sort FIELD [desc], …] [limit N] [fields FIELD, …]
/// [sum|avg|min|max FIELD | count] [by FIELD, …] [as FORMAT] [into FILE] [as of DAY]`.
public struct Query: Sendable, Equatable {
  public struct SortKey: Sendable, Equatable {
    public var field: FieldRef
    public var descending: Bool

    public init(field: FieldRef, descending: Bool) {
      self.field = field
      self.descending = descending
    }
  }

  public enum Function: String, Sendable, CaseIterable {
    case count, sum, avg, min, max
  }

  public struct Aggregate: Sendable, Equatable {
    public var function: Function
    /// The field summed, averaged…; nil for `count`.
    public var field: FieldRef?
    public var range: SourceRange

    public init(function: Function, field: FieldRef?, range: SourceRange) {
      self.function = function
      self.field = field
      self.range = range
    }
  }

  public var kind: KindID
  public var kindRange: SourceRange
  public var condition: Condition?
  public var sort: [SortKey] = []
  public var limit: Int?
  public var fields: [FieldRef] = []
  public var aggregate: Aggregate?
  /// The fields an aggregate is grouped by: one row per combination of their values.
  public var by: [FieldRef] = []
  public var format: OutputFormat?
  /// The file to write the result to.
  public var into: ValueNode?
  /// `as of DAY`: the book as it was at the end of that day.
  public var asOf: ValueNode?

  public init(kind: KindID, kindRange: SourceRange) {
    self.kind = kind
    self.kindRange = kindRange
  }
}
