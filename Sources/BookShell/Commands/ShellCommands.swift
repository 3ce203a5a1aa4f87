import BookLanguage

/// Commands only the interactive shell has: history, quit, pager, timing, edit, record, walk.
enum ShellCommands {
  static let all = [
    history, quit, pager, timing, EditCommand.spec, RecordCommand.spec, walk,
  ]

  /// The shell hosting the session, or a refusal outside it.
  static func shell(_ invocation: Invocation) throws(LanguageError) -> any SessionHost {
    guard let shell = invocation.session.host else {
      throw ShellRefusal.shellOnly(command: invocation.command.name)
        .error(at: invocation.command.range)
    }
    return shell
  }

  static let history = CommandSpec(
    "history", group: .session, summary: "the commands you typed in this book, numbered",
    grammar: [.optional([.word("count")])],
    usage: ["history [N]"],
    examples: ["history", "history 20"],
    details: [
      "Kept in .book/history (private to you); Up and Ctrl-R recall from it. A line typed with a leading space is not kept."
    ]
  ) { invocation throws(LanguageError) in
    let shell = try shell(invocation)
    let entries = shell.historyEntries
    var count = entries.count
    if let text = try invocation.text("count") {
      guard let number = Int(text), number > 0 else {
        throw ShellRefusal.historyCount.error(at: invocation.value("count")?.range)
      }
      count = number
    }
    let first = max(0, entries.count - count)
    let width = String(entries.count).count
    var out = ""
    for index in first..<entries.count {
      let number = String(index + 1)
      out +=
        String(repeating: " ", count: width - number.count) + number + "  "
        + entries[index].split(separator: "\n").joined(separator: " ↵ ") + "\n"
    }
    invocation.write(out)
  }

  static let quit = CommandSpec(
    "quit", aliases: ["exit"], group: .session, summary: "leave the shell (Ctrl-D does too)",
    examples: ["quit"]
  ) { invocation throws(LanguageError) in
    let shell = try shell(invocation)
    if invocation.session.inBegin, let pending = invocation.session.pending, !pending.isEmpty {
      guard shell.ask("a transaction is open; quit and drop its changes?") else { return }
    }
    shell.quit()
  }

  static let pager = CommandSpec(
    "pager", group: .session, summary: "page long output (on, off, or a pager command)",
    grammar: [.optional([.words("setting", completes: .words(["on", "off"]))])],
    usage: ["pager", "pager on", "pager off", "pager \"less -S\""],
    examples: ["pager off", "pager on"],
    details: [
      "Output taller than the terminal goes through $PAGER (the config's pager; less -FRX by default)."
    ]
  ) { invocation throws(LanguageError) in
    let shell = try shell(invocation)
    let setting = try invocation.text("setting")
    switch setting?.lowercased() {
    case nil: break
    case "off": shell.pager = nil
    case "on": shell.pager = shell.defaultPager
    default: shell.pager = setting
    }
    invocation.write("pager: \(shell.pager ?? "off")\n")
  }

  static let timing = CommandSpec(
    "timing", group: .session, summary: "show how long each command takes (on or off)",
    grammar: [.optional([.word("setting", completes: .words(["on", "off"]))])],
    usage: ["timing on", "timing off"],
    examples: ["timing on", "timing off"]
  ) { invocation throws(LanguageError) in
    let shell = try shell(invocation)
    switch try invocation.text("setting")?.lowercased() {
    case "on": shell.timing = true
    case "off": shell.timing = false
    case nil: shell.timing.toggle()
    default:
      throw ShellRefusal.timingSetting.error(at: invocation.value("setting")?.range)
    }
    invocation.write("timing \(shell.timing ? "on" : "off")\n")
  }

  static let walk = CommandSpec(
    "walk", group: .queries,
    summary: "go through a list one record at a time: stage, note, delegate, renew",
    grammar: [.command("list")],
    usage: ["walk xlist [WINDOW] [where COND]", "walk QUERY"],
    examples: ["walk xlist 60d", "walk xlist 120d where account.manager = me"],
    details: [
      "Shows each record listed as a card (for a policy: account, team, stage, open tasks and the last note), then waits for one key: s set the renewal stage, n add a note, d delegate to the account's client advocate, r renew, Enter next, p previous, q stop.",
      "Each key that changes the book runs one command, printed as it runs and kept in history: one transaction each, so undo takes back the last. Interactive shell only.",
    ]
  ) { invocation throws(LanguageError) in
    let shell = try shell(invocation)
    guard let nested = invocation.nested("list") else { return }
    shell.walk(try WalkList.gather(nested, in: invocation.session))
  }
}
