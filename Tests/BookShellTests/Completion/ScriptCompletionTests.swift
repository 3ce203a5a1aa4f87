import BookLanguage
import BookModel
import BookShell
import BookStore
import Foundation
import Testing

/// Completion knows scripts (`.book` files, then their `param` names) and the book's macros.
@Suite struct ScriptCompletionTests {
  let book: CompletionBook

  init() throws {
    book = try CompletionBook()
    let script = "# a test script\nparam days = 30\nparam who\ncount audits\n"
    FileManager.default.createFile(atPath: book.root + "/follow.book", contents: Data(script.utf8))
  }

  @Test(arguments: [
    ("run fol", ["follow.book"]),
    ("run follow.book ", ["days=", "who="]),
    ("run follow.book w", ["who="]),
    ("run follow.book days=14 ", ["days=", "who="]),
  ])
  func scriptsAndTheirParameters(line: String, expected: [String]) {
    #expect(book.complete(line).candidates == expected)
  }

  @Test func theBooksMacrosAreCommands() throws {
    let directory = DataDirectory(root: book.root)
    let snapshot = try directory.load()
    let session = Session(
      directory: directory, snapshot: snapshot,
      context: BookContext(
        user: "jkim", today: try #require(Day(iso: "2026-11-23")), daySource: .trainingBook),
      output: CapturedOutput())
    let completer = Completer(
      registry: session.commands, view: session.view, focus: nil, workingDirectory: book.root)
    #expect(completer.complete(line: "myb", cursor: 3).candidates == ["mybook"])
    #expect(completer.complete(line: "audits", cursor: 6).candidates.contains("auditsdue"))
  }
}
