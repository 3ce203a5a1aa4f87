import BookModel
import BookStore

/// A script's `param` lines: checked against the `NAME=VALUE` given before anything runs,
/// then set as variables as the script reaches them.
extension ScriptRunner {
  /// Refuses a parameter given that the script does not declare, and one it requires that is
  /// not given, before anything runs.
  func checkParameters() throws(LanguageError) {
    let declared = program.parameters.map(\.name)
    let top = program.scripts.first?.file ?? "the script"
    for (name, _) in options.parameters where !declared.contains(name) {
      throw .refused(
        .noParameter(
          script: top, name: name, suggestion: Suggestion.closest(to: name, in: declared),
          declared: declared))
    }
    let missing = program.parameters.filter { $0.value == nil && given[$0.name] == nil }
    guard let first = missing.first else { return }
    let names = missing.map(\.name)
    let step = program.steps[first.step]
    throw program.located(
      .refused(.missingParameters(script: top, names: names), at: step.command.range),
      in: program.script(of: step))
  }

  func setParameter(_ command: Command) throws(LanguageError) {
    guard case .value(let nameNode)? = command.arguments["name"] else { return }
    let name = nameNode.literal.source
    guard Lexer.isIdentifier(name) else {
      throw .refused(.notAName("parameter"), at: nameNode.range)
    }
    let interpreter = ValueInterpreter(session: session)
    if let text = given[name] {
      session.variables[name] = try interpreter.resolved(Self.value(text))
    } else if case .value(let node)? = command.arguments["value"] {
      session.variables[name] = try interpreter.resolved(node)
    }
  }

  /// A value given on the command line as the language would read it after `let x =`
  /// (`14`, `2026-12-01`, `today + 14d`, `mlopez`); text that is no single value is a string.
  static func value(_ text: String) -> ValueNode {
    let here = SourceLocation(line: 1, column: 1)
    if let script = try? Parser.parse("let x = " + text, registry: .standard),
      script.commands.count == 1, case .value(let node)? = script.commands[0].arguments["value"]
    {
      return node
    }
    return ValueNode(.string(text), here..<here)
  }
}
