/// Every command of the language. The parser looks names up here; `help` and completion
/// list from here; later commands are added with `register`.
public struct Registry: Sendable {
  public private(set) var commands: [CommandSpec] = []

  /// Every name and alias split into lowercase words, by its first word, in the order of
  /// `commands`: `match` looks at the few names a command's first word can start.
  private var names: [String: [Name]] = [:]

  /// A command's name or alias as words, and where the command is in `commands`.
  private struct Name: Sendable {
    let words: [String]
    let command: Int
  }

  public init(_ commands: [CommandSpec] = []) {
    for command in commands { register(command) }
  }

  /// Adds a command (replacing one of the same name).
  public mutating func register(_ command: CommandSpec) {
    let count = commands.count
    commands.removeAll { $0.name == command.name }
    commands.append(command)
    if commands.count == count + 1 {
      index(commands.count - 1)
    } else {
      names = [:]
      for position in commands.indices { index(position) }
    }
  }

  private mutating func index(_ position: Int) {
    for name in commands[position].names {
      let words = name.split(separator: " ").map { $0.lowercased() }
      guard let first = words.first else { continue }
      names[first, default: []].append(Name(words: words, command: position))
    }
  }

  /// The command a name or alias names, ignoring case.
  public func command(named name: String) -> CommandSpec? {
    let lower = name.lowercased()
    return commands.first { $0.names.contains(lower) }
  }

  /// The longest command name made of the first words (`audit open P-0004` → `audit open`),
  /// with how many words it took.
  public func match(_ words: [String]) -> (command: CommandSpec, words: Int)? {
    guard let first = words.first, let candidates = names[first.lowercased()] else { return nil }
    var best: Name?
    for name in candidates where name.words.count > (best?.words.count ?? 0) {
      guard name.words.count <= words.count,
        zip(name.words.dropFirst(), words.dropFirst()).allSatisfy({ $0 == $1.lowercased() })
      else { continue }
      best = name
    }
    return best.map { (commands[$0.command], $0.words.count) }
  }

  /// Every command name and alias (for did-you-mean and completion).
  public var allNames: [String] { commands.flatMap(\.names) }
}

extension Registry {
  /// The language's own commands (queries, changes, history, session, help).
  public static let standard = Registry(StandardCommands.all)
}
