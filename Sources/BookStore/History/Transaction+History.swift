import BookModel

extension Transaction {
  /// Sets every record a journaled transaction changed back to what it was before (an added
  /// record is deleted, a deleted one put back in its place, a set or renamed one set back),
  /// refusing with a conflict (exit 4) naming the first record that is no longer what that
  /// transaction left; on a refusal the transaction is unchanged.
  public mutating func revert(_ transaction: JournalTransaction) throws(StoreError) {
    var copy = self
    for entry in transaction.entries.reversed() {
      try copy.move(entry.kind, from: entry.after, to: entry.before, next: entry.next)
    }
    self = copy
  }

  /// Applies a journaled transaction's changes again (redo), refusing with a conflict (exit 4)
  /// when a record is no longer what it was before that transaction; on a refusal the
  /// transaction is unchanged.
  public mutating func reapply(_ transaction: JournalTransaction) throws(StoreError) {
    var copy = self
    for entry in transaction.entries {
      try copy.move(entry.kind, from: entry.before, to: entry.after, next: nil)
    }
    self = copy
  }

  /// Moves one record from `old` (which it must be now; nil: it must not exist) to `new`.
  private mutating func move(_ kind: KindID, from old: Record?, to new: Record?, next: String?)
    throws(StoreError)
  {
    let oldKey = old.flatMap { kind.key(of: $0) }
    let newKey = new.flatMap { kind.key(of: $0) }
    if let old, let oldKey {
      guard let current = record(kind, oldKey) else {
        throw .conflict(kind: kind, id: oldKey, reason: "it was deleted since")
      }
      guard current.record == old else {
        throw .conflict(kind: kind, id: oldKey, reason: "it was changed again since")
      }
    }
    if let newKey, newKey != oldKey, record(kind, newKey) != nil {
      throw .conflict(kind: kind, id: newKey, reason: "a record with that id was added since")
    }
    switch (oldKey, new) {
    case (let key?, let new?): try update(kind, key, new)
    case (let key?, nil): try delete(kind, key)
    case (nil, let new?): try restore(kind, new, before: next)
    case (nil, nil): break
    }
  }
}
