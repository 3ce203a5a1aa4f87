import BookModel
import BookStore

/// `macro NAME = COMMAND…`, `macro delete NAME`, and each saved macro as a command of its own.
enum MacroCommands {
  static let all = [save, delete]

  static let save = CommandSpec(
    "macro", group: .changes, summary: "save a command under a name (macros.rec)",
    grammar: [.word("name"), .symbol("="), .words("command")],
    usage: ["macro NAME = COMMAND…"],
    examples: [
      "macro xgl = policies where line = GL and expires within 90d; xgl",
      "macro mine = delegations where to = $1 and status = open; mine mlopez",
      "macro expiring = policies where expires within $days sort expiration; expiring days=60d",
    ],
    details: [
      "Then NAME runs it. $1, $2… in the command are the words given after NAME; NAME=VALUE after it sets $NAME while it runs. macros lists them; macro delete NAME removes one."
    ]
  ) { invocation throws(LanguageError) in
    guard let nameNode = invocation.value("name") else { return }
    let session = invocation.session
    let name = nameNode.literal.source
    try MacroText.checkName(name, registry: session.registry, at: nameNode.range)
    let body = MacroText.body(of: invocation.command.source)
    try MacroText.checkBody(body, registry: session.commands, at: invocation.command.range)
    let existed = session.view.record(.macro, name) != nil
    try session.change(invocation.command) {
      (transaction: inout Transaction) throws(LanguageError) in
      var record = transaction.record(.macro, name)?.record ?? Record([Field("name", name)])
      record.set("command", body)
      try storing { () throws(StoreError) in
        if existed {
          try transaction.update(.macro, name, record)
        } else {
          _ = try transaction.add(.macro, record)
        }
      }
    }
    invocation.write("macro \(name) \(existed ? "changed" : "saved"): \(body)\n")
  }

  static let delete = CommandSpec(
    "macro delete", group: .changes, summary: "remove a saved macro",
    grammar: [.word("name", completes: .ids(.macro))],
    usage: ["macro delete NAME"],
    examples: ["macro delete overdue"]
  ) { invocation throws(LanguageError) in
    guard let nameNode = invocation.value("name") else { return }
    let session = invocation.session
    let name = try session.text(of: nameNode)
    guard session.view.record(.macro, name) != nil else {
      let names = session.view.records(.macro).compactMap { $0.value("name") }
      throw .refused(
        .noMacro(name, suggestion: Suggestion.closest(to: name, in: names)), at: nameNode.range)
    }
    try session.change(invocation.command) {
      (transaction: inout Transaction) throws(LanguageError) in
      try storing { () throws(StoreError) in try transaction.delete(.macro, name) }
    }
    invocation.write("macro \(name) deleted\n")
  }

  /// The command a saved macro becomes: its name runs its text.
  static func spec(name: String, command body: String, description: String?) -> CommandSpec {
    CommandSpec(
      name, group: .session, summary: description ?? body, grammar: [.words("arguments")],
      usage: [name + " [WORD…] [NAME=VALUE…]"], details: ["A macro: " + body]
    ) { invocation throws(LanguageError) in
      try MacroText.run(
        name: name, body: body, invocation: invocation)
    }
  }
}

extension Session {
  /// The commands a line may name: the registry's and the book's macros.
  public var commands: Registry {
    let book = pending ?? Transaction(base: snapshot)
    let macros = book.records(.macro)
    guard !macros.isEmpty else { return registry }
    var all = registry
    for macro in macros {
      guard let name = macro.value("name"), let body = macro.value("command"),
        registry.command(named: name) == nil, Schema.kind(named: name) == nil
      else { continue }
      all.register(
        MacroCommands.spec(name: name, command: body, description: macro.value("description")))
    }
    return all
  }
}
