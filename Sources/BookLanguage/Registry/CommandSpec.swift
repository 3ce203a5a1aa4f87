/// One command of the language: how it is named, written, explained and run. `help` and the
/// shell's completion are generated from these entries.
public struct CommandSpec: Sendable {
  /// The groups `help` lists commands under.
  public enum Group: String, Sendable, CaseIterable {
    case queries = "Queries"
    case changes = "Changes"
    case history = "Transactions and history"
    case session = "Session"
    case help = "Help"
  }

  /// The words naming it (`set`, `audit open`).
  public let name: String
  public let aliases: [String]
  public let group: Group
  /// One line for `help`.
  public let summary: String
  /// The argument grammar.
  public let grammar: [Slot]
  /// Usage lines; when empty, one is made from the grammar.
  public let usage: [String]
  /// Examples that run on the example book.
  public let examples: [String]
  /// Paragraphs for `help COMMAND`.
  public let details: [String]
  /// Runs the parsed command in a session.
  public let run: @Sendable (Invocation) throws(LanguageError) -> Void

  public init(
    _ name: String, aliases: [String] = [], group: Group, summary: String, grammar: [Slot] = [],
    usage: [String] = [], examples: [String] = [], details: [String] = [],
    run: @escaping @Sendable (Invocation) throws(LanguageError) -> Void
  ) {
    self.name = name
    self.aliases = aliases
    self.group = group
    self.summary = summary
    self.grammar = grammar
    self.usage = usage
    self.examples = examples
    self.details = details
    self.run = run
  }

  /// The usage lines `help` shows.
  public var usageLines: [String] {
    if !usage.isEmpty { return usage }
    return [([name] + grammar.map(\.usage)).joined(separator: " ")]
  }

  /// Every word that names the command.
  public var names: [String] { [name] + aliases }
}
