import BookModel

extension Snapshot {
  /// The book as it was at the end of a day: this snapshot with every journaled change made
  /// after that day taken back, newest first, from the journals' before-images. Read-only: it
  /// is never written. Changes made outside `book` (no journal) are not taken back.
  public func asOf(_ day: Day, history: History) throws(StoreError) -> Snapshot {
    var records: [KindID: [Record]] = [:]
    for kind in DataDirectory.dataKinds { records[kind] = self.records(kind).map(\.record) }
    for transaction in history.transactions.reversed() where transaction.day > day {
      for entry in transaction.entries.reversed() {
        Self.takeBack(entry, in: &records[entry.kind, default: []])
      }
    }
    var files: [KindID: LazyRecFile] = [:]
    for kind in DataDirectory.dataKinds {
      let current = file(kind)
      var bytes =
        current.descriptorSpan.map {
          Array(current.bytes[Int($0.start)..<Int($0.end)])
        } ?? []
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
          name: current.name, parsed: try RecParser.parse(name: current.name, bytes: bytes))
      } catch {
        throw .invalidBook([error.diagnostic(path: current.name, bytes: bytes)])
      }
    }
    return Snapshot(paths: paths, files: files, stamps: [:])
  }

  /// Undoes one journaled change on a kind's records.
  private static func takeBack(_ entry: JournalEntry, in records: inout [Record]) {
    let keyField = entry.kind.spec.keyField
    let position = records.firstIndex { record in
      keyField.map { record.value($0) == entry.id } ?? true
    }
    switch entry.op {
    case .add:
      if let position { records.remove(at: position) }
    case .set:
      guard let before = entry.before else { return }
      if let position { records[position] = before } else { records.append(before) }
    case .delete:
      guard let before = entry.before else { return }
      let next = entry.next.flatMap { key in
        records.firstIndex { record in keyField.map { record.value($0) == key } ?? false }
      }
      records.insert(before, at: next ?? records.count)
    }
  }
}
