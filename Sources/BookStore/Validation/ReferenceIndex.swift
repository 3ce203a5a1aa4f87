import BookModel

/// Which records of a snapshot refer to each key of one kind: every field that may hold its
/// ids (a reference, `about`, a certificate's policy list), read once, so that checking a
/// deletion looks its key up instead of reading the whole book.
struct ReferenceIndex: Sendable {
  /// A record that refers to the key: its kind, its index in its file, and which of its
  /// kind's referring fields (`ReferenceIndex.fields`) holds the key.
  struct Referrer: Sendable, Equatable {
    var kind: KindID
    var index: Int
    var field: Int
  }

  /// Referrers by the key they hold, in kind, file and field order.
  private(set) var referrers: [String: [Referrer]] = [:]

  init(_ snapshot: Snapshot, target: KindID) {
    for kind in DataDirectory.dataKinds {
      let fields = Self.fields(of: kind, referringTo: target)
      guard !fields.isEmpty else { continue }
      let file = snapshot.file(kind)
      for index in 0..<file.records.count {
        let record = file.record(index)
        for (order, field) in fields.enumerated() {
          var keys: Set<String> = []
          for value in record.values(field.name) {
            keys.formUnion(Self.keys(in: value))
          }
          for key in keys {
            referrers[key, default: []].append(Referrer(kind: kind, index: index, field: order))
          }
        }
      }
    }
  }

  /// The fields of a kind that may hold ids of the target kind, in the kind's order.
  static func fields(of kind: KindID, referringTo target: KindID) -> [FieldSpec] {
    kind.spec.fields.filter { Transaction.mayRefer($0, to: target) }
  }

  /// The keys a value refers to: itself, and when it is a comma-separated list, each item.
  static func keys(in value: String) -> [String] {
    guard value.contains(",") else { return [value] }
    return [value]
      + value.split(separator: ",", omittingEmptySubsequences: false).map {
        String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
      }
  }

  /// Whether a value refers to the key (is it, or lists it).
  static func refers(_ value: String, to key: String) -> Bool {
    value == key || (value.contains(",") && keys(in: value).contains(key))
  }
}

extension Transaction {
  /// The records of a kind that may refer to a key of another, in `records(kind)` order: the
  /// base's that do (from its reference index) and that the transaction leaves as read, and
  /// every record the transaction changed or added (which the caller reads).
  func records(_ kind: KindID, mayReferTo target: KindID, _ key: String) -> [RecordView] {
    let file = base.file(kind)
    var found: [(position: Int, record: RecordView)] = []
    var last = -1
    for referrer in base.referrers(to: target, key) where referrer.kind == kind {
      guard referrer.index != last else { continue }
      last = referrer.index
      let record = file.record(referrer.index)
      if let recordKey = kind.key(of: record), changesBase(kind, recordKey) { continue }
      found.append((referrer.index, .loaded(record)))
    }
    var added = file.records.count
    forEachRecordChange(of: kind) { change, after in
      if let old = change.key {
        guard let index = base.record(kind, old)?.index else { return }
        found.append((index, .edited(after)))
      } else {
        found.append((added, .edited(after)))
        added += 1
      }
    }
    return found.sorted { $0.position < $1.position }.map(\.record)
  }
}
