import BookModel

/// Every journaled transaction of every person, in commit order, and what undo and redo
/// would act on.
///
/// Commit order: by time; within the same second, by person, then in journal order (a
/// person's journal is append-only, so its order is the order that person committed in; a
/// clock set back never reorders one person's transactions). Transaction ids are
/// `TIME-USER-RANDOM`, so this is time-then-id order except that the random part never
/// decides.
///
/// Undo and redo are two stacks per person, replayed from that person's journal:
/// - an ordinary transaction is pushed on the done stack and empties the redo stack (a new
///   change after an undo ends what redo can re-apply);
/// - an undo (`undoes: T`) takes T off the done stack and pushes the undo on the redo stack;
/// - a redo (`redoes: U`) takes U off the redo stack and pushes the redo on the done stack:
///   the redo is now the live transaction carrying T's changes, so the next undo reverts it.
///
/// So `undo; undo` reverts the last two transactions, `redo` re-applies the most recently
/// undone one, and `undo; redo; undo` ends as after the first undo. Other people's
/// transactions never touch your stacks; a record they changed since makes undo refuse.
public struct History: Sendable {
  /// Every transaction, in commit order.
  public var transactions: [JournalTransaction]

  /// A history of transactions already in commit order.
  public init(_ transactions: [JournalTransaction]) {
    self.transactions = transactions
  }

  /// The transaction `undo` would revert for this person: the top of their done stack.
  public func lastUndoable(user: String) -> JournalTransaction? {
    stacks(user: user).done.last
  }

  /// The undo `redo` would re-apply for this person (its `undoes` names the transaction to
  /// re-apply): the top of their redo stack.
  public func lastRedoable(user: String) -> JournalTransaction? {
    stacks(user: user).undone.last
  }

  /// The transaction with that id.
  public func transaction(_ txn: String) -> JournalTransaction? {
    transactions.first { $0.txn == txn }
  }

  /// A person's done and redo stacks, replayed from their transactions.
  func stacks(user: String) -> (done: [JournalTransaction], undone: [JournalTransaction]) {
    var done: [JournalTransaction] = []
    var undone: [JournalTransaction] = []
    for transaction in transactions where transaction.user == user {
      if let target = transaction.undoes {
        done.removeAll { $0.txn == target }
        undone.append(transaction)
      } else if let undo = transaction.redoes {
        undone.removeAll { $0.txn == undo }
        done.append(transaction)
      } else {
        done.append(transaction)
        undone.removeAll()
      }
    }
    return (done, undone)
  }
}
