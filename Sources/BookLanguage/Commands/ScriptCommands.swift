import BookModel
import BookStore

/// `run`, `source`, `param`, `pause`: scripts and what they hold.
enum ScriptCommands {
  static let all = [run, source, param, pause] + SelfCheckCommands.all

  static let run = CommandSpec(
    "run", group: .session, summary: "run a script file: one transaction, all or nothing",
    grammar: [.text("file", completes: .files), .assignments("parameters")],
    usage: ["run FILE [NAME=VALUE…]"],
    examples: ["run scripts/overdue.book", "run scripts/audit-followup.book days=14"],
    details: [
      "A script is commands, # comments and #: narration (printed as it runs). Its param lines take NAME=VALUE; source FILE includes another.",
      "It is one transaction: the first error stops it with FILE:LINE:COL and nothing is written. From the command line: book run FILE [NAME=VALUE…] [--dry-run] [--each] [--keep-going] [--echo] [--step] [--sandbox [--keep]] [--cast OUT.cast].",
    ]
  ) { invocation throws(LanguageError) in
    guard let node = invocation.value("file") else { return }
    var options = ScriptOptions()
    for assignment in invocation.assignments("parameters") {
      options.parameters.append(
        (
          assignment.field.path.joined(separator: "."),
          try invocation.session.text(of: assignment.value)
        ))
    }
    try runFile(
      try invocation.session.text(of: node), at: node.range, options, in: invocation.session)
  }

  /// Reads and runs a script in the session; a failure (already reported) ends the command
  /// with the script's exit status.
  static func runFile(
    _ name: String, at range: SourceRange, _ options: ScriptOptions, in session: Session
  ) throws(LanguageError) {
    let program: ScriptProgram
    do throws(LanguageError) {
      program = try ScriptProgram.load(
        path: ScriptFile.resolve(name, in: session.workingDirectory), label: name,
        fs: session.directory.fs, registry: session.commands)
    } catch {
      var error = error
      for index in error.diagnostics.indices where error.diagnostics[index].file == nil {
        error.diagnostics[index].location = error.diagnostics[index].location ?? range.lowerBound
      }
      throw error
    }
    let code = ScriptRunner(session: session, program: program, options: options).run()
    guard code == 0 else {
      throw LanguageError([], status: ExitStatus(rawValue: code) ?? .failed)
    }
  }

  static let source = CommandSpec(
    "source", group: .session, summary: "include another script file here",
    grammar: [.text("file", completes: .files)],
    usage: ["source FILE"],
    examples: ["source scripts/overdue.book"],
    details: [
      "In a script, the file (named relative to the script) runs as part of it, in its transaction; a file that would include itself again is refused. Typed in the shell it runs like run FILE."
    ]
  ) { invocation throws(LanguageError) in
    guard let node = invocation.value("file") else { return }
    try runFile(
      try invocation.session.text(of: node), at: node.range, ScriptOptions(),
      in: invocation.session)
  }

  static let param = CommandSpec(
    "param", group: .session, summary: "a script's parameter: param NAME [= DEFAULT]",
    grammar: [.word("name"), .optional([.symbol("="), .value("value")])],
    usage: ["param NAME", "param NAME = DEFAULT"],
    examples: ["param days = 30; audits where due < today + $days"],
    details: [
      "At the top of a script: run FILE NAME=VALUE sets it; without one it takes the default, and a parameter without a default must be given. The script reads it as $NAME."
    ]
  ) { invocation throws(LanguageError) in
    // Outside `run` (typed, or stdin): the default, unless the variable is set already.
    guard let nameNode = invocation.value("name") else { return }
    let name = nameNode.literal.source
    let session = invocation.session
    if session.variables[name] != nil { return }
    guard let value = invocation.value("value") else {
      throw .refused(.parameterWithoutValue(name), at: nameNode.range)
    }
    session.variables[name] = try ValueInterpreter(session: session).resolved(value)
  }

  static let pause = CommandSpec(
    "pause", group: .session, summary: "in trainer mode (--step), show a message and wait",
    grammar: [.text("text")],
    usage: ["pause \"TEXT\""],
    examples: ["pause \"Look at the premium before we change it\""],
    details: ["Anywhere but book run --step it does nothing."]
  ) { _ throws(LanguageError) in
  }
}
