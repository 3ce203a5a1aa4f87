import ArgumentParser
import BookModel
import BookStore

/// `book`: the command line. It parses arguments and hands the work to the library modules.
@main
struct Book: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "book",
    abstract: "A shell for an insurance agency's book of business, on plain rec files.",
    discussion: """
      With no command, `book` opens the interactive shell on the data directory
      (--data, else $BOOK_DATA, else the config's `data`, else ./book/).
      """,
    subcommands: [Check.self, Init.self, Generate.self, StressWriter.self])

  @OptionGroup var options: GlobalOptions

  @Option(name: .customShort("c"), help: "Run commands (separated by ';'), print, and exit.")
  var commands: String?

  mutating func run() throws {
    let session = try CommandLineSession(options)
    let snapshot = try session.load()
    if commands != nil {
      throw session.fail(
        [
          Diagnostic(
            "the command language is not built yet: only `book check`, `book init` and `book generate` work",
            notes: ["See the README for what is ready."])
        ], exitCode: 2)
    }
    session.printBanner(snapshot)
  }
}
