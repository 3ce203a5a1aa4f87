import BookModel
import BookStore

/// `use`, `let`, `today`, `try`, `begin`, `commit`, `rollback`: the state of the session.
enum SessionCommands {
  static let all = [use, letCommand, today, tryCommand, begin, commit, rollback]

  static let use = CommandSpec(
    "use", group: .session, summary: "focus on one account: later commands see it only",
    grammar: [.optional([.symbol("-")]), .optional([.text("account", completes: .ids(.account))])],
    usage: ["use ACCOUNT", "use -", "use"],
    examples: ["use ACME; policies", "use -"],
    details: ["use - clears the focus; use alone says what it is."]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    if invocation.has("-") {
      session.focus = nil
      invocation.write("focus cleared\n")
      return
    }
    guard let node = invocation.value("account") else {
      invocation.write(session.focus.map { "focus: \($0)\n" } ?? "no focus (use ACCOUNT)\n")
      return
    }
    let wanted = try session.text(of: node)
    let account = try Lookup.account(wanted, in: session.view, at: node.range)
    session.focus = account
    invocation.write("focus: \(account)\n")
  }

  static let letCommand = CommandSpec(
    "let", group: .session, summary: "set a variable ($name) for later commands",
    grammar: [.word("name"), .symbol("="), .value("value")],
    examples: [
      "let days = 30; audits where due < today + $days",
      "let who = mlopez; delegations where to = $who",
    ],
    details: ["$last always holds the id of the last record added."]
  ) { invocation throws(LanguageError) in
    guard let nameNode = invocation.value("name"), let value = invocation.value("value") else {
      return
    }
    guard case .word(let name) = nameNode.literal, Lexer.isIdentifier(name) else {
      throw .refused(.notAName("variable"), at: nameNode.range)
    }
    guard name != "last" else {
      throw .refused(.lastIsReserved, at: nameNode.range)
    }
    let literal = try ValueInterpreter(session: invocation.session).resolved(value)
    invocation.session.variables[name] = literal
  }

  static let today = CommandSpec(
    "today", group: .session, summary: "show the book's day, or pin it for this session",
    grammar: [.optional([.value("day")])],
    usage: ["today", "today DAY"],
    examples: ["today", "today 2026-03-01; policies where expires within 60d"],
    details: [
      "A pinned day shows in the prompt; writing under it is allowed in training books and sandboxes only."
    ]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    if let node = invocation.value("day") {
      let day = try ValueInterpreter(session: session).day(node)
      session.context.today = day
      session.context.daySource = .pinned
      invocation.write("today is \(day.iso) (pinned)\n")
    } else {
      let note: String
      switch session.context.daySource {
      case .real: note = ""
      case .pinned: note = " (pinned)"
      case .trainingBook: note = " (pinned by the training book)"
      }
      invocation.write("\(session.context.today.iso)\(note)\n")
    }
  }

  static let tryCommand = CommandSpec(
    "try", group: .session, summary: "run a command; when it is refused, show why and go on",
    grammar: [.command("command")],
    examples: ["try delete account ACME", "try set policy P-0001 premium=-5"],
    details: ["For demos of a guard at work: the refused command changes nothing."]
  ) { invocation throws(LanguageError) in
    guard let nested = invocation.nested() else { return }
    let session = invocation.session
    do throws(LanguageError) {
      try session.execute(nested)
    } catch {
      session.report(error, file: session.source.file, lines: session.source.lines)
    }
  }

  static let begin = CommandSpec(
    "begin", group: .history, summary: "group the next commands into one transaction",
    examples: [
      "begin; set policy P-0001 premium=1; rollback",
      "begin; set policy P-0001 stage=submitted; commit",
    ],
    details: [
      "No lock is held while it is open; commit writes everything at once, rollback drops it."
    ]
  ) { invocation throws(LanguageError) in
    try invocation.session.begin(at: invocation.command.range)
  }

  static let commit = CommandSpec(
    "commit", group: .history, summary: "write the changes made since begin",
    examples: ["begin; set policy P-0001 stage=submitted; commit"]
  ) { invocation throws(LanguageError) in
    let count = try invocation.session.commitBegin(
      source: invocation.command.source, at: invocation.command.range)
    invocation.write("committed \(count) change\(count == 1 ? "" : "s")\n")
  }

  static let rollback = CommandSpec(
    "rollback", group: .history, summary: "drop the changes made since begin",
    examples: ["begin; set policy P-0001 premium=1; rollback"]
  ) { invocation throws(LanguageError) in
    let count = try invocation.session.rollback(at: invocation.command.range)
    invocation.write("rolled back \(count) change\(count == 1 ? "" : "s")\n")
  }
}
