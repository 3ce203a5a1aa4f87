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
    try Self.copySavedScripts(into: home + "/scripts")
  }

  /// The repository's saved scripts (`scripts/*.book`), put beside the book as a person's
  /// checkout has them, so that `run scripts/overdue.book` works from `HOME`.
  static func copySavedScripts(into directory: String) throws {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().path
    let source = repository + "/scripts"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: source)) ?? []
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    for name in names where name.hasSuffix(".book") {
      try FileManager.default.copyItem(atPath: source + "/" + name, toPath: directory + "/" + name)
    }
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
