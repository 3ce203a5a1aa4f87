import BookModel
import BookStore

/// A parsed command about to run, with typed access to its arguments.
public struct Invocation {
  public let command: Command
  public let session: Session

  /// The kind given in a slot.
  public func kind(_ name: String) -> (KindID, SourceRange)? {
    if case .kind(let kind, let range)? = command.arguments[name] { return (kind, range) }
    return nil
  }

  /// The value given in a slot.
  public func value(_ name: String) -> ValueNode? {
    if case .value(let node)? = command.arguments[name] { return node }
    return nil
  }

  /// The value of a slot as text (variables resolved); nil when not given.
  public func text(_ name: String) throws(LanguageError) -> String? {
    guard let node = value(name) else { return nil }
    return try session.text(of: node)
  }

  public func assignments(_ name: String = "assignments") -> [Assignment] {
    if case .assignments(let list)? = command.arguments[name] { return list }
    return []
  }

  public func condition(_ name: String = "condition") -> Condition? {
    if case .condition(let condition)? = command.arguments[name] { return condition }
    return nil
  }

  public func query(_ name: String = "query") -> Query? {
    if case .query(let query)? = command.arguments[name] { return query }
    return nil
  }

  public func nested(_ name: String = "command") -> Command? {
    if case .command(let command)? = command.arguments[name] { return command }
    return nil
  }

  /// Whether an optional keyword or symbol was given.
  public func has(_ name: String) -> Bool {
    command.arguments[name] != nil
  }

  /// Writes results.
  public func write(_ text: String) { session.output.write(text) }
}
