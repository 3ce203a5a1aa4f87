import BookModel

extension DataDirectory {
  /// Every person's journal (`journal/*.rec`) read into transactions, in commit order (see
  /// `History`); a journal that cannot be read is an invalid book (exit 3) at `file:line:col`.
  public func history() throws(StoreError) -> History {
    let names = (fs.list(paths.journalDirectory) ?? []).filter { $0.hasSuffix(".rec") }.sorted()
    var journals: [[JournalTransaction]] = []
    for name in names {
      let path = paths.journalDirectory + "/" + name
      let file = try parsedFile(at: path, name: "journal/" + name)
      journals.append(try JournalReader(file: file, path: path).transactions())
    }
    return History(JournalReader.merge(journals))
  }
}

/// Reads one journal file's Change records back into transactions.
struct JournalReader {
  let file: RecFile
  /// The path diagnostics name.
  let path: String

  /// The file's transactions in journal order, each with its entries.
  func transactions() throws(StoreError) -> [JournalTransaction] {
    if let declared = file.recordType, declared != KindID.change.spec.recordType {
      let line = Int(file.descriptorSpan?.line ?? 1)
      throw problem(.notAJournal(declared: declared), at: SourceLocation(line: line, column: 7))
    }
    var out: [JournalTransaction] = []
    var position: [String: Int] = [:]
    for index in 0..<file.records.count {
      let entry = try self.entry(file.record(index))
      if let at = position[entry.txn] {
        out[at].entries.append(entry)
        continue
      }
      position[entry.txn] = out.count
      out.append(
        JournalTransaction(
          txn: entry.txn, time: entry.time, day: entry.day, user: entry.user,
          command: entry.command, undoes: entry.undoes, redoes: entry.redoes, entries: [entry]))
    }
    for index in out.indices where out[index].entries.count > 1 {
      out[index].command = JournalTransaction.command(of: out[index].entries)
    }
    return out
  }

  /// Merges people's journals into commit order: by time, where a person's time never goes
  /// back (a clock set back keeps their order), then by person, then in journal order.
  static func merge(_ journals: [[JournalTransaction]]) -> [JournalTransaction] {
    var keyed: [(time: String, journal: Int, offset: Int, transaction: JournalTransaction)] = []
    for (journal, transactions) in journals.enumerated() {
      var latest = ""
      for (offset, transaction) in transactions.enumerated() {
        latest = max(latest, transaction.time)
        keyed.append((latest, journal, offset, transaction))
      }
    }
    keyed.sort { ($0.time, $0.journal, $0.offset) < ($1.time, $1.journal, $1.offset) }
    return keyed.map(\.transaction)
  }

  private func entry(_ record: LoadedRecord) throws(StoreError) -> JournalEntry {
    func required(_ name: String) throws(StoreError) -> String {
      guard let value = record.nonEmpty(name) else {
        throw problem(.missingField(name), at: record.location(of: nil))
      }
      return value
    }
    let txn = try required("txn")
    let time = try required("time")
    let dayText = try required("day")
    guard let day = Day(iso: dayText) else {
      throw problem(.badDay(dayText), at: record.location(of: "day"))
    }
    let user = try required("user")
    let kindWord = try required("kind")
    guard let kind = DataDirectory.dataKinds.first(where: { $0.spec.singular == kindWord }) else {
      throw problem(.unknownKind(kindWord), at: record.location(of: "kind"))
    }
    let id = try required("id")
    let opWord = try required("op")
    guard let op = PendingChange.Operation(rawValue: opWord) else {
      throw problem(.unknownOperation(opWord), at: record.location(of: "op"))
    }
    let before = try self.record(in: "before", of: record)
    let after = try self.record(in: "after", of: record)
    for (name, present, wanted) in [
      ("before", before != nil, op != .add), ("after", after != nil, op != .delete),
    ] where present != wanted {
      throw problem(
        wanted ? .missingField(name) : .unexpectedField(name, op: opWord),
        at: record.location(of: wanted ? nil : name))
    }
    return JournalEntry(
      txn: txn, time: time, day: day, user: user, command: record.value("command") ?? "",
      kind: kind, id: id, op: op, before: before, after: after,
      undoes: record.nonEmpty("undoes"), redoes: record.nonEmpty("redoes"),
      next: record.nonEmpty("next"))
  }

  /// The record a `before` or `after` field holds, parsed back from its rec text; a failure
  /// points at its place in the journal.
  private func record(in field: String, of change: LoadedRecord) throws(StoreError) -> Record? {
    guard let text = change.nonEmpty(field) else { return nil }
    let start = change.location(of: field)
    let parsed: RecFile
    do {
      parsed = try RecParser.parse(name: path, bytes: Array((text + "\n").utf8))
    } catch {
      // The value's first line follows `field: `; later ones follow `+ `.
      let inner = error.location
      let location = SourceLocation(
        line: start.line + inner.line - 1,
        column: inner.line == 1 ? start.column + inner.column - 1 : inner.column + 2)
      throw problem(.unreadableRecord(field: field, reason: error.message), at: location)
    }
    guard parsed.records.count == 1, parsed.descriptorSpan == nil else {
      throw problem(.notOneRecord(field: field), at: start)
    }
    return parsed.record(0).record
  }

  private func problem(_ problem: JournalProblem, at location: SourceLocation) -> StoreError {
    .invalidBook([
      problem.diagnostic(file: path, at: location, sourceLine: file.lineText(location.line))
    ])
  }
}
