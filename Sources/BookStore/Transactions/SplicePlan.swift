import BookModel

/// Where each change of one kind goes in its file: set and deleted records by their index,
/// records put back by undo before the record that followed them, new records at the end.
///
/// Records put back together (undo of a transaction that deleted neighbours) chain: one whose
/// follower is also being put back goes just before it, so the run comes back in its order.
/// When the follower is gone, the record goes at the end.
struct SplicePlan {
  var edits: [Int: FileSplicer.Edit] = [:]
  var insertions: [Int: [Record]] = [:]
  var additions: [Record] = []

  init(_ snapshot: Snapshot, _ kind: KindID, _ changes: [PendingChange]) {
    let mine = changes.filter { $0.kind == kind }
    var added: [PendingChange] = []
    for change in mine {
      let index = change.key.flatMap { snapshot.record(kind, $0)?.index }
      switch change.operation {
      case .add: added.append(change)
      case .set: if let index, let after = change.after { edits[index] = .replace(after) }
      case .delete: if let index { edits[index] = .delete }
      }
    }
    guard !added.isEmpty else { return }
    let addedKeys = Set(added.map(\.id))
    // The added records that go just before each key (nil: the end of the file).
    var before: [String?: [PendingChange]] = [:]
    for change in added {
      before[change.insertBefore, default: []].append(change)
    }
    var placed: Set<String> = []
    func run(before key: String?) -> [Record] {
      var out: [Record] = []
      for change in before[key] ?? [] where !placed.contains(change.id) {
        placed.insert(change.id)
        out += run(before: change.id)
        if let after = change.after { out.append(after) }
      }
      return out
    }
    for key in before.keys.compactMap({ $0 }).sorted() where !addedKeys.contains(key) {
      guard let index = Self.index(of: key, snapshot, kind, mine) else { continue }
      if case .delete? = edits[index] { continue }
      do {
        insertions[index, default: []] += run(before: key)
      }
    }
    additions = run(before: nil)
    // Whatever found no place (its follower is gone) goes at the end, in the order added.
    for change in added where !placed.contains(change.id) {
      additions += run(before: change.id)
      if let after = change.after { additions.append(after) }
      placed.insert(change.id)
    }
  }

  /// The index in the file of the record with that key, or of the record this transaction
  /// renames to it.
  private static func index(
    of key: String, _ snapshot: Snapshot, _ kind: KindID, _ changes: [PendingChange]
  ) -> Int? {
    if let record = snapshot.record(kind, key) { return record.index }
    guard let renamed = changes.first(where: { $0.id == key && $0.after != nil }),
      let old = renamed.key
    else { return nil }
    return snapshot.record(kind, old)?.index
  }
}
