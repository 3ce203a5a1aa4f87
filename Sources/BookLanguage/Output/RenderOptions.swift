/// How a result is to be written: the format, whether a header row is wanted, and the
/// terminal's width when the result goes to a terminal.
public struct RenderOptions: Sendable, Equatable {
  /// The output format (`as FORMAT`, `--format`, or the extension after `into`).
  public var format: OutputFormat = .table
  /// Whether tables start with a header row (`--no-header` turns it off; md always has one).
  public var header: Bool = true
  /// The terminal's columns; nil when the output is not a terminal, and nothing is ever cut.
  public var width: Int? = nil

  /// Options for one result.
  public init(format: OutputFormat = .table, header: Bool = true, width: Int? = nil) {
    self.format = format
    self.header = header
    self.width = width
  }
}
