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

  /// Runs a listing command with its rows gathered instead of printed (`ListedRows`): only
  /// queries are walked (nothing a listing runs can change the book), and only rows that keep
  /// their id.
  public static func gather(_ command: Command, in session: Session) throws(LanguageError)
    -> WalkList
  {
    let listed = try ListedRows.gather(command, in: session, for: .walk)
    return WalkList(kind: listed.kind, ids: listed.rows.map(\.id), source: command.source)
  }
}
