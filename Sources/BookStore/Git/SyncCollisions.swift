import BookModel

/// Ids both sides assigned since they parted: ours are renumbered before the merge so that
/// no two records share an id (DESIGN.md: "renumbers new ids that collide").
struct SyncCollisions {
  /// One id to give up: the kind, our id and the one it becomes.
  struct Renumbering: Equatable {
    var kind: KindID
    var from: String
    var to: String
  }

  /// Our new ids that upstream added too (with other content), and the ids they take: past
  /// the highest of either side.
  static func renumberings(
    base: (KindID) -> [UInt8]?, ours: (KindID) -> [UInt8]?, theirs: (KindID) -> [UInt8]?
  ) -> [Renumbering] {
    var out: [Renumbering] = []
    for kind in DataDirectory.dataKinds {
      guard let prefix = kind.spec.idPrefix, let keyField = kind.spec.keyField else { continue }
      let before = records(base(kind), keyField)
      let mine = records(ours(kind), keyField)
      let other = records(theirs(kind), keyField)
      var highest = (Array(mine.keys) + Array(other.keys)).compactMap(IDNumber.number).max() ?? 0
      let clashing = mine.keys.filter { key in
        before[key] == nil && other[key] != nil && other[key] != mine[key]
      }
      for key in clashing.sorted() {
        highest += 1
        out.append(
          Renumbering(kind: kind, from: key, to: IDNumber.make(prefix: prefix, number: highest)))
      }
    }
    return out
  }

  /// A file's records by key (empty when the file is absent or unreadable).
  private static func records(_ bytes: [UInt8]?, _ keyField: String) -> [String: Record] {
    guard let bytes, let file = try? RecParser.parse(name: "", bytes: bytes) else { return [:] }
    var out: [String: Record] = [:]
    for index in 0..<file.records.count {
      let record = file.record(index)
      if let key = record.value(keyField) { out[key] = record.record }
    }
    return out
  }
}
