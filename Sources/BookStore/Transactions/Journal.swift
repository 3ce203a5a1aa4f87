import BookModel

/// The journal: one append-only file per person of Change records, a record's before and
/// after as rec text.
enum Journal {
  /// The Change records of one transaction, as records: what `appendix(for:…)` prints in one
  /// pass (kept as its definition; the journal tests hold the two equal).
  static func entries(
    for changes: [PendingChange], transaction: String, time: LocalTime,
    request: CommitRequest
  ) throws(RecPrinter.Failure) -> [Record] {
    var records: [Record] = []
    let stamp = Stamp(time: time, request: request)
    for change in changes {
      var record = head(of: change, transaction: transaction, stamp: stamp, request: request)
      if let before = change.before { record.set("before", try text(of: before)) }
      if let after = change.after { record.set("after", try text(of: after)) }
      records.append(record)
    }
    return records
  }

  /// The bytes to append to a journal file of `existing` bytes (nil: it does not exist yet):
  /// the Change records of one transaction, as `entries` makes them, printed in one pass.
  static func appendix(
    for changes: [PendingChange], transaction: String, time: LocalTime,
    request: CommitRequest, existing: [UInt8]?
  ) throws(RecPrinter.Failure) -> [UInt8] {
    var out = start(existing: existing)
    var record: [UInt8] = []
    let stamp = Stamp(time: time, request: request)
    for change in changes {
      out.append(0x0A)
      let head = head(of: change, transaction: transaction, stamp: stamp, request: request)
      try RecPrinter.append(head, to: &out)
      for (name, value) in [("before", change.before), ("after", change.after)] {
        guard let value else { continue }
        record.removeAll(keepingCapacity: true)
        try RecPrinter.append(value, to: &record)
        embed(record, as: name, into: &out)
      }
    }
    return out
  }

  /// The bytes to append to a journal file of `existing` bytes (nil: it does not exist yet),
  /// printing records `entries` made.
  static func appendix(_ entries: [Record], existing: [UInt8]?) throws(RecPrinter.Failure)
    -> [UInt8]
  {
    var out = start(existing: existing)
    for entry in entries {
      out.append(0x0A)
      try RecPrinter.append(entry, to: &out)
    }
    return out
  }

  /// What goes before the first entry: the descriptor of a new journal, or the newline an
  /// existing one lacks.
  private static func start(existing: [UInt8]?) -> [UInt8] {
    if existing == nil || existing?.isEmpty == true {
      return Array(KindID.change.spec.descriptor.utf8)
    }
    return existing?.last != 0x0A ? [0x0A] : []
  }

  /// A Change's fields but the records before and after.
  /// The time and day every Change of a transaction carries, as text (made once).
  private struct Stamp {
    let time: String
    let day: String

    init(time: LocalTime, request: CommitRequest) {
      self.time = time.text
      self.day = request.day.iso
    }
  }

  private static func head(
    of change: PendingChange, transaction: String, stamp: Stamp, request: CommitRequest
  ) -> Record {
    var record = Record([
      Field("txn", transaction), Field("time", stamp.time), Field("day", stamp.day),
      Field("user", request.user),
    ])
    record.set("command", command(of: change, request: request))
    record.fields += [
      Field("kind", change.kind.spec.singular), Field("id", change.id),
      Field("op", change.operation.rawValue),
    ]
    if let undoes = request.undoes { record.set("undoes", undoes) }
    if let redoes = request.redoes { record.set("redoes", redoes) }
    if change.operation == .delete, let next = change.insertBefore { record.set("next", next) }
    return record
  }

  /// A record's printed text as the value of a field: its first line after `name: `, the
  /// others after `+ ` (its lines are never empty, and their ends were checked when printed).
  private static func embed(_ record: [UInt8], as name: String, into out: inout [UInt8]) {
    out.append(contentsOf: name.utf8)
    out.append(UInt8(ascii: ":"))
    guard !record.isEmpty else { return out.append(0x0A) }
    out.append(0x20)
    for byte in record.dropLast() {
      out.append(byte)
      if byte == 0x0A { out.append(contentsOf: [UInt8(ascii: "+"), 0x20]) }
    }
    out.append(0x0A)
  }

  private static func text(of record: Record) throws(RecPrinter.Failure) -> String {
    var text = try RecPrinter.text(of: record)
    if text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  /// The commands that made a change, one a line; when none is known, the commit's command.
  static func command(of change: PendingChange, request: CommitRequest) -> String {
    guard !change.commands.isEmpty else { return singleLine(request.command) }
    return change.commands.map(singleLine).joined(separator: "\n")
  }

  private static func singleLine(_ command: String) -> String {
    // Most commands are one line already.
    if !command.utf8.contains(0x0A), command.utf8.last != UInt8(ascii: "\\") { return command }
    return command.split(separator: "\n").joined(separator: " ; ").trimmingTrailingBackslashes()
  }
}

extension String {
  fileprivate func trimmingTrailingBackslashes() -> String {
    var text = self
    while text.hasSuffix("\\") { text.removeLast() }
    return text
  }
}
