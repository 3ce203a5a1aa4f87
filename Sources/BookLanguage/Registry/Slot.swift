/// One part of a command's argument grammar. The parser, `help` and completion read the
/// slots, so a command's syntax is written once.
public indirect enum Slot: Sendable {
  /// A fixed word (`where`, `to`, `since`).
  case keyword(String)
  /// A fixed symbol (`=`, `-`).
  case symbol(String)
  /// A kind word (`policy`, `policies`, `cert`).
  case kind(String)
  /// One word or `$variable`: an id, a name, a person.
  case word(String)
  /// A word or a quoted string.
  case text(String)
  /// A value, day arithmetic allowed (`today + 14d`, `$12,500`, `"text"`).
  case value(String)
  /// The rest of the line's words, joined by spaces (`help audit open`).
  case words(String)
  /// Zero or more `FIELD=VALUE`.
  case assignments(String)
  /// A condition (after `where`).
  case condition(String)
  /// A whole query.
  case query(String)
  /// Another command (`try COMMAND`).
  case command(String)
  /// The slots, all given or none; decided by the first.
  case optional([Slot])

  /// How the slot reads in a usage line.
  public var usage: String {
    switch self {
    case .keyword(let word): return word
    case .symbol(let symbol): return symbol
    case .kind(let name), .word(let name), .text(let name), .value(let name):
      return name.uppercased()
    case .words(let name): return name.uppercased() + "…"
    case .assignments: return "FIELD=VALUE…"
    case .condition: return "COND"
    case .query: return "QUERY"
    case .command: return "COMMAND"
    case .optional(let slots): return "[" + slots.map(\.usage).joined(separator: " ") + "]"
    }
  }
}
