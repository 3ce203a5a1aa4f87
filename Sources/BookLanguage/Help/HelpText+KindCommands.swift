import BookModel

/// `help KIND` with the verbs named after the kind (`help cert`: `cert issue`, `cert show`…):
/// their usage and summary before the examples, and their first example among them, so every
/// example shown runs.
extension HelpText {
  static func kind(_ kind: KindID, commands: [CommandSpec]) -> String {
    let text = self.kind(kind)
    guard !commands.isEmpty else { return text }
    var verbs = "\nCommands:\n"
    for command in commands {
      verbs += command.usageLines.map { "  " + $0 + "\n" }.joined()
      verbs += "      " + command.summary + "\n"
    }
    let examples = commands.compactMap(\.examples.first).map { "  " + $0 + "\n" }.joined()
    guard let range = text.firstRange(of: "\nExamples:\n") else { return text + verbs }
    return String(text[..<range.lowerBound]) + verbs + String(text[range.lowerBound...])
      + examples
  }
}

extension Registry {
  /// The commands named after a kind: their first word is one of its words (`cert issue`).
  func commands(about kind: KindID) -> [CommandSpec] {
    let spec = kind.spec
    let words = Set([spec.singular, spec.plural] + spec.aliases)
    return commands.filter { command in
      let parts = command.name.split(separator: " ")
      return parts.first.map { words.contains(String($0)) } == true
    }
  }
}
