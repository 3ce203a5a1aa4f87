import BookModel
import BookStore

/// `note ID "text"` and `notes ACCOUNT`: the activity log people write — by you, now — and an
/// account's notes, newest first (notes about the account and about any of its records).
enum NoteCommands {
  static let all = [note, notes]

  static let note = CommandSpec(
    "note", group: .changes, summary: "write a note about a record or an account: by you, now",
    grammar: [.text("first", completes: .records), .optional([.text("text")])],
    usage: ["note [ID] \"TEXT\""],
    examples: [
      "note ACME \"Called Jim: renewal apps by Friday\"",
      "note P-0001 \"Carrier confirmed the blanket AI endorsement\"",
      "use ACME; note \"Left a voicemail for Jim\"",
    ],
    details: [
      "Without an id, the note is about the focus (use ACME). Any record that belongs to an account, or an account, a person or a carrier, may have notes."
    ]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    guard let firstNode = invocation.value("first") else { return }
    let about: String
    let textNode: ValueNode
    if let second = invocation.value("text") {
      about = try session.text(of: firstNode)
      textNode = second
      if Lookup.record(about, in: session.view) == nil {
        try ValueInterpreter(session: session).requireAnyRecord(about, at: firstNode.range)
      }
    } else {
      guard let focus = session.focus else {
        throw .refused(.noteNeedsSubject, at: firstNode.range)
      }
      about = focus
      textNode = firstNode
    }
    let text = try session.text(of: textNode)
    guard !text.isEmpty else {
      throw .refused(.noteNeedsText(about: about), at: textNode.range)
    }
    let record = DelegationChanges.note(about: about, text: text, in: session)
    let id = try session.change(invocation.command) { transaction throws(LanguageError) in
      try storing { () throws(StoreError) in try transaction.add(.note, record) }
    }
    session.lastID = id
    invocation.write(
      "\(id) on \(about), by \(session.context.user) at \(record.value("at") ?? "")\n")
  }

  static let notes = CommandSpec(
    "notes", group: .queries, summary: "an account's notes, newest first",
    grammar: [
      .word("target", completes: .records),
      .optional([
        .keyword("as"), .word("format", completes: .words(OutputFormat.allCases.map(\.rawValue))),
      ]),
    ],
    usage: ["notes ACCOUNT|ID [as FORMAT]"],
    examples: ["notes ACME", "notes P-0001", "notes ACME as md"],
    details: [
      "For an account: the notes about it and about any of its records (policies, delegations, certificates…). For another record: its own notes. notes alone lists every note, as a query."
    ]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    guard let node = invocation.value("target") else { return }
    let view = session.view
    var target = try session.text(of: node)
    if Lookup.record(target, in: view) == nil {
      target = try Lookup.account(target, in: view, at: node.range)
    }
    let isAccount = view.record(.account, target) != nil
    let found = view.records(.note).filter { record in
      guard let about = record.value("about") else { return false }
      if about == target { return true }
      guard isAccount else { return false }
      return AccountRecords.account(of: record, kind: .note, in: view) == target
    }
    let sorted = found.sorted {
      ($0.value("at") ?? "", $0.value("id") ?? "") > ($1.value("at") ?? "", $1.value("id") ?? "")
    }
    let rows: [[Value]] = sorted.map { record in
      ["at", "by", "about", "id", "text"].map { .text(record.value($0) ?? "") }
    }
    let columns = ["at", "by", "about", "id", "text"].map { ResultTable.Column($0) }
    var options = session.options
    if let format = try invocation.text("format") {
      guard let chosen = OutputFormat(rawValue: format.lowercased()) else {
        throw .refused(
          .unknownFormat(format, formats: OutputFormat.allCases.map(\.rawValue)),
          at: invocation.value("format")?.range)
      }
      options.format = chosen
    }
    invocation.write(Renderer.render(ResultTable(columns: columns, rows: rows), options))
  }
}
