import BookModel
import BookStore

/// Runs a script program in a session: one transaction (or one per command with `--each`),
/// stopping at the first error with nothing written (or reporting every error with
/// `--keep-going`); narration, `# expect:` checks, `--dry-run` diffs and trainer mode.
public final class ScriptRunner {
  let session: Session
  let program: ScriptProgram
  let options: ScriptOptions
  /// Whether this run opened the pending transaction (and so commits or drops it); a script
  /// run inside `begin` or inside another script joins theirs.
  private var ownsTransaction = false
  /// The given parameters by name.
  let given: [String: String]

  /// What a step undone with `b` goes back to.
  private struct Saved {
    var step: Int
    var pending: Transaction?
    var variables: [String: Literal]
    var lastID: String?
    var focus: String?
  }

  public init(session: Session, program: ScriptProgram, options: ScriptOptions) {
    self.session = session
    self.program = program
    self.options = options
    var given: [String: String] = [:]
    for (name, value) in options.parameters { given[name] = value }
    self.given = given
  }

  /// Runs the script; prints results and errors; returns the exit code.
  public func run() -> Int32 {
    do throws(LanguageError) {
      try checkParameters()
    } catch {
      report(error)
      return error.exitCode
    }
    if session.pending == nil && session.directory.hasChanged(since: session.snapshot) {
      do throws(LanguageError) {
        try session.reload()
      } catch {
        report(error)
        return error.exitCode
      }
    }
    let outerUnit = session.unit
    let outerLabel = session.commandLabel
    let outerSource = session.source
    let sink = ScriptOutput(session.output)
    session.output = sink
    session.unit = .script
    defer {
      session.output = sink.inner
      session.unit = outerUnit
      session.commandLabel = outerLabel
      session.source = outerSource
    }
    if session.pending == nil {
      session.pending = Transaction(base: session.snapshot)
      ownsTransaction = true
    }
    let code = steps(sink)
    if code != 0 || !ownsTransaction { return code }
    return finish()
  }

  // MARK: Steps

  /// Goes through the steps; returns 0, or the exit code after which nothing is written.
  private func steps(_ sink: ScriptOutput) -> Int32 {
    var index = 0
    var done: [Saved] = []
    var running = options.stepper == nil
    var firstFailure: Int32?
    var failures = 0
    while index < program.steps.count {
      let step = program.steps[index]
      let script = program.script(of: step)
      let command = step.command
      let narration = step.narration
      if let stepper = options.stepper, !running, !["param", "pause"].contains(command.name) {
        for line in narration { options.observer?.narration(filled(line)) }
        switch stepper.choose(
          command: command.source, narration: narration.map(filled), step: index + 1,
          of: program.steps.count)
        {
        case .run: break
        case .skip:
          index += 1
          continue
        case .back:
          guard !options.each, let last = done.popLast() else {
            stepper.notice(
              options.each ? "--each committed it: there is no stepping back" : "at the start")
            continue
          }
          restore(last)
          stepper.notice("took back: " + program.steps[last.step].command.source)
          index = last.step
          continue
        case .trainee:
          trainee(stepper)
          continue
        case .continueAll:
          running = true
        case .quit:
          if ownsTransaction { session.discardPending() }
          sink.report("quit: nothing was committed\n")
          return ExitStatus.ok.rawValue
        }
      } else {
        for line in narration { show(narration: line) }
      }
      if options.stepper != nil { done.append(saved(index)) }
      if let observer = options.observer {
        observer.typed(command.source, echoed: options.echo)
      } else if options.echo {
        sink.inner.write("> " + command.source + "\n")
      }
      do throws(LanguageError) {
        try perform(step, in: script, sink: sink)
        if options.each && ownsTransaction && !options.dryRun { try commitSoFar() }
      } catch {
        report(program.located(offeringSandbox(error), at: command.range, in: script))
        if !options.keepGoing {
          if ownsTransaction { session.discardPending() }
          return error.exitCode
        }
        failures += 1
        firstFailure = firstFailure ?? error.exitCode
      }
      for line in step.closing { show(narration: line) }
      index += 1
    }
    if let firstFailure {
      if ownsTransaction { session.discardPending() }
      let written =
        options.each && !options.dryRun
        ? "the commands that ran were committed one by one" : "nothing was written"
      sink.report("\(failures) error\(failures == 1 ? "" : "s") in the script; \(written)\n")
      return firstFailure
    }
    return ExitStatus.ok.rawValue
  }

  private func show(narration text: String) {
    let text = filled(text)
    options.observer?.narration(text)
    session.output.write(text + "\n")
  }

  /// Narration with each `$name` of a variable set (a parameter) replaced by its value.
  private func filled(_ text: String) -> String {
    guard text.contains("$") else { return text }
    var out = ""
    var rest = text[...]
    while let dollar = rest.firstIndex(of: "$") {
      out += rest[..<dollar]
      let after = rest[rest.index(after: dollar)...]
      let name = after.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
      if let value = session.variables[String(name)] {
        switch value {
        case .string(let text): out += text
        default: out += value.source
        }
        rest = after.dropFirst(name.count)
      } else {
        out += "$"
        rest = after
      }
    }
    return out + rest
  }

  /// Runs one step, checking its output against the `# expect:` lines after it.
  private func perform(_ step: ScriptProgram.Step, in script: Script, sink: ScriptOutput)
    throws(LanguageError)
  {
    let command = step.command
    let expected = step.expected
    session.commandLabel =
      "\(script.file ?? "script"):\(command.range.lowerBound.line): "
      + command.source
    session.source = (script.file, script.lines)
    if !expected.isEmpty { sink.capture() }
    switch command.name {
    case "param": try setParameter(command)
    case "pause":
      if let stepper = options.stepper, let node = command.arguments["text"],
        case .value(let value) = node
      {
        stepper.pause(try session.text(of: value))
      }
    default: try session.execute(command)
    }
    if !expected.isEmpty { try ExpectedOutput.check(sink.take(), against: expected) }
  }

  /// Commits what the script changed so far (`--each`) and opens the next transaction.
  private func commitSoFar() throws(LanguageError) {
    guard let pending = session.pending else { return }
    session.pending = nil
    try session.commit(pending, command: session.commandLabel ?? "script")
    session.pending = Transaction(base: session.snapshot)
  }

  /// The end of a script that owns its transaction: the dry run's diffs, or the commit.
  private func finish() -> Int32 {
    if options.dryRun {
      let pending = session.pending
      session.discardPending()
      let lines = pending.map(RecordDiff.lines) ?? []
      for line in lines { session.output.write(line + "\n") }
      let count = lines.isEmpty ? 0 : pending?.effectiveChanges.count ?? 0
      session.output.report(
        "dry run: \(count) record\(count == 1 ? "" : "s") would change; nothing was written\n")
      return ExitStatus.ok.rawValue
    }
    do throws(LanguageError) {
      try session.finishScript(source: program.scripts.first?.file ?? "script")
    } catch {
      report(offeringSandbox(error))
      return error.exitCode
    }
    return ExitStatus.ok.rawValue
  }

  // MARK: Trainer mode

  private func saved(_ step: Int) -> Saved {
    Saved(
      step: step, pending: session.pending, variables: session.variables,
      lastID: session.lastID, focus: session.focus)
  }

  private func restore(_ saved: Saved) {
    session.pending = saved.pending
    session.variables = saved.variables
    session.lastID = saved.lastID
    session.focus = saved.focus
  }

  /// The trainee's turn: each line they type runs inside the script's transaction (a refused
  /// one changes nothing) until `resume`.
  private func trainee(_ stepper: any ScriptStepper) {
    while let line = stepper.traineeLine() {
      let text = line.trimmed
      if text == "resume" { return }
      if text.isEmpty { continue }
      let script: Script
      do {
        script = try Parser.parse(text, registry: session.commands)
      } catch {
        session.report(LanguageError(error), file: nil, lines: [text])
        continue
      }
      for command in script.commands {
        session.commandLabel = command.source
        do throws(LanguageError) {
          try session.execute(command)
        } catch {
          session.report(error, file: nil, lines: script.lines)
          break
        }
      }
    }
  }

  /// A refusal to write under a pinned day, with the same run on a throw-away copy offered.
  private func offeringSandbox(_ error: LanguageError) -> LanguageError {
    guard let command = options.sandboxCommand,
      let index = error.diagnostics.firstIndex(where: {
        $0.message.hasSuffix(StoreError.pinnedDayRefusal)
      })
    else { return error }
    var error = error
    error.diagnostics[index].notes.append(LanguageRefusal.practise(with: command))
    return error
  }

  func report(_ error: LanguageError) {
    let top = program.scripts.first
    session.report(error, file: top?.file, lines: top?.lines ?? [])
  }
}
