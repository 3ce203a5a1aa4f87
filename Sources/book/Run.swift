import ArgumentParser
import BookLanguage
import BookModel
import BookShell
import BookStore

#if canImport(Glibc)
  import Glibc
#endif

/// `book run FILE [NAME=VALUE…]`: a saved script, as one transaction.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run a script: one transaction, stopping at the first error with nothing written.",
    discussion: """
      FILE holds commands, # comments, #: narration (printed), param lines (set by NAME=VALUE),
      source FILE, and checks: assert, expect count, expect error, # expect: lines.
      """)

  @OptionGroup var options: GlobalOptions

  @ArgumentParser.Argument(
    help: "The script file (.book).", completion: .file(extensions: ["book"]))
  var file: String

  @ArgumentParser.Argument(help: "NAME=VALUE for the script's param lines.")
  var parameters: [String] = []

  @Flag(name: .customLong("dry-run"), help: "Print the record diffs; write nothing.")
  var dryRun = false

  @Flag(help: "Commit after each command instead of once at the end.")
  var each = false

  @Flag(name: .customLong("keep-going"), help: "Report every error (still writing nothing).")
  var keepGoing = false

  @Flag(help: "Trainer mode: show each step and wait (Enter, s, b, t, c, q).")
  var step = false

  @Flag(help: "Print each command before its output.")
  var echo = false

  @Flag(help: "Run on a throw-away copy of the data directory.")
  var sandbox = false

  @Flag(help: "With --sandbox: keep the copy and say where.")
  var keep = false

  @Option(help: "Write the run as an asciinema v2 recording.")
  var cast: String?

  mutating func validate() throws {
    for parameter in parameters {
      guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
        throw CommandLineProblem.badParameter(parameter).validation
      }
    }
    if keep && !sandbox { throw CommandLineProblem.keepWithoutSandbox.validation }
  }

  func run() throws {
    let cli = try CommandLineSession(options)
    let book = try cli.directory()
    if cli.safe {
      if let cast, !book.contains(absolute(cast)) {
        throw cli.fail(
          [CommandLineProblem.safeRefuses(what: "--cast", path: cast).diagnostic], status: .usage)
      }
      if sandbox && keep {
        throw cli.fail(
          [
            CommandLineProblem.safeRefuses(what: "--keep of --sandbox", path: "a kept copy in /tmp")
              .diagnostic
          ], status: .usage)
      }
    }
    var snapshot = try cli.load()
    var directory = book
    if sandbox {
      do {
        let copy = try Sandbox.copy(book, environment: cli.environment)
        directory = DataDirectory(root: copy, fs: book.fs, wait: options.wait)
        snapshot = try directory.load()
      } catch {
        throw cli.fail(error.diagnostics, status: error.status)
      }
    }
    defer {
      if sandbox {
        if keep {
          Output.error("sandbox kept at \(directory.paths.root)")
        } else {
          Sandbox.remove(directory.paths.root, fs: directory.fs)
        }
      }
    }
    let session = try cli.languageSession(
      snapshot, unit: .script, directory: directory, sandbox: sandbox)
    let code = try runScript(in: session, cli: cli)
    throw ExitCode(code)
  }

  private func runScript(in session: Session, cli: CommandLineSession) throws -> Int32 {
    var script = ScriptOptions()
    script.parameters = parameters.map { parameter in
      let equals = parameter.firstIndex(of: "=") ?? parameter.endIndex
      return (String(parameter[..<equals]), String(parameter[parameter.index(after: equals)...]))
    }
    if !sandbox {
      let words =
        ["book", "--data", session.directory.paths.root]
        + (options.today.map { ["--today", $0] } ?? []) + ["run", file] + parameters
        + ["--sandbox"]
      script.sandboxCommand = words.map(Self.shellWord).joined(separator: " ")
    }
    script.dryRun = dryRun
    script.each = each
    script.keepGoing = keepGoing
    script.echo = echo
    if step {
      let reader: any LineReader =
        LibEditReader(program: "book", historySize: 100) ?? PlainLineReader()
      script.stepper = TerminalStepper(reader: reader)
    }
    var recorder: CastRecorder?
    if cast != nil {
      let size = Terminal.size
      let start = MonotonicClock.now()
      let made = CastRecorder(
        inner: session.output, width: size.columns > 0 ? size.columns : 80,
        height: size.rows > 0 ? size.rows : 24, timestamp: Int(time(nil)),
        today: session.context.today, title: "book run " + file,
        elapsed: { MonotonicClock.now() - start })
      session.output = made
      script.observer = made
      recorder = made
    }
    let program: ScriptProgram
    do {
      program = try ScriptProgram.load(
        path: file, label: file, fs: session.directory.fs, registry: session.commands,
        recovering: keepGoing)
    } catch {
      session.report(error, file: file, lines: [])
      return error.exitCode
    }
    let code = ScriptRunner(session: session, program: program, options: script).run()
    if let recorder, let cast {
      do {
        try session.directory.fs.write(absolute(cast), Array(recorder.text.utf8))
      } catch {
        Output.error("error: could not write \(cast): \(error.description)")
        return code == 0 ? ExitStatus.failed.rawValue : code
      }
    }
    return code
  }

  /// A word as a POSIX shell reads it back: quoted when it holds anything but plain letters.
  static func shellWord(_ word: String) -> String {
    let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=+:,@".contains($0) }
    guard !plain || word.isEmpty else { return word }
    return "'"
      + word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''")
      + "'"
  }

  /// A path as given, made absolute against the working directory.
  private func absolute(_ path: String) -> String {
    guard !path.hasPrefix("/") else { return path }
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return path }
    let cwd = String(
      decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return cwd + "/" + path
  }
}

/// A monotonic clock for honest relative times in recordings.
enum MonotonicClock {
  static func now() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1_000_000_000
  }
}
