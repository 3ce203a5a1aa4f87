import BookModel

/// Trees with every source range set to one place, to compare what was parsed regardless of
/// where it stood (`parse(print(ast)) == ast`).
public enum RangeEraser {
  static let origin = SourceLocation(line: 1, column: 1)
  static let none = origin..<origin

  public static func erase(_ command: Command) -> Command {
    var command = command
    command.nameRange = none
    command.range = none
    command.source = ""
    command.arguments = command.arguments.mapValues(erase)
    return command
  }

  static func erase(_ argument: Argument) -> Argument {
    switch argument {
    case .kind(let kind, _): return .kind(kind, none)
    case .value(let node): return .value(erase(node))
    case .assignments(let list):
      return .assignments(
        list.map { Assignment(field: erase($0.field), $0.operation, value: erase($0.value)) })
    case .condition(let condition): return .condition(erase(condition))
    case .query(let query): return .query(erase(query))
    case .command(let command): return .command(erase(command))
    case .present: return .present(none)
    }
  }

  static func erase(_ node: ValueNode) -> ValueNode { ValueNode(node.literal, none) }

  static func erase(_ field: FieldRef) -> FieldRef { FieldRef(field.path, none) }

  public static func erase(_ query: Query) -> Query {
    var query = query
    query.kindRange = none
    query.condition = query.condition.map(erase)
    query.sort = query.sort.map { Query.SortKey(field: erase($0.field), descending: $0.descending) }
    query.fields = query.fields.map(erase)
    query.aggregate = query.aggregate.map {
      Query.Aggregate(function: $0.function, field: $0.field.map(erase), range: none)
    }
    query.by = query.by.map(erase)
    query.into = query.into.map(erase)
    query.asOf = query.asOf.map(erase)
    return query
  }

  public static func erase(_ condition: Condition) -> Condition {
    switch condition {
    case .and(let left, let right): return .and(erase(left), erase(right))
    case .or(let left, let right): return .or(erase(left), erase(right))
    case .not(let inner): return .not(erase(inner))
    case .compare(let field, let op, let value): return .compare(erase(field), op, erase(value))
    case .member(let field, let values, let negated):
      return .member(erase(field), values.map(erase), negated: negated)
    case .within(let field, let last, let value):
      return .within(erase(field), last: last, erase(value))
    case .isEmpty(let field, let negated): return .isEmpty(erase(field), negated: negated)
    case .matches(let field, let value): return .matches(erase(field), erase(value))
    case .flag(let field): return .flag(erase(field))
    }
  }
}
