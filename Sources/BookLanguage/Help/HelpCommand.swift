import BookModel

/// `help`, `help COMMAND`, `help KIND`, `help where`: all generated from the registry and the
/// schema, so it never disagrees with what runs.
enum HelpCommand {
  static let spec = CommandSpec(
    "help", group: .help, summary: "commands by group, or help on one topic",
    grammar: [.optional([.words("topic", completes: .helpTopics)])],
    usage: [
      "help", "help COMMAND", "help KIND", "help where", "help kinds", "help formats", "help days",
      "help keys",
    ],
    examples: ["help", "help policies", "help where", "help set"]
  ) { invocation throws(LanguageError) in
    let registry = invocation.session.registry
    let width = invocation.session.options.width
    func write(_ text: String) { invocation.write(HelpText.wrapped(text, width: width)) }
    guard let topic = try invocation.text("topic")?.lowercased(), !topic.isEmpty else {
      write(HelpText.overview(registry))
      return
    }
    // A kind word that is also a command (note, notes): the kind's help, which lists it.
    if let command = registry.command(named: topic), command.name != "query",
      Schema.kind(named: topic) == nil
    {
      write(HelpText.command(command))
    } else if topic == "query" || topic == "queries" {
      write(HelpText.command(QueryCommands.query))
    } else if let kind = Schema.kind(named: topic), kind.kind != .change {
      write(HelpText.kind(kind.kind, commands: registry.commands(about: kind.kind)))
    } else if let text = HelpText.topics[topic] {
      write(text)
    } else {
      let candidates =
        registry.allNames + Array(HelpText.topics.keys)
        + Schema.kinds.filter { $0.kind != .change }.flatMap { [$0.singular, $0.plural] }
      let close =
        Parser.plannedCommands.contains(topic)
        ? nil : Suggestion.closest(to: topic, in: candidates, short: 4)
      throw .refused(.noHelp(topic, suggestion: close), at: invocation.value("topic")?.range)
    }
  }
}
