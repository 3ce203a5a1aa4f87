import BookModel

/// Why the store refused or failed, with the exit code DESIGN.md gives each case (the wording
/// is in StoreMessages.swift).
public enum StoreError: Error, Sendable, Equatable {
  /// The data directory is unreadable, corrupt or invalid (exit 3).
  case invalidBook([Diagnostic])
  /// A record breaks a rule (exit 1).
  case refused([Diagnostic])
  /// The lock could not be had in time (exit 4).
  case lockTimeout(seconds: Double)
  /// A record we change was changed by someone else since we read it (exit 4).
  case conflict(kind: KindID, id: String, reason: String)
  /// Writing failed; the message says whether the book is as before (exit 3).
  case writeFailed(FileSystemError, restored: Bool)
  /// Writing under a pinned day outside a training book or sandbox (exit 1).
  case pinnedDay(Day)
  /// A kind's file is missing from the book (exit 3).
  case missingFile(kind: KindID, root: String)
  /// An interrupted commit's write-ahead file no longer matches these files (changed since),
  /// so it is not replayed over them (exit 3).
  case staleWriteAhead(paths: [String], root: String)
  /// A sync's merge is unfinished (`.git/MERGE_HEAD`): the book is read-only (exit 4).
  case mergeUnfinished

  /// How the process ends for this error.
  public var status: ExitStatus {
    switch self {
    case .invalidBook, .writeFailed, .staleWriteAhead, .missingFile: return .invalidBook
    case .refused, .pinnedDay: return .failed
    case .lockTimeout, .conflict, .mergeUnfinished: return .busy
    }
  }

  /// The process exit code for this error.
  public var exitCode: Int32 { status.rawValue }
}
