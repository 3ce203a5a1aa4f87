import BookModel

/// One parsed command: the registry entry it names and its arguments by slot name.
public struct Command: Sendable, Equatable {
  /// The registry name (`set`, `query`, `audit open`).
  public var name: String
  /// The words naming the command (empty for a query, which starts with its kind).
  public var nameRange: SourceRange
  public var arguments: [String: Argument]
  public var range: SourceRange
  /// The command's text as typed (for the journal and for errors).
  public var source: String

  public init(
    name: String, nameRange: SourceRange, arguments: [String: Argument] = [:],
    range: SourceRange, source: String
  ) {
    self.name = name
    self.nameRange = nameRange
    self.arguments = arguments
    self.range = range
    self.source = source
  }
}

/// What fills one slot of a command's grammar.
public indirect enum Argument: Sendable, Equatable {
  case kind(KindID, SourceRange)
  case value(ValueNode)
  case assignments([Assignment])
  case condition(Condition)
  case query(Query)
  case command(Command)
  /// An optional keyword or symbol that was given (`-` in `use -`).
  case present(SourceRange)
}

/// A parsed input: its commands in order, with the text they came from.
public struct Script: Sendable, Equatable {
  public var commands: [Command]
  /// The file name for diagnostics (nil for `-c` and the shell).
  public var file: String?
  public var lines: [String]
  /// The `#` comments and `#:` narration, in order (commands never see them).
  public var comments: [ScriptComment] = []

  /// The text of a 1-based line (for carets).
  public func line(_ number: Int) -> String? {
    number >= 1 && number <= lines.count ? lines[number - 1] : nil
  }
}
