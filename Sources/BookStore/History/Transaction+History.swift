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
    for entry in transaction.entries {
      try copy.requireNoReferrers(entry.kind, leaving: entry.after, for: entry.before)
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
    for entry in transaction.entries {
      try copy.requireNoReferrers(entry.kind, leaving: entry.before, for: entry.after)
    }
    self = copy
  }

  /// Refuses (exit 4) to move a record off a key that something else came to refer to since
  /// (undoing a rename after a policy was added on the new id): the reference would dangle.
  private func requireNoReferrers(_ kind: KindID, leaving old: Record?, for new: Record?)
    throws(StoreError)
  {
    guard let old, let new, let oldKey = kind.key(of: old), let newKey = kind.key(of: new),
      oldKey != newKey
    else { return }
    let found = Validation.referrers(to: kind, oldKey, in: self)
    guard let first = found.first else { return }
    let more = found.count > 1 ? " (and \(found.count - 1) more)" : ""
    throw .conflict(
      kind: kind, id: oldKey,
      reason:
        "\(first)\(more) refers to it since; moving it to \(newKey) would leave that dangling")
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
