import BookLanguage
import BookModel
import BookStore
import Foundation

/// A fresh copy of the example agency in a temporary directory (`HOME/book`), with a language
/// session on it (pinned clock, output captured, tables never cut) that works in `HOME`, as a
/// person beside their book does: `into` writes there.
final class LanguageBook {
  /// The session's working directory, holding the book.
  let home: String
  let root: String
  let output = CapturedOutput()
  let directory: DataDirectory

  static let clock = FixedClock(
    LocalTime(year: 2026, month: 11, day: 23, hour: 9, minute: 30, second: 0))

  init() throws {
    home = FileManager.default.temporaryDirectory.path + "/book-lang-\(UUID().uuidString.prefix(8))"
    root = home + "/book"
    try BookInitializer().write(ExampleAgency.files, into: root)
    directory = DataDirectory(root: root)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: home)
  }

  /// A session on the book as it is now.
  func session(unit: Session.Unit = .eachCommand, options: RenderOptions = RenderOptions())
    throws -> Session
  {
    let snapshot = try directory.load()
    let context = BookContext.resolve(
      snapshot: snapshot, environment: [:], config: UserConfig(), pinnedToday: nil,
      sandbox: false, clock: Self.clock)
    let session = Session(
      directory: directory, snapshot: snapshot, context: context, output: output,
      options: options, unit: unit, clock: Self.clock)
    session.workingDirectory = home
    return session
  }

  /// Runs commands as `book -c` would; returns the exit code.
  @discardableResult
  func run(_ text: String, unit: Session.Unit = .eachCommand) throws -> Int32 {
    try session(unit: unit).run(text)
  }

  /// The values of a field of a record as the files now hold them.
  func values(_ kind: KindID, _ id: String, _ field: String) throws -> [String] {
    try directory.load().record(kind, id)?.values(field) ?? []
  }

  /// Every data file's bytes (the journal aside), by name.
  func dataFiles() -> [String: [UInt8]] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    var files: [String: [UInt8]] = [:]
    for name in names where name.hasSuffix(".rec") {
      files[name] = FileManager.default.contents(atPath: root + "/" + name).map { [UInt8]($0) }
    }
    return files
  }
}
