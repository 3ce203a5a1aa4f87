import ArgumentParser
import BookModel
import BookStore

/// `book check`: validates the data directory.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Validate the data directory: format, types, rules, ids, references and journals.",
    discussion: "Prints each problem as file:line:col and exits 3 when there is any.")

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let session = try CommandLineSession(options)
    let directory = try session.directory()
    let snapshot = try session.load()
    var problems = Validation.check(
      snapshot, otherFiles: directory.fs.list(directory.paths.root) ?? [])
    // The journals are the book's history (log, undo): a damaged one is a problem too.
    do {
      _ = try directory.history()
    } catch {
      problems += error.diagnostics
    }
    guard problems.isEmpty else {
      let summary = CommandLineProblem.problemsFound(
        count: problems.count, root: directory.paths.root)
      throw session.fail(
        problems + [summary.diagnostic],
        status: .invalidBook)
    }
    let counts = DataDirectory.dataKinds.compactMap { kind -> String? in
      let count = snapshot.file(kind).records.count
      guard kind != .agency, count > 0 else { return nil }
      return "\(count) \(count == 1 ? kind.spec.singular : kind.spec.plural)"
    }
    let summary = counts.isEmpty ? "no records yet" : counts.joined(separator: ", ")
    Output.standard("ok: \(directory.paths.root) is valid — \(summary)")
  }
}
