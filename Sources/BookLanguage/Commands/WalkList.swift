import BookModel
import BookStore

/// The records a `walk` goes through: the rows of a query or of the X list, by id, in the
/// order listed.
public struct WalkList: Sendable, Equatable {
  /// The kind of the records listed.
  public var kind: KindID
  /// Their ids, in the order the listing gave them.
  public var ids: [String]
  /// The listing walked, as typed (`xlist 60d`), for the walk's header.
  public var source: String

  public init(kind: KindID, ids: [String], source: String) {
    self.kind = kind
    self.ids = ids
    self.source = source
  }

  /// Runs a listing command with its rows gathered instead of printed. Only queries are
  /// walked (nothing a listing runs can change the book), and only rows that keep their id.
  public static func gather(_ command: Command, in session: Session) throws(LanguageError)
    -> WalkList
  {
    guard let spec = session.registry.command(named: command.name), spec.group == .queries
    else {
      throw .refused(.walkNotQuery(command.name), at: command.range)
    }
    var gathered: (table: ResultTable, kind: KindID)?
    let outer = session.tableCollector
    session.tableCollector = { table, kind in gathered = (table, kind) }
    defer { session.tableCollector = outer }
    try session.execute(command)
    guard let (table, kind) = gathered else {
      throw .refused(.walkNoRecords(command.source), at: command.range)
    }
    guard let column = table.columns.firstIndex(where: { $0.name == "id" }) else {
      throw .refused(.walkNoID(command.source), at: command.range)
    }
    let ids: [String] = table.rows.compactMap { row in
      guard case .text(let id) = row[column], !id.isEmpty else { return nil }
      return id
    }
    return WalkList(kind: kind, ids: ids, source: command.source)
  }
}
