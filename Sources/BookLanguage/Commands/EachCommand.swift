import BookModel
import BookStore

/// `each LIST do COMMAND`: runs a command once for each record a query lists, with the row's
/// id and columns as variables; all of it one transaction (the script's, `begin`'s, or its
/// own), so an error on any row writes nothing.
enum EachCommand {
  static let spec = CommandSpec(
    "each", group: .changes, summary: "run a command once for each record a query lists",
    grammar: [.command("list"), .keyword("do"), .command("command")],
    usage: ["each QUERY do COMMAND"],
    examples: [
      "each audits due 30d where not delegated do delegate \"Follow up the audit\" to mlopez about $id action audit",
      "each xlist 60d where renewal_stage = not-started and not delegated do delegate \"Start the renewal\" to $ca about $id action renewal",
      "each policies where account = ACME and line = GL do note $id \"Renewal meeting set for 12/4\"",
    ],
    details: [
      "QUERY is any query that lists records: a kind with its clauses, xlist, audits due, … For each row, $id is the record's id and each column is a variable named by its header ($account, $due, $ca in the X list), hiding a variable of the same name until each ends.",
      "Each command run is shown with its row's values, then its output; a line at the end says how many rows it ran for. A query that lists nothing runs nothing.",
      "One transaction: in a script it joins the script's, after begin it joins that one, else it commits once at the end (undo takes all of it back). An error on any row stops it with that row named, and nothing of it is written.",
      "Variables are read outside quotes only: \"Follow up $id\" is that text as written; about $id is the row's id.",
      "Not yet delegated: where not delegated (the delegated field: help audits, help policies).",
    ]
  ) { invocation throws(LanguageError) in
    try run(invocation)
  }

  static func run(_ invocation: Invocation) throws(LanguageError) {
    let session = invocation.session
    guard let list = invocation.nested("list"), let command = invocation.nested("command") else {
      return
    }
    let listed = try ListedRows.gather(list, in: session, for: .each)
    let kind = listed.kind.spec
    guard !listed.rows.isEmpty else {
      let source = filled(list.source, with: session.variables)
      invocation.write("nothing to do: \(source) lists no \(kind.plural)\n")
      return
    }
    let before = session.pending
    if before == nil { session.pending = Transaction(base: session.snapshot) }
    // The row's variables go back to what they were; those the command sets (`let`) stay.
    let outerVariables = session.variables
    let bound = Set(listed.rows.flatMap { $0.variables.map(\.name) })
    let outerLabel = session.commandLabel
    defer {
      for name in bound { session.variables[name] = outerVariables[name] }
      session.commandLabel = outerLabel
    }
    let count = listed.rows.count
    for (index, row) in listed.rows.enumerated() {
      for (name, value) in row.variables { session.variables[name] = value }
      let shown = filled(command.source, with: session.variables)
      invocation.write("\(row.id) (\(index + 1) of \(count)): \(shown)\n")
      session.commandLabel = label(outerLabel, each: invocation.command.source, running: shown)
      do throws(LanguageError) {
        try session.checkCancelled()
        try session.execute(command)
      } catch {
        session.pending = before
        var error = error
        if !error.diagnostics.isEmpty {
          error.diagnostics[error.diagnostics.count - 1].notes.append(
            LanguageRefusal.eachStopped(at: row.id, kind, index, of: count))
        }
        throw error
      }
    }
    if before == nil, let transaction = session.pending {
      session.pending = nil
      try session.commit(transaction, command: invocation.command.source)
    }
    invocation.write(
      "\(command.name) ran for \(count) \(count == 1 ? kind.singular : kind.plural)\n")
  }

  /// The command as run for a row: each `$name` of a variable set outside quotes replaced by
  /// its value (quoted when it is not one word). Quoted text is as written: `$id` in a string
  /// is those three characters.
  static func filled(_ source: String, with values: [String: Literal]) -> String {
    guard source.contains("$") else { return source }
    var out = ""
    var quoted = false
    var escaped = false
    var index = source.startIndex
    while index < source.endIndex {
      let character = source[index]
      index = source.index(after: index)
      if quoted {
        out.append(character)
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          quoted = false
        }
        continue
      }
      if character == "\"" { quoted = true }
      let name = source[index...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
      guard character == "$", let value = values[String(name)] else {
        out.append(character)
        continue
      }
      out += value.source
      index = name.endIndex
    }
    return out
  }

  /// How the journal names a row's command: the `each`'s label (`FILE:LINE: each …`) with the
  /// command as run for the row in place of the `each`.
  static func label(_ outer: String?, each: String, running shown: String) -> String {
    guard let outer, outer.hasSuffix(each) else { return shown }
    return String(outer.dropLast(each.count)) + shown
  }
}
