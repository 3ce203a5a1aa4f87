import BookModel

/// Why the book of a day cannot be given (the wording is in StoreMessages.swift).
public enum PastProblem: Sendable, Equatable {
  /// A book not in git whose journals do not account for a later change to a record.
  case changedOutside(JournalEntry)
  /// A day before the first commit of a book in git, which the journals do not reach.
  case beforeFirstCommit(GitCommit, earliest: Day)

  /// The earliest day that can be answered.
  public var earliest: Day {
    switch self {
    case .changedOutside(let entry): return entry.day
    case .beforeFirstCommit(_, let earliest): return earliest
    }
  }
}
