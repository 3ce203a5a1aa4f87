import BookModel

extension HelpText {
  /// The commands named after a kind (`audit open`, `audits due`), listed under the kind's
  /// help; empty when there are none.
  static func verbs(of spec: KindSpec, in registry: Registry) -> String {
    let words = Set([spec.singular, spec.plural] + spec.aliases)
    let commands = registry.commands.filter { command in
      command.name.split(separator: " ").count > 1
        && words.contains(String(command.name.split(separator: " ")[0]))
    }
    guard !commands.isEmpty else { return "" }
    let width = commands.map(\.name.count).max() ?? 0
    var out = "\nCommands (help COMMAND for more):\n"
    for command in commands {
      let name = command.name + String(repeating: " ", count: width - command.name.count)
      out += "  \(name)  \(command.summary)\n"
    }
    return out
  }
}
