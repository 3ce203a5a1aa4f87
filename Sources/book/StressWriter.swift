import ArgumentParser
import BookModel
import BookStore

/// `book _writer`: commits many small transactions in a loop. Not for people: the crash and
/// concurrency tests run it, kill it, and check what it left.
struct StressWriter: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "_writer", abstract: "Commit test transactions in a loop (for tests).",
    shouldDisplay: false)

  @OptionGroup var options: GlobalOptions

  @Option(help: "How many transactions.")
  var count = 100

  @Option(help: "The account the records are about.")
  var account = "ACME"

  @Flag(help: "Each transaction changes three files: a note, a location and the account.")
  var multi = false

  func run() throws {
    let session = try CommandLineSession(options)
    let directory = try session.directory()
    for step in 1...count {
      do {
        let snapshot = try directory.load()
        let context = try session.context(snapshot)
        var transaction = Transaction(base: snapshot)
        // Every record of the transaction carries the new note's id, so a test can tell
        // whether the files hold the same transactions.
        let label = "\(context.user) \(transaction.nextID(.note) ?? "")"
        try transaction.add(
          .note,
          Record([
            Field("about", account), Field("by", context.user), Field("at", "2026-11-23 09:00"),
            Field("text", label),
          ]))
        if multi {
          try transaction.add(
            .location, Record([Field("account", account), Field("name", label)]))
          guard var record = transaction.record(.account, account)?.record else {
            throw CommandLineSession.report(
              [CommandLineProblem.noAccount(account).diagnostic], status: .failed)
          }
          record.set("notes", label)
          try transaction.update(.account, account, record)
        }
        _ = try directory.commit(transaction, context.request(command: "_writer \(step)"))
      } catch let error as StoreError {
        throw CommandLineSession.report(error.diagnostics, status: error.status)
      }
    }
  }
}
