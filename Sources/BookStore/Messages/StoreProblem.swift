import BookModel

/// A refusal or problem of the store that is not one of `StoreError`'s own cases, with the
/// data its message needs. The wording of every case is in StoreMessages.swift; a thrower
/// wraps one in `StoreError.refusal(_:)` (exit 1) or `StoreError.invalid(_:)` (exit 3).
public enum StoreProblem: Sendable, Equatable {
  // Starting and finding a book.
  /// `init --user ID` with an id that cannot name a journal file.
  case badUserID(String)
  /// `init --user-name NAME` with no name or several lines.
  case badPersonName(String)
  /// `init` into a directory that already holds a book.
  case alreadyABook(root: String)
  /// `init` into a directory holding files of the same names.
  case wouldOverwrite(root: String, files: [String])
  /// No directory where the book should be.
  case noDataDirectory(root: String)
  /// A directory without an `agency.rec`.
  case notABook(root: String)
  /// `--sandbox` could not make its directory.
  case sandboxUnmade(base: String, reason: String)
  /// `--sandbox` could not copy the book.
  case sandboxUncopied(FileSystemError)

  // Files.
  /// A file could not be read or written: what the file system (or another reader) said.
  case unreadable(String, file: String? = nil)
  /// A kind's file declares another kind's records.
  case wrongRecordType(
    file: String, declared: String, kind: KindID, path: String, line: Int, sourceLine: String?)
  /// A `.rec` file in the book that no kind owns.
  case unknownFile(name: String, path: String, known: [String])
  /// A file with records and no descriptor.
  case noDescriptor(file: String, path: String, kind: KindID)
  /// `agency.rec` holds other than one record.
  case agencyRecords(count: Int, path: String)
  /// The user's config gives a `history_size` that is not a whole number.
  case badHistorySize(String, path: String, location: SourceLocation?)

  // The team.
  /// The user is not on a team that has people.
  case notOnTeam(user: String, addYourself: String)
  /// The team is empty and the first change does not add the user.
  case emptyTeam(user: String, addYourself: String)
  /// The book has problems, so a commit writes nothing.
  case bookHasProblems(count: Int)
  /// A user id that cannot name a journal file.
  case journalName(user: String)
  /// A user id (`BOOK_USER`, the config's `user:`) that is not a plain word.
  case unusableUser(String)

  // Records.
  /// A kind without ids (the agency) cannot take `add`.
  case notAddable(KindID)
  /// A kind without assigned ids needs one given.
  case needsID(KindID, keyField: String)
  /// The id is another record's; `lookable`: offer `show` of it.
  case idTaken(KindID, String, lookable: Bool)
  /// No record of that kind with that key.
  case notFound(KindID, String)
  /// A key changed in place while records still refer to the old one.
  case cannotBecome(KindID, key: String, id: String, referrers: [String])
  /// A record deleted while records still refer to it.
  case cannotDelete(KindID, id: String, referrers: [String])

  // History.
  /// Git could not give the files of a commit (short hash) for `as of`.
  case unreadableCommit(String)

  // Sync.
  /// The book has problems, so nothing is committed or synced.
  case syncOfInvalidBook
  /// The remote moved during the push.
  case remoteMoved
  /// The merged book breaks rules: the merge was abandoned, or (`unfinished`) finishing an
  /// unfinished one is refused.
  case mergeBreaksRules(count: Int, unfinished: Bool)
}

extension StoreError {
  /// A refusal (exit 1).
  public static func refusal(_ problem: StoreProblem) -> StoreError {
    .refused([problem.diagnostic])
  }

  /// A book that cannot be used as it is (exit 3).
  public static func invalid(_ problem: StoreProblem) -> StoreError {
    .invalidBook([problem.diagnostic])
  }
}
