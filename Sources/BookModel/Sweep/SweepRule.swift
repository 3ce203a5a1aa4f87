/// One rule of the E&O sweep: a name, a heading, and what it finds in the book.
public struct SweepRule: Sendable {
  /// A short stable name (`lapsed-certificates`), for `sweep as json`.
  public let name: String
  /// The heading its findings are grouped under.
  public let title: String
  /// Its findings, in the book's order.
  public let find: @Sendable (SweepContext) -> [SweepFinding]

  public init(
    _ name: String, title: String, find: @escaping @Sendable (SweepContext) -> [SweepFinding]
  ) {
    self.name = name
    self.title = title
    self.find = find
  }
}
