import ArgumentParser
import BookLanguage
import BookModel
import BookShell
import BookStore

#if canImport(Glibc)
  import Glibc
#endif

/// `book`: the command line. It parses arguments and hands the work to the library modules.
@main
struct Book: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "book",
    abstract: "A shell for an insurance agency's book of business, on plain rec files.",
    discussion: """
      With no command, `book` opens the interactive shell on the data directory
      (--data, else $BOOK_DATA, else the config's `data`, else the current directory
      or its nearest parent holding an agency.rec, else ./book/).
      When stdin is not a terminal, it runs stdin as a script: one transaction,
      stopping at the first error.
      """,
    subcommands: [
      Check.self, Init.self, Generate.self, Run.self, StressWriter.self, Merge.self, Sync.self,
      Conflicts.self, Resolve.self,
    ])

  @OptionGroup var options: GlobalOptions

  /// Runs `book`. A command line the parser rejects exits with `usage` (2), as DESIGN.md
  /// numbers it, instead of the parser's own 64; its message and help text are kept.
  static func main() {
    if let bad = firstArgumentNotUTF8() {
      Output.error(CommandLineProblem.argumentNotUTF8(position: bad).diagnostic.formatted)
      exit(withError: ExitCode(.usage))
    }
    // The common forms skip the argument parser: its start-up is most of a `book -c help`.
    if let quick = LaunchOptions.quick(CommandLine.arguments.dropFirst()) {
      do {
        try start(quick)
      } catch let code as ExitCode {
        // Not through `exit(withError:)`, which builds the parser's usage text first.
        Glibc.exit(code.rawValue)
      } catch {
        exit(withError: error)
      }
    }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
      Output.error(fullMessage(for: error))
      exit(withError: ExitCode(.usage))
    }
  }

  /// The position (1-based) of the first argument that is not valid UTF-8: such bytes would
  /// otherwise be stored as U+FFFD without a word.
  static func firstArgumentNotUTF8() -> Int? {
    for index in 1..<Int(CommandLine.argc) {
      guard let argument = CommandLine.unsafeArgv[index] else { continue }
      if String(validatingCString: argument) == nil { return index }
    }
    return nil
  }

  @Option(name: .customShort("c"), help: "Run commands (separated by ';'), print, and exit.")
  var commands: String?

  mutating func run() throws {
    var launch = options.launch
    launch.commands = commands
    try Self.start(launch)
  }

  /// Runs `-c`'s commands, a script on stdin, or the shell.
  static func start(_ options: LaunchOptions) throws {
    let started = ReadStats.monotonicNanoseconds()
    let cli = try CommandLineSession(options)
    let snapshot = try cli.load()
    if let commands = options.commands {
      let session = try cli.languageSession(snapshot, unit: .eachCommand)
      let status = session.run(commands)
      cli.reportStats(since: started)
      try cli.exit(status)
    }
    if !Output.isTerminal(0) {
      let script = try cli.readStandardInput()
      let session = try cli.languageSession(snapshot, unit: .script)
      let output = session.output as? StandardOutput
      output?.gathers = true
      let status = cli.runStandardInput(script, in: session)
      output?.flush()
      cli.reportStats(since: started)
      try cli.exit(status)
    }
    try cli.exit(try cli.runShell(snapshot))
  }
}
