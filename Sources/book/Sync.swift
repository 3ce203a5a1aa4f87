import ArgumentParser
import BookModel
import BookStore

#if canImport(Glibc)
  import Glibc
#endif

/// `book sync [--no-push]`: the book's repository in step with the team's (see DESIGN.md,
/// "Beyond one person's machine").
struct Sync: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Commit, fetch, merge record by record, check and push the book's git repository.",
    discussion: """
      The first time, it makes the repository (git init, .gitignore, .gitattributes, the
      merge driver, a first commit); in a fresh clone it registers the merge driver.
      Exits 0 synced, 1 conflicts to resolve (see book conflicts) or a failure,
      4 the remote moved during the push (run it again).
      """)

  @OptionGroup var options: GlobalOptions

  @Flag(name: .customLong("no-push"), help: "Commit and merge, but do not push.")
  var noPush = false

  func run() throws {
    let session = try CommandLineSession(options)
    let directory = try session.directory()
    let snapshot = try session.load()
    let context = try session.context(snapshot)
    let repository = GitRepository(root: directory.paths.root)
    let report = BookSync(
      repository: repository, directory: directory, driver: Self.driverCommand(),
      context: context
    ).run(push: !noPush)
    for line in report.lines { Output.standard(line) }
    if !report.conflicts.isEmpty {
      Conflicts.print(report.conflicts)
      Output.error(
        "settle each (book resolve RECORD FIELD ours|theirs|VALUE), then finish with: book sync")
    }
    for problem in report.problems { Output.error(problem.formatted) }
    if report.status != .ok { throw ExitCode(report.status) }
  }

  /// How git calls this `book`: its own path, so that the driver is the running version.
  static func driverCommand() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return "book" }
    let path = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return ShellWord.quoted(path)
  }
}
