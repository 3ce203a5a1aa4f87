import ArgumentParser
import BookModel
import BookStore

/// What one run of `book` works with: the environment, the config, the data directory.
struct CommandLineSession {
  let options: LaunchOptions
  let environment: [String: String]
  let config: UserConfig
  let fs: any FileSystem = PosixFileSystem()

  init(_ options: GlobalOptions) throws {
    try self.init(options.launch)
  }

  init(_ options: LaunchOptions) throws {
    self.options = options
    self.environment = ProcessEnvironment.variables()
    do {
      self.config = try UserConfig.load(environment: environment, fs: PosixFileSystem())
    } catch {
      throw Self.report(error.diagnostics, status: error.status)
    }
  }

  /// The data directory, or an error saying how to name one.
  func directory() throws -> DataDirectory {
    guard
      let root = BookContext.dataDirectory(
        flag: options.data, environment: environment, config: config, fs: fs)
    else {
      throw fail(
        [CommandLineProblem.noDataDirectory.diagnostic], status: .usage)
    }
    return DataDirectory(root: root, fs: fs, wait: options.wait)
  }

  /// Loads the book, or exits with its problems.
  func load() throws -> Snapshot {
    do {
      return try directory().load()
    } catch let error as StoreError {
      throw fail(error.diagnostics, status: error.status)
    }
  }

  /// The pinned day of `--today`, if given (`2026-03-01`, `03/01/2026`, `today + 14d`, `-2w`).
  func pinnedToday() throws -> Day? {
    guard let text = options.today else { return nil }
    guard let real = Day(iso: SystemClock().now().isoDay) else { return nil }
    do {
      return try DayExpression.evaluate(text, today: real)
    } catch {
      throw fail(
        [CommandLineProblem.badToday(text: text, reason: error.reason).diagnostic], status: .usage)
    }
  }

  /// The user and day for this run.
  func context(_ snapshot: Snapshot, sandbox: Bool = false) throws -> BookContext {
    BookContext.resolve(
      snapshot: snapshot, environment: environment, config: config,
      pinnedToday: try pinnedToday(), sandbox: sandbox)
  }

  /// Prints diagnostics to stderr and returns the exit to throw.
  func fail(_ diagnostics: [Diagnostic], status: ExitStatus) -> ExitCode {
    Self.report(diagnostics, status: status)
  }

  static func report(_ diagnostics: [Diagnostic], status: ExitStatus) -> ExitCode {
    for diagnostic in diagnostics { Output.error(diagnostic.formatted) }
    return ExitCode(status)
  }
}
