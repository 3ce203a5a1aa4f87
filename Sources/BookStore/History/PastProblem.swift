import BookModel

/// Why the book of a day cannot be given; the wording lives here.
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

  /// Why, after `as of DAY is out of reach: `.
  public var reason: String {
    switch self {
    case .changedOutside(let entry):
      return
        "the journals do not reach back to it: \(entry.kind.spec.singular) \(entry.id) was changed outside book after their change of \(entry.day.iso)"
    case .beforeFirstCommit(let commit, _):
      return
        "it is before the book's first git commit (\(commit.short), \(commit.day.iso)) and the journals do not reach further"
    }
  }

  /// What to do.
  public var notes: [String] {
    var notes = ["The earliest day that can be answered is \(earliest.iso)."]
    if case .changedOutside = self {
      notes.append(
        "A book kept in git (book sync) answers from its commits where the journals do not reach.")
    }
    return notes
  }
}
