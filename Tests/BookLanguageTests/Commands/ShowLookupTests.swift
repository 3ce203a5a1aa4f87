import BookLanguage
import BookModel
import BookStore
import Testing

/// `show ID` finds a record of every kind that has ids: by the kind its prefix names, and an
/// id given on add (any kind accepts one) in whichever kind holds it.
@Suite struct ShowLookupTests {
  /// The first id of every kind with ids in the example book (`CT-0001`, `ACME`, `overdue`…).
  static let firstIDs: [(KindID, String)] = {
    guard let book = try? LanguageBook(), let snapshot = try? book.directory.load() else {
      return []
    }
    return KindID.allCases.compactMap { kind in
      guard let key = kind.spec.keyField, kind != .change,
        let id = snapshot.records(kind).first?.value(key)
      else { return nil }
      return (kind, id)
    }
  }()

  @Test func everyKindWithIDsIsInTheExampleBook() {
    let kinds = Set(Self.firstIDs.map(\.0))
    #expect(kinds.contains(.contact))
    #expect(Self.firstIDs.count >= 18)
  }

  @Test(arguments: firstIDs.map(\.1))
  func showFindsTheFirstRecordOfEachKind(id: String) throws {
    let book = try LanguageBook()
    let kind = try #require(Self.firstIDs.first { $0.1 == id }?.0)
    #expect(try book.run("show \(id)") == 0)
    #expect(book.output.err == "")
    #expect(book.output.out.hasPrefix("\(kind.spec.singular) \(id)"))
  }

  @Test func showFindsAnIDGivenOnAdd() throws {
    let book = try LanguageBook()
    #expect(try book.run("add contact id=KWHIT name=\"Karen W\" carrier=TRAV") == 0)
    #expect(try book.run("add note id=CALL-1 about=ACME text=\"called\"") == 0)
    #expect(try book.run("show KWHIT; show CALL-1") == 0)
    #expect(book.output.err == "")
    #expect(book.output.out.contains("contact KWHIT — Karen W\n"))
    #expect(book.output.out.contains("note CALL-1"))
  }
}
