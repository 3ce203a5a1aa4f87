import BookModel

/// A transaction as the journal holds it: the Change records that share a `txn`.
public struct JournalTransaction: Sendable, Equatable {
  /// The transaction id.
  public var txn: String
  /// The real local time of the commit, `YYYY-MM-DD HH:MM:SS`.
  public var time: String
  /// The book's day of the commit.
  public var day: Day
  /// Who committed.
  public var user: String
  /// The command text: the one command that made every change, or the first of several
  /// and how many more (each entry names its own).
  public var command: String
  /// The transaction this one undoes, if it is an undo.
  public var undoes: String?
  /// The undo this one redoes, if it is a redo.
  public var redoes: String?
  /// Every changed record, in the order the journal lists them.
  public var entries: [JournalEntry]

  /// An ordinary change (neither an undo nor a redo).
  public var isOrdinary: Bool { undoes == nil && redoes == nil }

  /// The commands that made the entries (one a line in each), as one line: the first, and how
  /// many others there were (`stdin:1: set … (and 999 more)`).
  static func command(of entries: [JournalEntry]) -> String {
    var seen: Set<Substring> = []
    var first: Substring?
    for entry in entries {
      for line in entry.command.split(separator: "\n") where seen.insert(line).inserted {
        if first == nil { first = line }
      }
    }
    guard let first else { return "" }
    return seen.count == 1 ? String(first) : "\(first) (and \(seen.count - 1) more)"
  }
}
