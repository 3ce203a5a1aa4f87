import BookModel

/// Who is working, on which book, on which day: resolved from flags, the environment, the
/// user's config and the book itself, as DESIGN.md orders them.
public struct BookContext: Sendable {
  /// Where the day comes from.
  public enum DaySource: Sendable, Equatable {
    /// The real local date.
    case real
    /// `--today` or the `today` command.
    case pinned
    /// `today:` in agency.rec: a training book.
    case trainingBook
  }

  public var user: String
  public var today: Day
  public var daySource: DaySource
  /// Whether this is a throw-away copy (`--sandbox`).
  public var sandbox: Bool

  public init(user: String, today: Day, daySource: DaySource, sandbox: Bool = false) {
    self.user = user
    self.today = today
    self.daySource = daySource
    self.sandbox = sandbox
  }

  /// The data directory: `--data`, `$BOOK_DATA`, the config's `data`, then `./book/` when it
  /// holds an `agency.rec`; nil when none applies.
  public static func dataDirectory(
    flag: String?, environment: [String: String], config: UserConfig, fs: any FileSystem
  ) -> String? {
    if let flag, !flag.isEmpty { return flag }
    if let variable = environment["BOOK_DATA"], !variable.isEmpty { return variable }
    if let data = config.data { return data }
    return fs.stamp("book/agency.rec") != nil ? "book" : nil
  }

  /// Resolves the user and the day against a loaded book.
  public static func resolve(
    snapshot: Snapshot, environment: [String: String], config: UserConfig,
    pinnedToday: Day?, sandbox: Bool, clock: any Clock = SystemClock()
  ) -> BookContext {
    let agency = snapshot.records(.agency).first
    let named =
      environment["BOOK_USER"].flatMap { $0.isEmpty ? nil : $0 } ?? config.user
      ?? ProcessEnvironment.loginName(environment) ?? "unknown"
    var user = named
    if snapshot.record(.person, named) == nil, let fallback = agency?.nonEmpty("default_user") {
      user = fallback
    }
    if let pinnedToday {
      return BookContext(user: user, today: pinnedToday, daySource: .pinned, sandbox: sandbox)
    }
    if let text = agency?.nonEmpty("today"), let day = Day(iso: text) {
      return BookContext(user: user, today: day, daySource: .trainingBook, sandbox: sandbox)
    }
    let real = Day(iso: clock.now().isoDay) ?? epoch
    return BookContext(user: user, today: real, daySource: .real, sandbox: sandbox)
  }

  static var epoch: Day {
    guard let day = Day(iso: "1970-01-01") else { preconditionFailure("the epoch is a day") }
    return day
  }

  /// Refuses a change by someone who is not on the book's team (exit 1).
  public func requireTeamMember(_ snapshot: Snapshot) throws(StoreError) {
    guard snapshot.record(.person, user) == nil else { return }
    throw .refused([
      Diagnostic(
        "you (\(user)) are not on this book's team, so your changes cannot be recorded",
        notes: [
          "Set BOOK_USER to your id on the team (see: team), or add yourself:",
          "add person id=\(user) name=\"…\" role=manager",
        ])
    ])
  }

  /// The journal details of a commit made in this context.
  public func request(command: String, undoes: String? = nil, redoes: String? = nil)
    -> CommitRequest
  {
    CommitRequest(
      user: user, day: today, dayPinned: daySource == .pinned, sandbox: sandbox,
      command: command, undoes: undoes, redoes: redoes)
  }
}
