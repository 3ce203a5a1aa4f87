import BookModel

/// Every data record of a book in memory, kind by kind in file order, for rebuilding the book
/// of a past day: journaled changes taken back (newest first) or applied again (oldest
/// first), then printed into a read-only snapshot.
struct PastRecords: Equatable {
  private(set) var records: [KindID: [Record]] = [:]

  /// The records of a snapshot.
  init(_ snapshot: Snapshot) {
    for kind in DataDirectory.dataKinds { records[kind] = snapshot.records(kind).map(\.record) }
  }

  /// The records of parsed files, by kind (a kind with no file has none).
  init(_ files: [KindID: RecFile]) {
    for kind in DataDirectory.dataKinds {
      guard let file = files[kind] else {
        records[kind] = []
        continue
      }
      records[kind] = (0..<file.records.count).map { file.record($0).record }
    }
  }

  /// Undoes one journaled change; false when the record was not as that change left it (a
  /// change after it was made outside the journals), though it is taken back all the same.
  @discardableResult
  mutating func takeBack(_ entry: JournalEntry) -> Bool {
    var list = records[entry.kind] ?? []
    defer { records[entry.kind] = list }
    let position = Self.position(of: entry.id, kind: entry.kind, in: list)
    switch entry.op {
    case .add:
      guard let position else { return false }
      let asLeft = list[position] == entry.after
      list.remove(at: position)
      return asLeft
    case .set:
      guard let before = entry.before else { return false }
      guard let position else {
        list.append(before)
        return false
      }
      let asLeft = list[position] == entry.after
      list[position] = before
      return asLeft
    case .delete:
      guard let before = entry.before else { return false }
      let next = entry.next.flatMap { Self.position(of: $0, kind: entry.kind, in: list) }
      list.insert(before, at: next ?? list.count)
      return position == nil
    }
  }

  /// Makes one journaled change again: the record takes its after-image (a deleted one goes).
  mutating func apply(_ entry: JournalEntry) {
    var list = records[entry.kind] ?? []
    defer { records[entry.kind] = list }
    let formerKey = entry.before.flatMap { entry.kind.key(of: $0) } ?? entry.id
    let position = Self.position(of: formerKey, kind: entry.kind, in: list)
    switch (position, entry.after) {
    case (let position?, let after?): list[position] = after
    case (let position?, nil): list.remove(at: position)
    case (nil, let after?): list.append(after)
    case (nil, nil): break
    }
  }

  /// A read-only snapshot of these records, each file printed under the descriptor the
  /// `like` snapshot's file has.
  func snapshot(like current: Snapshot) throws(StoreError) -> Snapshot {
    var files: [KindID: LazyRecFile] = [:]
    for kind in DataDirectory.dataKinds {
      let file = current.file(kind)
      var bytes = file.descriptorSpan.map { Array(file.bytes[Int($0.start)..<Int($0.end)]) } ?? []
      for record in records[kind] ?? [] {
        if !bytes.isEmpty {
          if bytes.last != 0x0A { bytes.append(0x0A) }
          bytes.append(0x0A)
        }
        do {
          try RecPrinter.append(record, to: &bytes)
        } catch {
          throw .invalid(.unreadable("\(kind.spec.file): \(error)"))
        }
      }
      do {
        files[kind] = LazyRecFile(
          name: file.name, parsed: try RecParser.parse(name: file.name, bytes: bytes))
      } catch {
        throw .invalidBook([error.diagnostic(path: file.name, bytes: bytes)])
      }
    }
    return Snapshot(paths: current.paths, files: files, stamps: [:])
  }

  /// Where the record with that key is (the one record of a kind without keys: the first).
  private static func position(of key: String, kind: KindID, in list: [Record]) -> Int? {
    guard let keyField = kind.spec.keyField else { return list.isEmpty ? nil : 0 }
    return list.firstIndex { $0.value(keyField) == key }
  }
}
