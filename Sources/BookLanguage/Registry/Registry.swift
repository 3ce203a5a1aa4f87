/// Every command of the language. The parser looks names up here; `help` and completion
/// list from here; later commands are added with `register`.
public struct Registry: Sendable {
  public private(set) var commands: [CommandSpec] = []

  public init(_ commands: [CommandSpec] = []) {
    for command in commands { register(command) }
  }

  /// Adds a command (replacing one of the same name).
  public mutating func register(_ command: CommandSpec) {
    commands.removeAll { $0.name == command.name }
    commands.append(command)
  }

  /// The command a name or alias names, ignoring case.
  public func command(named name: String) -> CommandSpec? {
    let lower = name.lowercased()
    return commands.first { $0.names.contains(lower) }
  }

  /// The longest command name made of the first words (`audit open P-0004` → `audit open`),
  /// with how many words it took.
  public func match(_ words: [String]) -> (command: CommandSpec, words: Int)? {
    let lower = words.map { $0.lowercased() }
    var best: (CommandSpec, Int)?
    for command in commands {
      for name in command.names {
        let parts = name.split(separator: " ").map(String.init)
        guard parts.count <= lower.count, Array(lower.prefix(parts.count)) == parts else {
          continue
        }
        if parts.count > (best?.1 ?? 0) { best = (command, parts.count) }
      }
    }
    return best
  }

  /// Every command name and alias (for did-you-mean and completion).
  public var allNames: [String] { commands.flatMap(\.names) }
}

extension Registry {
  /// The language's own commands (queries, changes, history, session, help).
  public static let standard = Registry(StandardCommands.all)
}
