import BookModel

/// A commit of the book's history and the day it was made.
public struct GitCommit: Sendable, Equatable {
  /// The full hash.
  public var hash: String
  /// The abbreviated hash people see (`abc1234`).
  public var short: String
  /// The day of its committer date on the committer's own clock (the time zone git recorded
  /// with it), as a journal's day is the day of the person who worked.
  public var day: Day
}
