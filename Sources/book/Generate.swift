import ArgumentParser
import BookModel
import BookStore

/// `book generate DIR --accounts N`: a large realistic book for benchmarks and demos.
struct Generate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Make a large, realistic book (about 10 policies per account), deterministic per seed.")

  @Argument(help: "The directory to create.")
  var directory: String

  @Option(help: "How many accounts.")
  var accounts: Int

  @Option(help: "The random seed: the same seed makes the same book.")
  var seed: UInt64 = 1

  func validate() throws {
    guard accounts > 0 else { throw CommandLineProblem.tooFewAccounts.validation }
  }

  func run() throws {
    let terminal = Output.isTerminal(2)
    if terminal { Output.progress("generating \(accounts) accounts…") }
    let files = BookGenerator(accounts: accounts, seed: seed).files()
    if terminal { Output.progress("\r\u{1B}[Kwriting \(directory)…") }
    do {
      try BookInitializer().write(files, into: directory)
    } catch {
      if terminal { Output.progress("\r\u{1B}[K") }
      throw CommandLineSession.report(error.diagnostics, status: error.status)
    }
    if terminal { Output.progress("\r\u{1B}[K") }
    Output.standard("made a book of \(accounts) accounts in \(directory) (seed \(seed))")
  }
}
