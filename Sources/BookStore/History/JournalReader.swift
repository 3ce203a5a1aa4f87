import BookModel

extension DataDirectory {
  /// Every person's journal, read into transactions.
  public func history() throws(StoreError) -> History {
    let names = (fs.list(paths.journalDirectory) ?? []).filter { $0.hasSuffix(".rec") }.sorted()
    var byID: [String: JournalTransaction] = [:]
    var order: [String] = []
    for name in names {
      let path = paths.journalDirectory + "/" + name
      let file = try parsedFile(at: path, name: name)
      for index in 0..<file.records.count {
        let record = file.record(index)
        let entry = try Self.entry(record, path: path)
        guard let txn = record.nonEmpty("txn") else { continue }
        if byID[txn] == nil {
          order.append(txn)
          byID[txn] = JournalTransaction(
            txn: txn, time: record.value("time") ?? "",
            day: record.value("day").flatMap { Day(iso: $0) } ?? Day(daysSinceEpoch: 0),
            user: record.value("user") ?? "", command: record.value("command") ?? "",
            undoes: record.nonEmpty("undoes"), redoes: record.nonEmpty("redoes"), entries: [])
        }
        byID[txn]?.entries.append(entry)
      }
    }
    return History(order.compactMap { byID[$0] })
  }

  private static func entry(_ record: LoadedRecord, path: String) throws(StoreError)
    -> JournalEntry
  {
    func bad(_ message: String) -> StoreError {
      let location = SourceLocation(line: record.line, column: 1)
      return .invalidBook([
        Diagnostic(
          message, file: path, location: location, sourceLine: record.file.lineText(record.line))
      ])
    }
    guard let kindWord = record.value("kind"), let kind = Schema.kind(named: kindWord) else {
      throw bad("this Change names no kind the book knows")
    }
    guard let id = record.value("id"), let opWord = record.value("op"),
      let op = PendingChange.Operation(rawValue: opWord)
    else { throw bad("this Change has no id or op") }
    return JournalEntry(
      kind: kind.kind, id: id, op: op, before: try record.nonEmpty("before").map(parse),
      after: try record.nonEmpty("after").map(parse), next: record.nonEmpty("next"))

    func parse(_ text: String) throws(StoreError) -> Record {
      let bytes = Array((text + "\n").utf8)
      guard let file = try? RecParser.parse(name: path, bytes: bytes), file.records.count == 1
      else { throw bad("this Change holds a record that cannot be read") }
      return file.record(0).record
    }
  }
}
