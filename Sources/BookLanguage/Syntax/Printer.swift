import BookModel

/// Writes commands back as text that parses to the same tree (`parse(print(ast)) == ast`).
public enum Printer {
  /// A command as it could be typed.
  public static func print(_ command: Command, registry: Registry) -> String {
    if command.name == "query", case .query(let query)? = command.arguments["query"] {
      return print(query)
    }
    guard let spec = registry.command(named: command.name) else { return command.source }
    let parts = [command.name] + slots(spec.grammar, command.arguments, registry: registry)
    return parts.joined(separator: " ")
  }

  private static func slots(_ grammar: [Slot], _ arguments: [String: Argument], registry: Registry)
    -> [String]
  {
    var parts: [String] = []
    for slot in grammar {
      switch slot {
      case .keyword(let word): parts.append(word)
      case .symbol(let symbol): parts.append(symbol)
      case .kind(let name), .word(let name, _), .text(let name, _), .value(let name, _),
        .words(let name, _),
        .assignments(let name), .condition(let name), .query(let name), .command(let name):
        if let argument = arguments[name] {
          let text = print(argument, registry: registry)
          if !text.isEmpty { parts.append(text) }
        }
      case .clauses(let name, _):
        if case .query(let query)? = arguments[name] { parts += clauses(query) }
      case .optional(let inner):
        guard let first = inner.first else { continue }
        let given: Bool
        switch first {
        case .keyword(let word) where inner.count == 1: given = arguments[word] != nil
        case .symbol(let symbol) where inner.count == 1: given = arguments[symbol] != nil
        default: given = inner.contains { $0.name.map { arguments[$0] != nil } ?? false }
        }
        if given { parts += slots(inner, arguments, registry: registry) }
      }
    }
    return parts
  }

  private static func print(_ argument: Argument, registry: Registry) -> String {
    switch argument {
    case .kind(let kind, _): return kind.spec.plural == "agency" ? "agency" : kind.spec.singular
    case .value(let node): return node.literal.source
    case .assignments(let list):
      return list.map(\.source).joined(separator: " ")
    case .condition(let condition): return print(condition)
    case .query(let query): return print(query)
    case .command(let command): return print(command, registry: registry)
    case .present: return ""
    }
  }

  /// A query in the canonical clause order.
  public static func print(_ query: Query) -> String {
    var parts: [String] = []
    let kind = query.kind.spec.plural
    if query.aggregate?.function == .count {
      parts += ["count", kind]
    } else {
      parts.append(kind)
    }
    return (parts + clauses(query)).joined(separator: " ")
  }

  /// A query's clauses after its kind, in the canonical order.
  static func clauses(_ query: Query) -> [String] {
    var parts: [String] = []
    if let condition = query.condition { parts += ["where", print(condition)] }
    if !query.sort.isEmpty {
      parts.append(
        "sort "
          + query.sort.map { $0.field.name + ($0.descending ? " desc" : "") }.joined(
            separator: ", "))
    }
    if let limit = query.limit { parts.append("limit \(limit)") }
    if !query.fields.isEmpty {
      parts.append("fields " + query.fields.map(\.name).joined(separator: ", "))
    }
    if let aggregate = query.aggregate, aggregate.function != .count, let field = aggregate.field {
      parts.append("\(aggregate.function.rawValue) \(field.name)")
    }
    if !query.by.isEmpty { parts.append("by " + query.by.map(\.name).joined(separator: ", ")) }
    if let format = query.format { parts.append("as \(format.rawValue)") }
    if let into = query.into { parts.append("into \(into.literal.source)") }
    if let day = query.asOf { parts.append("as of \(day.literal.source)") }
    return parts
  }

  /// A condition with the parentheses its nesting needs.
  public static func print(_ condition: Condition) -> String {
    print(condition, level: 0)
  }

  /// Levels: 0 or, 1 and, 2 not and atoms.
  private static func print(_ condition: Condition, level: Int) -> String {
    func wrap(_ text: String, _ own: Int) -> String { own < level ? "(" + text + ")" : text }
    switch condition {
    case .or(let left, let right):
      return wrap(print(left, level: 0) + " or " + print(right, level: 1), 0)
    case .and(let left, let right):
      return wrap(print(left, level: 1) + " and " + print(right, level: 2), 1)
    case .not(let inner):
      return "not " + print(inner, level: 2)
    case .compare(let field, let op, let value):
      return "\(field.name) \(op.rawValue) \(value.literal.source)"
    case .member(let field, let values, let negated):
      return "\(field.name) " + (negated ? "not in (" : "in (")
        + values.map(\.literal.source).joined(separator: ", ") + ")"
    case .within(let field, let last, let value):
      return "\(field.name) within " + (last ? "last " : "") + value.literal.source
    case .isEmpty(let field, let negated):
      return "\(field.name) is " + (negated ? "not empty" : "empty")
    case .matches(let field, let value):
      return "\(field.name) ~ \(value.literal.source)"
    case .flag(let field):
      return field.name
    }
  }
}

extension Slot {
  /// The argument name the slot fills, if it fills one.
  var name: String? {
    switch self {
    case .kind(let name), .word(let name, _), .text(let name, _), .value(let name, _),
      .words(let name, _), .assignments(let name), .condition(let name), .query(let name),
      .command(let name), .clauses(let name, _):
      return name
    case .keyword, .symbol, .optional: return nil
    }
  }
}
