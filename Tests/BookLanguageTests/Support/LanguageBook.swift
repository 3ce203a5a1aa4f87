import BookLanguage
import BookModel
import BookStore
import Foundation

/// A fresh copy of the example agency in a temporary directory (`HOME/book`), with a language
/// session on it (pinned clock, output captured, tables never cut) that works in `HOME`, as a
/// person beside their book does: `into` writes there.
final class LanguageBook {
  /// The book itself (removed when the test ends).
  private let copy: any TestBook
  /// The session's working directory, holding the book.
  var home: String { copy.home }
  var root: String { copy.root }
  let output = CapturedOutput()
  var directory: DataDirectory { copy.directory }

  static let clock = ExampleClock.clock

  /// A fresh copy of the example book; with `empty`, a new empty book with you (jkim) on it.
  init(empty: Bool = false) throws {
    copy = empty ? try EmptyBook() : try ExampleCopy("lang")
  }

  /// A session on the book as it is now (`wait`: seconds a commit waits for the lock; `user`:
  /// who works, else the book's default).
  func session(
    unit: Session.Unit = .eachCommand, options: RenderOptions = RenderOptions(), wait: Double = 10,
    user: String? = nil
  ) throws -> Session {
    let directory = DataDirectory(root: root, wait: wait)
    let snapshot = try directory.load()
    let context = BookContext.resolve(
      snapshot: snapshot, environment: (user ?? copy.you).map { ["BOOK_USER": $0] } ?? [:],
      config: UserConfig(), pinnedToday: nil,
      sandbox: false, clock: Self.clock)
    let session = Session(
      directory: directory, snapshot: snapshot, context: context, output: output,
      options: options, unit: unit, clock: Self.clock)
    session.workingDirectory = home
    return session
  }

  /// The questions a session asked (a bulk change, a stage moved back), each answered alike.
  final class Questions {
    var asked: [String] = []
  }

  /// Makes the session answer every question with `answer`, keeping what it asked.
  func answer(_ answer: Bool, in session: Session) -> Questions {
    let questions = Questions()
    session.confirm = { question in
      questions.asked.append(question)
      return answer
    }
    return questions
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
  func dataFiles() -> [String: [UInt8]] { copy.dataFiles() }
}
