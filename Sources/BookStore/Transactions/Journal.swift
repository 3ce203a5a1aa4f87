import BookModel

/// The journal: one append-only file per person of Change records, a record's before and
/// after as rec text.
enum Journal {
  /// The Change records of one transaction.
  static func entries(
    for changes: [PendingChange], transaction: String, time: LocalTime,
    request: CommitRequest
  ) throws(RecPrinter.Failure) -> [Record] {
    var records: [Record] = []
    for change in changes {
      var record = Record([
        Field("txn", transaction), Field("time", time.text), Field("day", request.day.iso),
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
      if let before = change.before { record.set("before", try text(of: before)) }
      if let after = change.after { record.set("after", try text(of: after)) }
      records.append(record)
    }
    return records
  }

  /// The bytes to append to a journal file of `existing` bytes (nil: it does not exist yet).
  static func appendix(_ entries: [Record], existing: [UInt8]?) throws(RecPrinter.Failure)
    -> [UInt8]
  {
    var out: [UInt8] = []
    if existing == nil || existing?.isEmpty == true {
      out += Array(KindID.change.spec.descriptor.utf8)
    } else if existing?.last != 0x0A {
      out.append(0x0A)
    }
    for entry in entries {
      out.append(0x0A)
      out += Array(try RecPrinter.text(of: entry).utf8)
    }
    return out
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
    command.split(separator: "\n").joined(separator: " ; ").trimmingTrailingBackslashes()
  }
}

extension String {
  fileprivate func trimmingTrailingBackslashes() -> String {
    var text = self
    while text.hasSuffix("\\") { text.removeLast() }
    return text
  }
}
