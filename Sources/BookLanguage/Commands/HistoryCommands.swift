import BookModel
import BookStore

/// `undo`, `redo`, `log` (from the journals) and `rename`.
enum HistoryCommands {
  static let all = [undo, redo, log, rename]

  static let undo = CommandSpec(
    "undo", group: .history, summary: "revert your most recent transaction (all of it)",
    examples: [
      "set policy P-0001 premium=13250.00; undo",
      "set policy P-0001 stage=submitted; set policy P-0002 stage=submitted; undo; undo",
    ],
    details: [
      "Undo is itself a transaction, marked as the undo; it is refused when another change has touched those records since. After undo the data files are byte for byte as before."
    ]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    try session.requireNothingPending("undo", at: invocation.command.range)
    let history = try storing { () throws(StoreError) in try session.directory.history() }
    guard let target = history.lastUndoable(user: session.context.user) else {
      throw .refused(.nothingToUndo, at: invocation.command.range)
    }
    var transaction = Transaction(base: session.snapshot)
    try storing { () throws(StoreError) in try transaction.revert(target) }
    try session.commit(
      transaction, command: invocation.command.source, undoes: target.txn)
    invocation.write("undid: \(target.command) (\(count(target.entries.count)))\n")
  }

  static let redo = CommandSpec(
    "redo", group: .history, summary: "re-apply the transaction you last undid",
    examples: ["set policy P-0001 premium=13250.00; undo; redo"],
    details: ["A new change after an undo ends what redo can re-apply."]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    try session.requireNothingPending("redo", at: invocation.command.range)
    let history = try storing { () throws(StoreError) in try session.directory.history() }
    guard let undone = history.lastRedoable(user: session.context.user),
      let original = history.transactions.first(where: { $0.txn == undone.undoes })
    else {
      throw .refused(.nothingToRedo, at: invocation.command.range)
    }
    var transaction = Transaction(base: session.snapshot)
    try storing { () throws(StoreError) in try transaction.reapply(original) }
    try session.commit(
      transaction, command: invocation.command.source, redoes: undone.txn)
    invocation.write("redid: \(original.command) (\(count(original.entries.count)))\n")
  }

  static let log = CommandSpec(
    "log", group: .history, summary: "what changed, when and by whom (from the journals)",
    grammar: [
      .optional([.word("target", completes: .kindsOrRecords)]),
      .optional([.keyword("since"), .value("day")]),
    ],
    usage: ["log [ID | KIND] [since DAY]"],
    examples: ["log P-0001", "log ACME", "log since 2026-11-01", "log policies since today - 30d"],
    details: [
      "Each changed record is one line: when, who, the record, what changed, and the command.",
      "For an account (log ACME): its activity history, the changes to any of its records and its notes, interleaved by day.",
      "In a book kept in git, a last column says which commit synced each change (when, who), or not yet.",
    ]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    let history = try storing { () throws(StoreError) in try session.directory.history() }
    var kind: KindID?
    var id: String?
    if let target = try invocation.text("target") {
      if let spec = Schema.kind(named: target) { kind = spec.kind } else { id = target }
    }
    var since: Day?
    if let node = invocation.value("day") {
      since = try ValueInterpreter(session: session).day(node)
    }
    // In a book kept in git, the commit that synced each transaction (empty otherwise).
    let repository = GitRepository(root: session.directory.paths.root, fs: session.directory.fs)
    let inGit = repository.exists
    let synced = repository.syncCommits()
    var rows: [[Value]] = []
    // An account's log is its activity history: changes to any of its records, and its notes.
    let activity = id.flatMap { AccountActivity(account: $0, view: session.view) }
    for transaction in history.transactions {
      if let since, transaction.day < since { continue }
      for entry in transaction.entries {
        if let kind, entry.kind != kind { continue }
        if let activity {
          guard activity.includes(entry) else { continue }
        } else if let id, entry.id != id {
          continue
        }
        let what: String
        switch (entry.before, entry.after) {
        case (let before?, let after?):
          what = ChangeSummary(kind: entry.kind, before: before, after: after).lines.joined(
            separator: "; ")
        case (nil, _): what = "added"
        case (_, nil): what = "deleted"
        }
        var row: [Value] = [
          .text(transaction.time), .day(transaction.day), .text(transaction.user),
          .text("\(entry.kind.spec.singular) \(entry.id)"), .text(what),
          .text(entry.command.split(separator: "\n").joined(separator: " ; ")),
        ]
        if inGit { row.append(.text(synced[transaction.txn] ?? "not yet")) }
        rows.append(row)
      }
    }
    if let activity { rows = activity.interleaved(rows, since: since) }
    if inGit { rows = rows.map { $0.count < 7 ? $0 + [.text("")] : $0 } }
    let table = ResultTable(
      columns: [
        .init("time"), .init("day", .day), .init("user"), .init("record"), .init("change"),
        .init("command"),
      ] + (inGit ? [.init("synced")] : []), rows: rows, totals: false)
    invocation.write(Renderer.render(table, session.options))
  }

  static let rename = CommandSpec(
    "rename", group: .changes, summary: "give a record a new id; references follow everywhere",
    grammar: [.kind("kind"), .word("old", completes: .idsOfKind), .word("new")],
    usage: ["rename KIND OLD NEW"],
    examples: ["rename account ACME ACMER", "rename carrier HART HARTF"],
    details: ["Every record that refers to it, in every file, changes in the same transaction."]
  ) { invocation throws(LanguageError) in
    guard let (kind, _) = invocation.kind("kind"), let old = try invocation.text("old"),
      let new = try invocation.text("new")
    else { return }
    let session = invocation.session
    let followed = try session.change(invocation.command) { transaction throws(LanguageError) in
      try storing { () throws(StoreError) in try transaction.rename(kind, from: old, to: new) }
    }
    invocation.write(
      "renamed \(kind.spec.singular) \(old) to \(new)"
        + (followed.isEmpty ? "" : "; \(count(followed.count, "reference")) followed") + "\n")
  }

  static func count(_ n: Int, _ noun: String = "record") -> String {
    "\(n) \(noun)\(n == 1 ? "" : "s")"
  }
}
