import BookModel

/// Who commits, on which day, with which command: what the journal records.
public struct CommitRequest: Sendable {
  /// The person committing (their journal is `journal/USER.rec`).
  public var user: String
  /// The book's day (pinned or real).
  public var day: Day
  /// Whether the day is pinned by `--today` or the `today` command (not by `agency.rec`).
  public var dayPinned: Bool
  /// Whether this is a throw-away copy of the book (`--sandbox`).
  public var sandbox: Bool
  /// The command text, for the journal: what a change names when no command of its own made
  /// it (see `PendingChange.commands`).
  public var command: String
  /// The transaction this one undoes, if it is an undo.
  public var undoes: String?
  /// The undo this one redoes, if it is a redo.
  public var redoes: String?

  public init(
    user: String, day: Day, dayPinned: Bool = false, sandbox: Bool = false, command: String,
    undoes: String? = nil, redoes: String? = nil
  ) {
    self.redoes = redoes
    self.user = user
    self.day = day
    self.dayPinned = dayPinned
    self.sandbox = sandbox
    self.command = command
    self.undoes = undoes
  }
}

/// What a commit did.
public struct CommitResult: Sendable {
  /// The transaction id written to the journal (empty when nothing changed).
  public var transaction: String
  /// New ids another writer took meanwhile, and the ids they became: (kind, asked, given).
  public var renumbered: [Renumbering]
  /// The files written, relative to the data directory.
  public var files: [String]
  /// The book after the commit, as a fresh load would read it (made from what was written).
  public var snapshot: Snapshot

  public struct Renumbering: Sendable, Equatable {
    public var kind: KindID
    public var from: String
    public var to: String
  }
}
