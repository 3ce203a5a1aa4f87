import BookModel

/// One changed record of a journaled transaction, as one `Change` record of a journal holds it.
public struct JournalEntry: Sendable, Equatable {
  /// The transaction id (`20261123T093000-jkim-1f2e3d4c`).
  public var txn: String
  /// The real local time of the commit, `YYYY-MM-DD HH:MM:SS`.
  public var time: String
  /// The book's day of the commit.
  public var day: Day
  /// Who committed.
  public var user: String
  /// The commands that made this change, one a line (`stdin:12: set …` in a script).
  public var command: String
  /// The kind of the record.
  public var kind: KindID
  /// The record's key after the change (for a deletion, the key it had).
  public var id: String
  /// Whether the record was added, set (renamed included) or deleted.
  public var op: PendingChange.Operation
  /// The record before the change (nil for an add).
  public var before: Record?
  /// The record after the change (nil for a delete).
  public var after: Record?
  /// The transaction this one undoes, if it is an undo.
  public var undoes: String?
  /// The undo this one redoes, if it is a redo.
  public var redoes: String?
  /// For a deleted record, the key of the record that followed it (where undo puts it back).
  public var next: String?
}
