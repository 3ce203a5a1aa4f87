import ArgumentParser
import BookLanguage
import BookModel
import BookShell
import BookStore

/// Results to stdout and errors to stderr, through `Output`.
final class StandardOutput: OutputSink {
  /// Time spent writing results, for `--stats`.
  nonisolated(unsafe) static var writing = 0

  /// Results not yet written, when results are gathered (a script on stdin: one write per
  /// 64 KiB instead of one per command).
  private var pending = ""
  var gathers = false

  func write(_ text: String) {
    guard gathers else { return writeNow(text) }
    pending += text
    if pending.utf8.count >= 65_536 { flush() }
  }

  /// Writes what was gathered.
  func flush() {
    guard !pending.isEmpty else { return }
    writeNow(pending)
    pending = ""
  }

  private func writeNow(_ text: String) {
    let start = ReadStats.monotonicNanoseconds()
    Output.raw(text, to: 1)
    Self.writing += ReadStats.monotonicNanoseconds() - start
  }

  /// Errors go out at once, after the results gathered before them.
  func report(_ text: String) {
    flush()
    Output.raw(text, to: 2)
  }
}

extension CommandLineSession {
  /// A language session on the loaded book, with the output options of the command line
  /// and the config. It knows the shell's own commands too, so that `book -c 'walk …'` is
  /// told they work in the shell, not that they do not exist.
  func languageSession(
    _ snapshot: Snapshot, unit: Session.Unit, registry: Registry = Shell.registry,
    directory: DataDirectory? = nil, sandbox: Bool = false
  ) throws -> Session {
    var render = RenderOptions()
    if let name = options.format ?? config.format {
      guard let format = OutputFormat(rawValue: name.lowercased()) else {
        throw fail(
          [CommandLineProblem.unknownFormat(name).diagnostic], status: .usage)
      }
      render.format = format
    }
    render.header = !options.noHeader
    render.width = Output.isTerminal(1) ? Output.terminalWidth() : nil
    return Session(
      registry: registry, directory: try directory ?? self.directory(), snapshot: snapshot,
      context: try context(snapshot, sandbox: sandbox),
      output: StandardOutput(), options: render, safe: safe, unit: unit)
  }

  /// `--safe` or `BOOK_SAFE`: nothing written outside the data directory.
  var safe: Bool {
    options.safe || environment["BOOK_SAFE"].map { !$0.isEmpty && $0 != "0" } == true
  }

  /// Runs a script read from stdin as `book run` runs a file (one transaction, narration,
  /// checks); returns the exit code.
  func runStandardInput(_ text: String, in session: Session) -> Int32 {
    let program: ScriptProgram
    do {
      program = try ScriptProgram.parse(
        text, label: "stdin", directory: nil, registry: session.commands)
    } catch {
      session.report(error, file: "stdin", lines: [])
      return error.exitCode
    }
    return ScriptRunner(session: session, program: program, options: ScriptOptions()).run()
  }

  /// All of stdin as text, or an error when it is not UTF-8.
  func readStandardInput() throws -> String {
    let bytes = Output.readAll(from: 0)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw fail([CommandLineProblem.standardInputNotUTF8.diagnostic], status: .usage)
    }
    return text
  }

  /// With `--stats`, one line on stderr: loading, the query and writing its output.
  func reportStats(since started: Int) {
    guard options.stats else { return }
    let total = ReadStats.monotonicNanoseconds() - started
    let read = ReadStats.take()
    let output = StandardOutput.writing
    let query = max(0, total - read.nanoseconds - output)
    Output.error(
      "stats: \(read.summary), query \(ReadStats.Figures.milliseconds(query)) ms, output "
        + "\(ReadStats.Figures.milliseconds(output)) ms, \(read.cacheSummary), total "
        + "\(ReadStats.Figures.milliseconds(total)) ms")
  }

  /// Ends the run with the session's exit code.
  func exit(_ code: Int32) throws -> Never {
    throw ExitCode(code)
  }
}

extension CommandLineSession {
  /// The interactive shell on the terminal; returns its exit status.
  func runShell(_ snapshot: Snapshot) throws -> Int32 {
    let session = try languageSession(snapshot, unit: .eachCommand, registry: Shell.registry)
    let directory = try directory()
    let reader: any LineReader
    if let lineEditor = LibEditReader(program: "book", historySize: config.historySize ?? 1000) {
      reader = lineEditor
    } else {
      // Not a reason to refuse the book: read plain lines instead.
      Output.error(
        "note: the line editor (libedit) could not start on this terminal;"
          + " reading plain lines (no editing keys, recall or completion)")
      reader = PlainLineReader()
    }
    let root = directory.paths.root
    let name = root.split(separator: "/").last.map(String.init) ?? root
    let history = HistoryStore(
      path: directory.paths.privateDirectory + "/history", limit: config.historySize ?? 1000)
    // Safe mode starts no program that could write files or run a shell: no pager (less
    // saves and escapes to a shell), no editor.
    let pager =
      config.pager ?? environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -FRX"
    let editor =
      config.editor ?? environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 }
      ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
    let shell = Shell(
      session: session, reader: reader, history: history,
      label: name == "book" ? nil : name,
      pager: session.safe ? nil : pager, editor: session.safe ? nil : editor,
      interrupted: { LibEditReader.interrupted.pointee != 0 })
    return shell.run(
      banner: Banner.text(snapshot, session.context, merging: session.directory.isMerging))
  }
}
