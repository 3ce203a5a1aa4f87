import BookModel

extension Transaction {
  /// Gives a record a new key in place (same position in its file) and makes every reference
  /// to it follow, in every kind (the agency's `default_user` too; the journal keeps its
  /// history as written), all in this transaction. Returns the records whose references
  /// changed. Refuses (exit 1) when the record does not exist, the new key is taken, or it is
  /// not a word.
  ///
  /// A field that may name a record of any kind (`about`) follows when it holds the old key;
  /// keep keys unique across kinds so that such a value names one record.
  @discardableResult
  public mutating func rename(_ kind: KindID, from old: String, to new: String)
    throws(StoreError) -> [(kind: KindID, id: String)]
  {
    if let problem = renameProblem(kind, from: old, to: new) {
      throw .refused([problem.diagnostic])
    }
    guard let keyField = kind.spec.keyField, let current = record(kind, old) else { return [] }
    var renamed = current.record
    renamed.set(keyField, new)
    try update(kind, old, renamed)
    var followed: [(kind: KindID, id: String)] = []
    for other in DataDirectory.dataKinds {
      let spec = other.spec
      let fields = Set(
        spec.fields.filter { Self.mayRefer($0, to: kind) && $0.name != spec.keyField }.map(\.name))
      guard !fields.isEmpty else { continue }
      for view in records(other, mayReferTo: kind, old) {
        var record = view.record
        for index in record.fields.indices where fields.contains(record.fields[index].name) {
          record.fields[index].value = Self.replacing(
            old, with: new, in: record.fields[index].value)
        }
        guard record != view.record, let key = other.key(of: view) else { continue }
        try update(other, key, record)
        followed.append((other, key))
      }
    }
    return followed
  }

  private func renameProblem(_ kind: KindID, from old: String, to new: String) -> RenameProblem? {
    guard kind.spec.keyField != nil else { return .keyless(kind) }
    guard record(kind, old) != nil else { return .notFound(kind, old) }
    guard RecordValidator.isWord(new) else { return .notAWord(new) }
    guard new != old else { return nil }
    if record(kind, new) != nil { return .taken(kind, new) }
    return nil
  }
}

/// Why a rename is refused (the wording is in StoreMessages.swift).
enum RenameProblem {
  case keyless(KindID)
  case notFound(KindID, String)
  case notAWord(String)
  case taken(KindID, String)
}

extension Transaction {
  /// What refers to a record, as the transaction sees the book: `policy P-0001 (account)`,
  /// one per referring field. A delete of a referenced record is refused at commit (exit 1)
  /// listing the first ten of these.
  public func referrers(to kind: KindID, _ key: String) -> [String] {
    Validation.referrers(to: kind, key, in: self)
  }
}
