import ArgumentParser
import BookModel
import BookStore

/// `book init DIR [--example] [--name AGENCY] [--user ID --user-name NAME]`: a new book, with
/// the current user (or `--user`) on its team as a manager, so the first change works.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Make a new book in DIR (with --example: the demo agency, a training book).",
    discussion: """
      An empty book starts with you on its team as a manager: --user, else $BOOK_USER,
      else the config's `user`, else your login name.
      """)

  @Argument(help: "The directory to create.")
  var directory: String

  @Flag(help: "Fill it with the demo agency (today pinned to 2026-11-23).")
  var example = false

  @Option(help: "The agency's name (an empty book).")
  var name: String?

  @Option(help: "Your id on the new book's team (default: $BOOK_USER, the config's, your login).")
  var user: String?

  @Option(name: .customLong("user-name"), help: "Your name on the team (default: your login's).")
  var userName: String?

  @Flag(help: "Keep it in a new git repository, ready for book sync.")
  var git = false

  func validate() throws {
    if example, user != nil || userName != nil {
      throw CommandLineProblem.teamForExample.validation
    }
    do {
      if let user { try BookInitializer.checkManager(id: user) }
    } catch {
      throw CommandLineProblem.badUser(error.diagnostics.first?.message ?? user ?? "").validation
    }
    do {
      if let userName { _ = try BookInitializer.managerName(userName) }
    } catch {
      throw CommandLineProblem.badUserName(error.diagnostics.first?.message ?? "").validation
    }
  }

  func run() throws {
    let files: [(name: String, text: String)]
    var manager: Record?
    do {
      if example {
        files = ExampleAgency.files
      } else {
        let environment = ProcessEnvironment.variables()
        let config = try UserConfig.load(environment: environment, fs: PosixFileSystem())
        let id = user ?? BookContext.currentUser(environment: environment, config: config)
        let person = try BookInitializer.manager(
          id: id,
          name: userName ?? BookContext.suggestedName(for: id, environment: environment))
        manager = person
        files = try Self.emptyBook(name ?? Self.defaultName(directory), manager: person)
      }
      try BookInitializer().write(files, into: directory)
    } catch {
      throw CommandLineSession.report(error.diagnostics, status: error.status)
    }
    if let manager {
      let id = manager.value("id") ?? ""
      let name = manager.value("name") ?? id
      let you = name == id ? id : "\(id), \(name)"
      Output.standard(
        "made an empty book in \(directory), with you (\(you)) on its team as manager")
    } else {
      Output.standard("made the demo agency in \(directory)")
    }
    if git { try initializeGit() }
    Output.standard("open it with: book --data \(ShellWord.quoted(directory))")
  }

  /// `--git`: the repository, its setup files, the driver and a first commit.
  private func initializeGit() throws {
    let environment = ProcessEnvironment.variables()
    let data = DataDirectory(root: directory)
    let context: BookContext
    do {
      let config = try UserConfig.load(environment: environment, fs: PosixFileSystem())
      context = BookContext.resolve(
        snapshot: try data.load(), environment: environment, config: config, pinnedToday: nil,
        sandbox: false)
    } catch {
      throw CommandLineSession.report(error.diagnostics, status: error.status)
    }
    let report = BookSync(
      repository: GitRepository(root: directory), directory: data,
      driver: Sync.driverCommand(), context: context
    ).run(push: false)
    for problem in report.problems { Output.error(problem.formatted) }
    if report.status != .ok { throw ExitCode(report.status) }
    Output.standard("made a git repository there, with a first commit; share it with: book sync")
  }

  /// The empty book's files; a name that cannot be written is refused.
  private static func emptyBook(_ agency: String, manager: Record) throws(StoreError) -> [(
    name: String, text: String
  )] {
    do {
      return try BookInitializer.emptyBook(agencyName: agency, manager: manager)
    } catch {
      throw .refused([CommandLineProblem.agencyNameUnprintable(reason: "\(error)").diagnostic])
    }
  }

  static func defaultName(_ directory: String) -> String {
    let last = directory.split(separator: "/").last.map(String.init) ?? directory
    return last.isEmpty ? "My agency" : last
  }
}
