import BookModel

extension Transaction {
  /// Sets every record a journaled transaction changed back to what it was before, refusing
  /// (exit 4) when a record is no longer what that transaction left.
  public mutating func revert(_ transaction: JournalTransaction) throws(StoreError) {
    for entry in transaction.entries.reversed() {
      try move(entry.kind, from: entry.after, to: entry.before, next: entry.next)
    }
  }

  /// Applies a journaled transaction's changes again (redo), refusing (exit 4) when a record
  /// is no longer what it was before that transaction.
  public mutating func reapply(_ transaction: JournalTransaction) throws(StoreError) {
    for entry in transaction.entries {
      try move(entry.kind, from: entry.before, to: entry.after, next: nil)
    }
  }

  private mutating func move(_ kind: KindID, from old: Record?, to new: Record?, next: String?)
    throws(StoreError)
  {
    let keyField = kind.spec.keyField
    let oldKey = old?.key(keyField)
    let newKey = new?.key(keyField)
    let reference = oldKey ?? newKey ?? "?"
    let current = oldKey.flatMap { record(kind, $0) }
    if let old {
      guard let current, current.record == old else {
        throw .conflict(
          kind: kind, id: reference,
          reason: current == nil ? "it was deleted since" : "it was changed again since")
      }
    } else if let newKey, record(kind, newKey) != nil {
      throw .conflict(kind: kind, id: newKey, reason: "a record with that id exists again")
    }
    switch (oldKey, new) {
    case (let key?, let new?): try update(kind, key, new)
    case (let key?, nil): try delete(kind, key)
    case (nil, let new?): try restore(kind, new, before: next)
    case (nil, nil): break
    }
  }

  /// Gives a record a new key in place and makes every reference to it follow, in every
  /// kind; returns the records whose references changed.
  @discardableResult
  public mutating func rename(_ kind: KindID, from old: String, to new: String)
    throws(StoreError) -> [(kind: KindID, id: String)]
  {
    guard let keyField = kind.spec.keyField, let current = record(kind, old) else {
      throw .refused([
        Diagnostic(
          "no \(kind.spec.singular) \(old)", notes: ["List them: \(kind.spec.plural)"])
      ])
    }
    guard Self.isWord(new) else {
      throw .refused([
        Diagnostic(
          "'\(new)' cannot be an id: use letters, digits, '-', '_', '.' or '/', starting with a letter or digit"
        )
      ])
    }
    var renamed = current.record
    renamed.set(keyField, new)
    try update(kind, old, renamed)
    var followed: [(kind: KindID, id: String)] = []
    for other in DataDirectory.dataKinds where other.spec.keyField != nil {
      let spec = other.spec
      let fields = spec.fields.filter { Self.mayRefer($0, to: kind) && $0.name != spec.keyField }
      guard !fields.isEmpty else { continue }
      for view in records(other) {
        var record = view.record
        for index in record.fields.indices
        where fields.contains(where: { $0.name == record.fields[index].name }) {
          record.fields[index].value = Self.replacing(
            old, with: new, in: record.fields[index].value)
        }
        guard record != view.record else { continue }
        let key = spec.keyField.flatMap { view.value($0) } ?? ""
        try update(other, key, record)
        followed.append((other, key))
      }
    }
    return followed
  }

  static func isWord(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first,
      first.properties.isAlphabetic || ("0"..."9").contains(first)
    else { return false }
    return text.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_./".unicodeScalars.contains($0)
    }
  }
}
