import BookModel
import BookStore

/// Everything a running `book` keeps between commands (like the sqlite3 shell's state
/// struct): the book, who and when, the open transaction, focus, variables and output.
public final class Session {
  /// How changes are grouped into transactions.
  public enum Unit: Sendable, Equatable {
    /// Each command commits on its own (`-c`, the shell).
    case eachCommand
    /// The whole input is one transaction, committed at the end (`book < script`).
    case script
  }

  /// The commands the parser and `help` know.
  public let registry: Registry
  /// The data directory read and written.
  public let directory: DataDirectory
  /// The book as last read (refreshed after each commit).
  public private(set) var snapshot: Snapshot {
    didSet { readerCache = nil }
  }
  /// The field reader of the last command, kept while the book and the day stay the same
  /// (its indexes and lookups carry over from one shell command to the next).
  private var readerCache: (today: Day, resolver: FieldResolver)?
  /// Who works, on which day.
  public var context: BookContext
  /// Results and errors go here.
  public var output: any OutputSink
  /// The format, header and terminal width of results (`--format`, `--no-header`).
  public var options: RenderOptions
  /// `--safe`: no file written outside the data directory.
  public var safe: Bool
  /// How changes are grouped.
  public var unit: Unit
  /// Where relative file names (`into trav.csv`) are resolved; nil: the process's directory.
  public var workingDirectory: String?
  /// Changes not yet committed: after `begin`, or in a script.
  public internal(set) var pending: Transaction?
  /// Whether `begin` opened the pending transaction.
  public private(set) var inBegin = false
  /// The pending changes as they were at `begin` (what `rollback` returns to).
  private var beforeBegin: Transaction?
  /// The account of `use ACCOUNT`: later commands see it only.
  public var focus: String?
  /// `let` variables.
  public var variables: [String: Literal] = [:]
  /// The id of the last record added (`$last`).
  public var lastID: String?
  /// Asks the person a yes/no question (the interactive shell sets it; nil: never ask).
  public var confirm: ((String) -> Bool)?
  /// The program hosting the session (the shell), for commands only it provides.
  public weak var host: (any SessionHost)?
  /// Set when the person pressed Ctrl-C: long loops stop early.
  public var isCancelled: () -> Bool = { false }
  /// Set while a command's rows are gathered rather than printed (`walk QUERY`): a query's
  /// result table and kind go here instead of to the output.
  public var tableCollector: ((ResultTable, KindID) -> Void)?
  /// The input being run: its file name and lines, for error carets.
  public internal(set) var source: (file: String?, lines: [String]) = (nil, [])
  /// The clock commits stamp the journal with.
  public let clock: any Clock
  /// Certificates the last change marked `needs-reissue`, listed after its command's output.
  public private(set) var reachedCertificates: [CertificateReach.Marked] = []
  /// What the change path's steps did besides (an endorsement applied, a binder replaced),
  /// listed after its command's output.
  public private(set) var stepLines: [String] = []
  /// How the journal names the command running now: its text, or in a file `FILE:LINE: text`.
  var commandLabel: String?
  /// How deep macros run inside macros now (a loop is refused).
  var macroDepth = 0
  /// A change's body is running: it holds the pending transaction (see `change`).
  private var changing = false

  public init(
    registry: Registry = .standard, directory: DataDirectory, snapshot: Snapshot,
    context: BookContext, output: any OutputSink, options: RenderOptions = RenderOptions(),
    safe: Bool = false, unit: Unit = .eachCommand, clock: any Clock = SystemClock()
  ) {
    self.registry = registry
    self.directory = directory
    self.snapshot = snapshot
    self.context = context
    self.output = output
    self.options = options
    self.safe = safe
    self.unit = unit
    self.clock = clock
  }

  /// The book as commands see it: the snapshot with any pending changes.
  public var view: Transaction {
    assert(!changing, "a change's body reads the book through the transaction it is given")
    return pending ?? Transaction(base: snapshot)
  }

  /// Whether commands see the book exactly as read: nothing changed since (a script's
  /// transaction may be open, but empty).
  public var readsBookAsRead: Bool {
    pending?.changes.isEmpty ?? true
  }

  /// A field reader over the current view and day.
  public func resolver() -> FieldResolver {
    guard readsBookAsRead else { return FieldResolver(view, today: context.today) }
    if let readerCache, readerCache.today == context.today { return readerCache.resolver }
    let resolver = FieldResolver(view, today: context.today)
    readerCache = (context.today, resolver)
    return resolver
  }

  // MARK: Running input

  /// Parses and runs an input; prints results and errors; returns the exit code (0, or the
  /// first failure's, after which nothing more runs). In a script nothing is written unless
  /// every command succeeds.
  @discardableResult
  public func run(_ text: String, file: String? = nil) -> Int32 {
    let script: Script
    do {
      script = try Parser.parse(
        text, file: file, registry: MacroText.declaring(in: text, commands))
    } catch {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      report(LanguageError(error), file: file, lines: lines)
      return ExitStatus.usage.rawValue
    }
    // Another writer changed the book since it was read: read it again first, so that no
    // command shows a stale record (a pending transaction is rebased at commit instead).
    if pending == nil && directory.hasChanged(since: snapshot) {
      do throws(LanguageError) {
        try reload()
      } catch {
        report(error, file: file, lines: script.lines)
        return error.exitCode
      }
    }
    if unit == .script && pending == nil { pending = Transaction(base: snapshot) }
    source = (file, script.lines)
    let outerLabel = commandLabel
    defer { commandLabel = outerLabel }
    for command in script.commands {
      commandLabel =
        file.map { "\($0):\(command.range.lowerBound.line): " + command.source } ?? command.source
      do {
        try execute(command)
      } catch {
        var error = error
        if file != nil {
          // In a script every error points at least at the command that failed.
          for index in error.diagnostics.indices where error.diagnostics[index].location == nil {
            error.diagnostics[index].location = command.range.lowerBound
          }
        }
        report(error, file: file, lines: script.lines)
        if unit == .script { discardPending() }
        return error.exitCode
      }
    }
    if unit == .script {
      do {
        // Each change names its own command; the script's name is only the fallback.
        try finishScript(source: file ?? "script")
      } catch {
        report(error, file: file, lines: script.lines)
        return error.exitCode
      }
    }
    return ExitStatus.ok.rawValue
  }

  /// Runs one parsed command.
  public func execute(_ command: Command) throws(LanguageError) {
    guard let spec = registry.command(named: command.name) ?? commands.command(named: command.name)
    else {
      throw .refused(.unknownCommand(command.name), at: command.range)
    }
    reachedCertificates = []
    stepLines = []
    try spec.run(Invocation(command: command, session: self))
    for line in stepLines { output.write(line + "\n") }
    for marked in reachedCertificates { output.write(marked.line + "\n") }
    reachedCertificates = []
    stepLines = []
  }

  /// Prints an error's diagnostics with the file name and the offending line.
  public func report(_ error: LanguageError, file: String?, lines: [String]) {
    for var diagnostic in error.diagnostics {
      if let location = diagnostic.location, diagnostic.file == nil {
        diagnostic.file = file
        if diagnostic.sourceLine == nil, location.line >= 1, location.line <= lines.count {
          diagnostic.sourceLine = lines[location.line - 1]
        }
      }
      output.report(diagnostic.formatted + "\n")
    }
  }

  // MARK: Values

  /// The text a word, string or variable stands for.
  public func text(of node: ValueNode) throws(LanguageError) -> String {
    switch node.literal {
    case .word(let text), .string(let text), .raw(let text): return text
    case .money(let text): return "$" + text
    case .variable(let name):
      return try text(of: ValueNode(try variable(name, at: node.range), node.range))
    case .offset: return node.literal.source
    }
  }

  /// The literal a variable holds (`$last` is the id of the last record added).
  public func variable(_ name: String, at range: SourceRange) throws(LanguageError) -> Literal {
    if name == "last" {
      guard let lastID else {
        throw .refused(.lastNotSet, at: range)
      }
      return .word(lastID)
    }
    guard let value = variables[name] else {
      throw .refused(
        .noVariable(
          name, suggestion: Suggestion.closest(to: name, in: Array(variables.keys) + ["last"])),
        at: range)
    }
    return value
  }

  // MARK: Changes

  /// Runs a change on the pending transaction (or a new one that commits at once), after
  /// checking the records it changed against the rules (commit checks them all once more);
  /// on failure nothing changes. The body reads the book through the transaction it is
  /// given (`RecordEditor.reading`): it holds the pending changes while it runs, so `view`
  /// cannot show them then.
  @discardableResult
  /// A broken rule is shown under the value of the assignment that set its field, when one
  /// did.
  ///
  /// `imported: true` stores records as they stood elsewhere: issued endorsements are not
  /// applied to their policies again, binders not replaced, certificates not marked, and the
  /// records are judged as they stand (`PendingChange.standing`), not by the day's rules.
  public func change<T>(
    _ command: Command, assignments: [Assignment] = [], imported: Bool = false,
    _ body: (inout Transaction) throws(LanguageError) -> T
  ) throws(LanguageError) -> T {
    do {
      try context.requireTeamMember(snapshot)
    } catch {
      throw LanguageError(error)
    }
    // The pending transaction is moved out, not copied: a long script stays linear.
    let held = pending != nil
    var transaction = pending ?? Transaction(base: snapshot)
    pending = nil
    transaction.beginCommand(commandLabel ?? command.source, standing: imported)
    let result: T
    let reached: [CertificateReach.Marked]
    let steps: [String]
    do {
      changing = true
      defer { changing = false }
      result = try body(&transaction)
      if !imported {
        steps =
          try EndorsementApplication.apply(&transaction, today: context.today)
          + BinderReplacement.replace(&transaction)
        reached = try CertificateReach.mark(&transaction)
      } else {
        (steps, reached) = ([], [])
      }
      try refuseProblems(transaction, assignments: assignments)
    } catch {
      transaction.undoCommand()
      if held { pending = transaction }
      throw error
    }
    transaction.endCommand()
    if held {
      pending = transaction
    } else {
      try commit(transaction, command: command.source)
    }
    reachedCertificates += reached
    stepLines += steps
    return result
  }

  /// Refuses what the current command's changes break.
  private func refuseProblems(_ transaction: Transaction, assignments: [Assignment])
    throws(LanguageError)
  {
    let problems = Validation.problems(
      ofCommand: transaction.commandEdits, in: transaction, today: context.today)
    guard problems.isEmpty else {
      let diagnostics = problems.map { problem in
        var diagnostic = problem.diagnostic
        if let field = problem.field,
          let assignment = assignments.last(where: { $0.field.path == [field] })
        {
          diagnostic.location = assignment.value.range.lowerBound
        }
        return diagnostic
      }
      throw LanguageError(diagnostics, status: .failed)
    }
  }

  /// Commits a transaction, reports renumbered ids, and takes the book as the commit left it.
  func commit(
    _ transaction: Transaction, command: String, undoes: String? = nil, redoes: String? = nil
  ) throws(LanguageError) {
    // Nothing to write (a script of queries): no commit, and no need to read the book again.
    guard !transaction.isEmpty else { return }
    do {
      try context.requireTeamMember(snapshot, changing: transaction)
      let result = try directory.commit(
        transaction, context.request(command: command, undoes: undoes, redoes: redoes),
        clock: clock)
      for renumbering in result.renumbered {
        output.report(
          "note: \(renumbering.from) was taken by another writer meanwhile; "
            + "the new \(renumbering.kind.spec.singular) is \(renumbering.to)\n")
        if lastID == renumbering.from { lastID = renumbering.to }
      }
      snapshot = result.snapshot
    } catch {
      throw LanguageError(error)
    }
  }

  /// Stops a long command when the person pressed Ctrl-C.
  public func checkCancelled() throws(LanguageError) {
    guard isCancelled() else { return }
    throw .refused(.cancelled)
  }

  /// Refuses a command that works on committed transactions while changes are pending.
  func requireNothingPending(_ name: String, at range: SourceRange) throws(LanguageError) {
    guard let pending, !pending.isEmpty else { return }
    throw .refused(.changesPending(name, inBegin: inBegin), at: range)
  }

  /// Opens a transaction that later commands add to (`begin`).
  public func begin(at range: SourceRange) throws(LanguageError) {
    guard !inBegin else {
      throw .refused(.transactionOpen, at: range)
    }
    beforeBegin = pending
    if pending == nil { pending = Transaction(base: snapshot) }
    inBegin = true
  }

  /// Commits what `begin` opened; returns how many records changed.
  public func commitBegin(source: String, at range: SourceRange) throws(LanguageError) -> Int {
    guard inBegin, let pending else {
      throw .refused(.noTransaction, at: range)
    }
    inBegin = false
    let count = pending.effectiveChanges.count
    if unit == .script { return count }
    self.pending = nil
    do {
      try commit(pending, command: source)
    } catch {
      // Nothing was written (the lock was busy, a record changed meanwhile): the
      // transaction stays open, to commit again or roll back.
      self.pending = pending
      inBegin = true
      var error = error
      if !error.diagnostics.isEmpty {
        error.diagnostics[error.diagnostics.count - 1].notes.append(LanguageRefusal.stillOpen)
      }
      throw error
    }
    return count
  }

  /// Drops what `begin` opened; returns how many record changes were dropped.
  public func rollback(at range: SourceRange) throws(LanguageError) -> Int {
    guard inBegin, let pending else {
      throw .refused(.noTransaction, at: range)
    }
    inBegin = false
    let count = pending.effectiveChanges.count
    self.pending = beforeBegin
    beforeBegin = nil
    return count
  }

  func discardPending() {
    pending = nil
    inBegin = false
  }

  func finishScript(source: String) throws(LanguageError) {
    guard let pending else { return }
    self.pending = nil
    inBegin = false
    try commit(pending, command: source)
  }

  /// Reads the book again (after another writer, or `today`).
  public func reload() throws(LanguageError) {
    do {
      snapshot = try directory.load()
    } catch {
      throw LanguageError(error)
    }
  }
}
