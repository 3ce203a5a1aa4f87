import BookLanguage
import Testing

/// Undoing (or redoing) a rename after someone came to refer to the id it would leave is
/// refused as a conflict, naming the referrer: the reference would dangle.
@Suite struct UndoRenameTests {
  @Test func undoOfARenameAfterANewReferenceIsRefused() throws {
    let book = try LanguageBook()
    #expect(try book.session().run("rename account ACME ACMEX") == 0)
    let other = try book.session(user: "mlopez")
    #expect(other.run("add note about=ACMEX text=\"after the rename\"") == 0, "\(book.output.err)")
    let id = try #require(other.lastID)
    let before = book.dataFiles()
    #expect(try book.session().run("undo") == 4)
    #expect(
      book.output.err.split(separator: "\n").first
        == "error: account ACMEX was changed by someone else since it was read: note \(id) (about) refers to it since; moving it to ACME would leave that dangling"
    )
    #expect(book.dataFiles() == before)
  }

  @Test func redoOfARenameAfterANewReferenceIsRefused() throws {
    let book = try LanguageBook()
    #expect(try book.session().run("rename account ACME ACMEX; undo") == 0)
    let other = try book.session(user: "mlopez")
    #expect(other.run("add note about=ACME text=\"after the undo\"") == 0, "\(book.output.err)")
    let id = try #require(other.lastID)
    let before = book.dataFiles()
    #expect(try book.session().run("redo") == 4)
    #expect(
      book.output.err.split(separator: "\n").last(where: { $0.hasPrefix("error:") })
        == "error: account ACME was changed by someone else since it was read: note \(id) (about) refers to it since; moving it to ACMEX would leave that dangling"
    )
    #expect(book.dataFiles() == before)
  }
}
