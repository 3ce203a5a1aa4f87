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
  /// The user's name, for the hint that adds them to the team (the id when none is known).
  public var userName: String
  public var today: Day
  public var daySource: DaySource
  /// Whether this is a throw-away copy (`--sandbox`).
  public var sandbox: Bool

  public init(user: String, today: Day, daySource: DaySource, sandbox: Bool = false) {
    self.user = user
    self.userName = user
    self.today = today
    self.daySource = daySource
    self.sandbox = sandbox
  }

  /// The data directory: `--data`, `$BOOK_DATA`, the config's `data`, then the working
  /// directory or its nearest parent holding an `agency.rec` (as git finds `.git`), then
  /// `./book/` when it holds one; nil when none applies.
  public static func dataDirectory(
    flag: String?, environment: [String: String], config: UserConfig, fs: any FileSystem,
    workingDirectory: String? = ProcessEnvironment.currentDirectory()
  ) -> String? {
    if let flag, !flag.isEmpty { return flag }
    if let variable = environment["BOOK_DATA"], !variable.isEmpty { return variable }
    if let data = config.data { return data }
    if let workingDirectory, let enclosing = enclosingBook(workingDirectory, fs: fs) {
      return enclosing
    }
    return fs.stamp("book/agency.rec") != nil ? "book" : nil
  }

  /// The directory itself or its nearest parent that holds an `agency.rec`.
  static func enclosingBook(_ directory: String, fs: any FileSystem) -> String? {
    var path = directory
    while true {
      if fs.stamp((path == "/" ? "" : path) + "/agency.rec") != nil { return path }
      guard let slash = path.lastIndex(of: "/") else { return nil }
      if slash == path.startIndex {
        guard path != "/" else { return nil }
        path = "/"
      } else {
        path = String(path[..<slash])
      }
    }
  }

  /// The current user's id: `$BOOK_USER`, then the config's `user`, then the login name.
  public static func currentUser(environment: [String: String], config: UserConfig) -> String {
    environment["BOOK_USER"].flatMap { $0.isEmpty ? nil : $0 } ?? config.user
      ?? ProcessEnvironment.loginName(environment) ?? "unknown"
  }

  /// A name for a person when none is given: the login's full name for the login user,
  /// else the id itself.
  public static func suggestedName(for user: String, environment: [String: String]) -> String {
    guard user == ProcessEnvironment.loginName(environment) else { return user }
    return ProcessEnvironment.loginFullName() ?? user
  }

  /// Resolves the user and the day against a loaded book.
  public static func resolve(
    snapshot: Snapshot, environment: [String: String], config: UserConfig,
    pinnedToday: Day?, sandbox: Bool, clock: any Clock = SystemClock()
  ) -> BookContext {
    let agency = snapshot.records(.agency).first
    let named = currentUser(environment: environment, config: config)
    var user = named
    if snapshot.record(.person, named) == nil, let fallback = agency?.nonEmpty("default_user") {
      user = fallback
    }
    var context: BookContext
    if let pinnedToday {
      context = BookContext(user: user, today: pinnedToday, daySource: .pinned, sandbox: sandbox)
    } else if let text = agency?.nonEmpty("today"), let day = Day(iso: text) {
      context = BookContext(user: user, today: day, daySource: .trainingBook, sandbox: sandbox)
    } else {
      let real = Day(iso: clock.now().isoDay) ?? epoch
      context = BookContext(user: user, today: real, daySource: .real, sandbox: sandbox)
    }
    context.userName = suggestedName(for: user, environment: environment)
    return context
  }

  static var epoch: Day {
    guard let day = Day(iso: "1970-01-01") else { preconditionFailure("the epoch is a day") }
    return day
  }

  /// Refuses a change by someone who is not on the book's team (exit 1). While the team has
  /// no one, a change that puts the current user on it is allowed, so a new book can be
  /// started; without the change to look at (before it is made) that case is let through,
  /// to be decided when it is committed.
  public func requireTeamMember(_ snapshot: Snapshot, changing change: Transaction? = nil)
    throws(StoreError)
  {
    guard snapshot.record(.person, user) == nil else { return }
    let addYourself =
      "add person id=\(user) name=\(Self.quoted(userName)) role=\(PersonRole.manager.rawValue)"
    guard snapshot.records(.person).isEmpty else {
      throw .refusal(.notOnTeam(user: user, addYourself: addYourself))
    }
    guard let change, change.record(.person, user) == nil else { return }
    throw .refusal(.emptyTeam(user: user, addYourself: addYourself))
  }

  /// Text in the language's quotes.
  static func quoted(_ text: String) -> String {
    "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
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
