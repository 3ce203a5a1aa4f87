import BookModel
import BookStore
import Foundation

/// A fresh copy of the example agency for one test: the book at `HOME/book`, in a temporary
/// `HOME` removed when released, so that files a test writes beside the book (`into`) go
/// outside it, as they do for a person.
public final class ExampleCopy: TestBook {
  /// The directory that holds the book: a session's working directory.
  public let home: String
  /// The data directory.
  public let root: String
  /// The example names its default user (jkim).
  public let you: String? = nil

  public init(_ label: String = "example") throws {
    home =
      FileManager.default.temporaryDirectory.path + "/book-\(label)-\(UUID().uuidString.prefix(8))"
    root = home + "/book"
    try BookInitializer().write(ExampleAgency.files, into: root)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: home)
  }

}

/// The example's pinned moment: its `today` (2026-11-23), at 09:30.
public enum ExampleClock {
  public static let clock = FixedClock(
    LocalTime(year: 2026, month: 11, day: 23, hour: 9, minute: 30, second: 0))
}
