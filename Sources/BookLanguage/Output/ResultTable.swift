/// Rows of typed cells under named columns: what a query, an aggregate or a listing produces,
/// before it is rendered in one of the output formats.
public struct ResultTable: Sendable, Equatable {
  public struct Column: Sendable, Equatable {
    public var name: String
    public var type: ValueType

    public init(_ name: String, _ type: ValueType = .text) {
      self.name = name
      self.type = type
    }
  }

  public var columns: [Column]
  public var rows: [[Value]]
  /// Whether money columns get a total row (in `table`, `md` and `html` only).
  public var totals: Bool

  public init(columns: [Column], rows: [[Value]] = [], totals: Bool = true) {
    self.columns = columns
    self.rows = rows
    self.totals = totals
  }
}
