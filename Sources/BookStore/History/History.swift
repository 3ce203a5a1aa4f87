import BookModel

/// One changed record of a journaled transaction.
public struct JournalEntry: Sendable, Equatable {
  public var kind: KindID
  public var id: String
  public var op: PendingChange.Operation
  public var before: Record?
  public var after: Record?
  /// For a deleted record, the key of the record that followed it (where undo puts it back).
  public var next: String?
}

/// A transaction as the journal holds it.
public struct JournalTransaction: Sendable, Equatable {
  public var txn: String
  public var time: String
  public var day: Day
  public var user: String
  public var command: String
  public var undoes: String?
  public var redoes: String?
  public var entries: [JournalEntry]

  /// An ordinary change (neither an undo nor a redo).
  public var isOrdinary: Bool { undoes == nil && redoes == nil }
}

/// Every journaled transaction of every person, in commit order: by time, and in journal
/// order within the same second (a person's journal is append-only).
///
/// Undo and redo work as a stack per person: `undo` reverts the person's most recent live
/// transaction (an ordinary one or a redo, not undone since); `redo` re-applies the most
/// recent undo not yet redone, as long as no ordinary change of the person came after it.
public struct History: Sendable {
  public var transactions: [JournalTransaction]

  public init(_ transactions: [JournalTransaction]) {
    self.transactions = transactions.enumerated().sorted {
      ($0.element.time, $0.offset) < ($1.element.time, $1.offset)
    }.map(\.element)
  }

  /// The transaction `undo` would revert for this person.
  public func lastUndoable(user: String) -> JournalTransaction? {
    let mine = transactions.filter { $0.user == user }
    let undone = Set(mine.compactMap(\.undoes))
    for transaction in mine.reversed() where transaction.undoes == nil {
      if !undone.contains(transaction.txn) { return transaction }
    }
    return nil
  }

  /// The undo `redo` would re-apply for this person (its `undoes` names the original).
  public func lastRedoable(user: String) -> JournalTransaction? {
    let mine = transactions.filter { $0.user == user }
    let redone = Set(mine.compactMap(\.redoes))
    for transaction in mine.reversed() {
      if transaction.isOrdinary { return nil }
      if transaction.undoes != nil && !redone.contains(transaction.txn) { return transaction }
    }
    return nil
  }

  /// The transaction with that id.
  public func transaction(_ txn: String) -> JournalTransaction? {
    transactions.first { $0.txn == txn }
  }
}
