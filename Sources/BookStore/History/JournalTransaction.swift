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
  /// The command text.
  public var command: String
  /// The transaction this one undoes, if it is an undo.
  public var undoes: String?
  /// The undo this one redoes, if it is a redo.
  public var redoes: String?
  /// Every changed record, in the order the journal lists them.
  public var entries: [JournalEntry]

  /// An ordinary change (neither an undo nor a redo).
  public var isOrdinary: Bool { undoes == nil && redoes == nil }
}
