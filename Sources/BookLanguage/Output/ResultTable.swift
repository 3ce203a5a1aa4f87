/// Rows of typed cells under named columns: what a query, an aggregate or a listing produces,
/// before it is rendered in one of the output formats.
public struct ResultTable: Sendable, Equatable {
  public struct Column: Sendable, Equatable {
    public var name: String
    public var type: ValueType
    /// Whether a money column is added up in the total row: a kind's own money is, money
    /// reached through a path (one policy's premium on each of its allocations), competing
    /// quotes and averages are not.
    public var totalled: Bool

    public init(_ name: String, _ type: ValueType = .text, totalled: Bool = true) {
      self.name = name
      self.type = type
      self.totalled = totalled
    }

    /// Whether the total row adds this column up.
    public var isTotalled: Bool { type == .money && totalled }
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
