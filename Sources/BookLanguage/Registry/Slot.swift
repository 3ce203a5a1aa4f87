import BookModel

/// One part of a command's argument grammar. The parser, `help` and completion read the
/// slots, so a command's syntax is written once.
public indirect enum Slot: Sendable {
  /// A fixed word (`where`, `to`, `since`).
  case keyword(String)
  /// A fixed symbol (`=`, `-`).
  case symbol(String)
  /// A kind word (`policy`, `policies`, `cert`).
  case kind(String)
  /// One word or `$variable`: an id, a name, a person; completed as declared.
  case word(String, completes: SlotCompletion = .nothing)
  /// A word or a quoted string; completed as declared.
  case text(String, completes: SlotCompletion = .nothing)
  /// A value, day arithmetic allowed (`today + 14d`, `$12,500`, `"text"`); completed as
  /// declared.
  case value(String, completes: SlotCompletion = .nothing)
  /// The rest of the line's words, joined by spaces (`help audit open`); completed as declared.
  case words(String, completes: SlotCompletion = .nothing)
  /// Zero or more `FIELD=VALUE`.
  case assignments(String)
  /// A condition (after `where`).
  case condition(String)
  /// A whole query.
  case query(String)
  /// A query's clauses on a kind the command names itself (`xlist 60d where … sort … as csv`).
  case clauses(String, of: KindID)
  /// Another command (`try COMMAND`).
  case command(String)
  /// The slots, all given or none; decided by the first.
  case optional([Slot])

  /// How the slot reads in a usage line.
  public var usage: String {
    switch self {
    case .keyword(let word): return word
    case .symbol(let symbol): return symbol
    case .kind(let name), .word(let name, _), .text(let name, _), .value(let name, _):
      return name.uppercased()
    case .words(let name, _): return name.uppercased() + "…"
    case .assignments: return "FIELD=VALUE…"
    case .condition: return "COND"
    case .query: return "QUERY"
    case .clauses: return "[where COND] [sort FIELD…] [fields FIELD…] [as FORMAT] [into FILE]"
    case .command: return "COMMAND"
    case .optional(let slots): return "[" + slots.map(\.usage).joined(separator: " ") + "]"
    }
  }
}

extension Slot {
  /// What completion offers for the slot's word (`.nothing` for slots that are not words).
  public var completes: SlotCompletion {
    switch self {
    case .word(_, let completes), .text(_, let completes), .value(_, let completes),
      .words(_, let completes):
      return completes
    default: return .nothing
    }
  }

  /// The fixed words in the slot, which end an optional word before them.
  public var keywords: [String] {
    switch self {
    case .keyword(let word): return [word]
    case .optional(let slots): return slots.flatMap(\.keywords)
    case .clauses: return Query.clauses
    default: return []
    }
  }

  /// Whether `token` begins an optional part that starts with this slot: the parser decides
  /// by it, and completion follows the same rule. `next` is the token after it; `stops` are
  /// the keywords of the slots that come later.
  public func begins(with token: Token, next: Token?, stops: Set<String>) -> Bool {
    if token.isEnd { return false }
    switch self {
    case .keyword(let word): return token.isWord(word)
    case .symbol(let symbol): return token.isSymbol(symbol)
    case .kind: return token.kind == .word && Schema.kind(named: token.text) != nil
    case .word, .text, .value, .words:
      if token.kind == .word && stops.contains(token.text.lowercased()) { return false }
      if token.kind == .symbol && !(token.isSymbol("+") || token.isSymbol("-")) { return false }
      return next?.isAssignmentSymbol != true
    default: return true
    }
  }
}
