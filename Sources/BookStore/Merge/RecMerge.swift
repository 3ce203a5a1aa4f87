import BookModel

/// The three-way merge of one rec file, record by key and field by field (see DESIGN.md,
/// "Beyond one person's machine"). Pure: bytes in, bytes and conflicts out.
public enum RecMerge {
  /// What a merge gives.
  public enum Outcome: Sendable, Equatable {
    /// The merged file, valid, with our side in place wherever there is a conflict.
    case merged([UInt8], conflicts: [MergeConflict])
    /// The inputs cannot be merged record by record (why); the file is a plain conflict.
    case unmergeable(Unmergeable)
  }

  /// Why a file cannot be merged record by record (the wording is in StoreMessages.swift).
  public enum Unmergeable: Sendable, Equatable {
    /// A side (base, ours, theirs) already holds git's conflict markers, from that line.
    case markers(path: String, side: String, line: Int)
    /// A side is not a rec file: where and why.
    case unreadable(path: String, side: String, line: Int, reason: String)
    /// The merged file could not be printed.
    case unwritable(path: String, reason: String)
  }

  /// Merges THEIRS into OURS against BASE. `path` (the file's path in the repository)
  /// names the file in messages; a journal (`journal/…`, `%rec: Change`) merges as a union.
  public static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8], path: String)
    -> Outcome
  {
    if ours == theirs || theirs == base { return .merged(ours, conflicts: []) }
    if ours == base { return .merged(theirs, conflicts: []) }
    var documents: [RecDocument] = []
    for (side, bytes) in [("base", base), ("ours", ours), ("theirs", theirs)] {
      if let line = conflictMarkerLine(bytes) {
        return .unmergeable(.markers(path: path, side: side, line: line))
      }
      do {
        documents.append(try RecDocument(name: path, bytes: bytes))
      } catch {
        return .unmergeable(
          .unreadable(path: path, side: side, line: error.location.line, reason: error.message))
      }
    }
    var merger = DocumentMerger(path: path)
    let merged = merger.merge(base: documents[0], ours: documents[1], theirs: documents[2])
    do {
      return .merged(try merged.bytes(), conflicts: merger.conflicts)
    } catch {
      return .unmergeable(.unwritable(path: path, reason: "\(error)"))
    }
  }

  /// The 1-based line of the first git conflict marker, if any.
  static func conflictMarkerLine(_ bytes: [UInt8]) -> Int? {
    let markers: [[UInt8]] = [
      Array("<<<<<<< ".utf8), Array("=======\n".utf8), Array(">>>>>>> ".utf8),
    ]
    var line = 1
    var start = 0
    while start < bytes.count {
      let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
      let text = bytes[start..<end]
      if markers.contains(where: { text.starts(with: $0) }) { return line }
      line += 1
      start = end
    }
    return nil
  }
}

/// Merges parsed documents, collecting the conflicts it settles with our side.
struct DocumentMerger {
  let path: String
  private(set) var conflicts: [MergeConflict] = []

  init(path: String) {
    self.path = path
  }

  mutating func merge(base: RecDocument, ours: RecDocument, theirs: RecDocument) -> RecDocument {
    let descriptor: [Field]
    if ours.descriptor == theirs.descriptor || theirs.descriptor == base.descriptor {
      descriptor = ours.descriptor
    } else if ours.descriptor == base.descriptor {
      descriptor = theirs.descriptor
    } else {
      descriptor = ours.descriptor
      conflicts.append(
        MergeConflict(
          record: "%rec", field: nil, base: Self.text(base.descriptor),
          ours: Self.text(ours.descriptor), theirs: Self.text(theirs.descriptor)))
    }
    let isJournal =
      path.hasPrefix("journal/") || path.contains("/journal/")
      || descriptor.contains { $0.name == "%rec" && $0.value == KindID.change.spec.recordType }
    let keyField = ours.keyField ?? theirs.keyField ?? base.keyField
    let repeating = Self.repeatingFields(descriptor)

    var found: [MergeConflict] = []
    let fieldMerge = KeyedMerge<String>(
      payload: { _, _, mine, _ in mine },
      deletedAndChanged: { _, _, _, _ in })
    var recordMerge = KeyedMerge<RecDocument.Entry>(
      payload: { _, _, mine, _ in mine }, deletedAndChanged: { _, _, _, _ in })
    recordMerge.payload = { key, original, mine, other in
      var entry = mine
      entry.comments =
        mine.comments == original?.comments ? other.comments : mine.comments
      var fieldMerge = fieldMerge
      fieldMerge.payload = { name, was, mine, other in
        found.append(MergeConflict(record: key, field: name, base: was, ours: mine, theirs: other))
        return mine
      }
      fieldMerge.deletedAndChanged = { name, was, mine, other in
        found.append(MergeConflict(record: key, field: name, base: was, ours: mine, theirs: other))
      }
      let names = Self.repeated(in: [original?.record, mine.record, other.record], repeating)
      let fields = fieldMerge.merge(
        base: Self.elements(original?.record ?? Record(), repeated: names),
        ours: Self.elements(mine.record, repeated: names),
        theirs: Self.elements(other.record, repeated: names))
      entry.record = Record(fields.map { Field(Self.name(of: $0.key), $0.payload) })
      return entry
    }
    recordMerge.deletedAndChanged = { key, was, mine, other in
      found.append(
        MergeConflict(
          record: key, field: nil, base: Self.text(was.record.fields),
          ours: mine.map { Self.text($0.record.fields) },
          theirs: other.map { Self.text($0.record.fields) }))
    }
    let keyOf: (Int, RecDocument.Entry) -> String = { index, entry in
      if isJournal { return Self.text(entry.record.fields) }
      return keyField.flatMap { entry.record.value($0) } ?? "#\(index + 1)"
    }
    func keyed(_ document: RecDocument) -> [KeyedMerge<RecDocument.Entry>.Element] {
      document.entries.enumerated().map {
        .init(key: keyOf($0.offset, $0.element), payload: $0.element)
      }
    }
    let entries = recordMerge.merge(base: keyed(base), ours: keyed(ours), theirs: keyed(theirs))
    conflicts += found
    return RecDocument(
      header: Self.side(base.header, ours.header, theirs.header), descriptor: descriptor,
      entries: entries.map(\.payload),
      trailer: Self.side(base.trailer, ours.trailer, theirs.trailer))
  }

  /// Ours, unless only theirs changed it.
  private static func side<T: Equatable>(_ base: T, _ ours: T, _ theirs: T) -> T {
    ours == base ? theirs : ours
  }

  /// The fields the kind declares as repeating (limit, form, policy…), found by the
  /// descriptor's `%rec:` type.
  private static func repeatingFields(_ descriptor: [Field]) -> Set<String> {
    guard let type = descriptor.first(where: { $0.name == "%rec" })?.value,
      let kind = KindID.allCases.first(where: { $0.spec.recordType == type })
    else { return [] }
    return Set(kind.spec.fields.filter(\.repeats).map(\.name))
  }

  /// The names merged as sets in these versions of a record: the declared repeating fields
  /// and any field that occurs more than once in one of them.
  private static func repeated(in records: [Record?], _ declared: Set<String>) -> Set<String> {
    var names = declared
    for record in records.compactMap({ $0 }) {
      var seen: Set<String> = []
      for field in record.fields where !seen.insert(field.name).inserted {
        names.insert(field.name)
      }
    }
    return names
  }

  /// A record's fields as keyed elements: a single field by its name, a repeating field's
  /// value by name, value and occurrence (so its values merge as a set).
  private static func elements(_ record: Record, repeated: Set<String>)
    -> [KeyedMerge<String>.Element]
  {
    var occurrences: [Field: Int] = [:]
    return record.fields.map { field in
      guard repeated.contains(field.name) else {
        return .init(key: field.name, payload: field.value)
      }
      occurrences[field, default: 0] += 1
      let key = field.name + "\u{1F}" + field.value + "\u{1F}\(occurrences[field] ?? 1)"
      return .init(key: key, payload: field.value)
    }
  }

  /// The field name a key stands for.
  private static func name(of key: String) -> String {
    String(key.prefix { $0 != "\u{1F}" })
  }

  /// Fields as `name: value` lines, for a conflict's whole-record sides.
  private static func text(_ fields: [Field]) -> String {
    fields.map { "\($0.name): \($0.value)" }.joined(separator: "\n")
  }
}
