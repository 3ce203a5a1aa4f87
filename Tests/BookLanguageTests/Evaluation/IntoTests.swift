import BookLanguage
import Foundation
import Testing

/// `into` writes results outside the book only: its data files, journals and private files
/// change through transactions, never by a query's output.
@Suite struct IntoTests {
  @Test(arguments: [
    ("policies into book/policies.rec", "policies.csv"),
    ("policies as csv into book/journal/jkim.rec", "jkim.rec"),
    ("policies as json into book/.book/lock", "lock"),
    ("count policies into \"./book/journal/../agency.rec\"", "agency.csv"),
  ])
  func intoAFileOfTheBookIsRefusedAndNothingChanges(command: String, suggested: String) throws {
    let book = try LanguageBook()
    try FileManager.default.createDirectory(
      atPath: book.root + "/.book", withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: book.root + "/.book/lock", contents: Data())
    let before = book.dataFiles()
    let journal = FileManager.default.contents(atPath: book.root + "/journal/jkim.rec")
    #expect(try book.run(command) == 1)
    let lines = book.output.err.split(separator: "\n").map(String.init)
    #expect(
      lines.first?.hasSuffix("is inside the book's data directory; nothing was written") == true)
    let parent = URL(fileURLWithPath: book.home).resolvingSymlinksInPath().path
    #expect(lines.last == "  into \"\(parent)/\(suggested)\"")
    #expect(book.dataFiles() == before)
    #expect(FileManager.default.contents(atPath: book.root + "/journal/jkim.rec") == journal)
    #expect(FileManager.default.contents(atPath: book.root + "/.book/lock") == Data())
  }

  @Test func theSuggestedFileOutsideTheBookIsWritten() throws {
    let book = try LanguageBook()
    let name = "book-into-\(UUID().uuidString.prefix(8)).csv"
    #expect(try book.run("policies into book/\(name)") == 1)
    let hint = try #require(book.output.err.split(separator: "\n").last)
    let command = "policies " + hint.trimmingCharacters(in: .whitespaces)
    #expect(try book.run(command) == 0)
    let written = String(hint.dropFirst("  into \"".count).dropLast())
    defer { try? FileManager.default.removeItem(atPath: written) }
    #expect(FileManager.default.contents(atPath: written)?.isEmpty == false)
  }
}
