import BookModel
import Foundation
import Testing

@testable import BookStore

/// Finding the book from inside it, and starting a book whose team has no one yet.
@Suite struct BookContextStartTests {
  @Test func insideABookItIsFoundByWalkingUpAfterTheFlagTheVariableAndTheConfig() throws {
    let directory = TemporaryDirectory()
    _ = try Fixtures.book(in: directory)
    let deeper = directory.path + "/letters/2026"
    try FileManager.default.createDirectory(atPath: deeper, withIntermediateDirectories: true)
    let fs = PosixFileSystem()
    func resolve(
      _ flag: String?, _ environment: [String: String], _ config: UserConfig, from: String
    ) -> String? {
      BookContext.dataDirectory(
        flag: flag, environment: environment, config: config, fs: fs, workingDirectory: from)
    }
    #expect(resolve(nil, [:], UserConfig(), from: deeper) == directory.path)
    #expect(resolve(nil, [:], UserConfig(), from: directory.path) == directory.path)
    #expect(resolve(nil, [:], UserConfig(data: "/c"), from: deeper) == "/c")
    #expect(resolve(nil, ["BOOK_DATA": "/e"], UserConfig(data: "/c"), from: deeper) == "/e")
    #expect(resolve("/f", ["BOOK_DATA": "/e"], UserConfig(), from: deeper) == "/f")
    // Outside any book (and with no ./book/ where the tests run), nothing applies.
    let outside = TemporaryDirectory()
    #expect(resolve(nil, [:], UserConfig(), from: outside.path) == nil)
    #expect(BookContext.enclosingBook("/", fs: fs) == nil)
  }

  private func emptyTeamBook(_ directory: TemporaryDirectory) throws -> Snapshot {
    let book = try Fixtures.book(in: directory)
    try directory.write("team.rec", KindID.person.spec.descriptor)
    return try book.load()
  }

  private func adding(_ id: String, to snapshot: Snapshot) throws -> Transaction {
    var transaction = Transaction(base: snapshot)
    try transaction.add(
      .person, Record([Field("id", id), Field("name", "Ana Ortiz"), Field("role", "manager")]))
    return transaction
  }

  @Test func withAnEmptyTeamOnlyAChangeThatAddsYouIsAllowed() throws {
    let directory = TemporaryDirectory()
    let snapshot = try emptyTeamBook(directory)
    var context = BookContext(user: "ana", today: Fixtures.day("2026-11-23"), daySource: .real)
    context.userName = "Ana \"the boss\" Ortiz"
    #expect(throws: Never.self) { try context.requireTeamMember(snapshot) }
    #expect(throws: Never.self) {
      try context.requireTeamMember(snapshot, changing: try adding("ana", to: snapshot))
    }
    #expect {
      try context.requireTeamMember(snapshot, changing: try adding("mlopez", to: snapshot))
    } throws: { error in
      (error as? StoreError)?.diagnostics.map(\.formatted) == [
        """
        error: this book's team has no one yet, so its first change must add you (ana) to it
          Add yourself with: add person id=ana name="Ana \\"the boss\\" Ortiz" role=manager
        """
      ]
    }
  }

  @Test func aStrangerToATeamIsRefusedEvenWhenAddingThemself() throws {
    let directory = TemporaryDirectory()
    let snapshot = try Fixtures.book(in: directory).load()
    let context = BookContext(user: "ana", today: Fixtures.day("2026-11-23"), daySource: .real)
    #expect(throws: StoreError.self) {
      try context.requireTeamMember(snapshot, changing: try adding("ana", to: snapshot))
    }
  }

  @Test func theUserIsBookUserThenTheConfigThenTheLogin() {
    #expect(
      BookContext.currentUser(environment: ["BOOK_USER": "ana"], config: UserConfig(user: "c"))
        == "ana")
    #expect(
      BookContext.currentUser(environment: ["BOOK_USER": ""], config: UserConfig(user: "c"))
        == "c")
    let login = ProcessEnvironment.loginName([:])
    #expect(BookContext.currentUser(environment: [:], config: UserConfig()) == login)
    #expect(BookContext.suggestedName(for: "someone-else", environment: [:]) == "someone-else")
  }

  @Test func anInitialManagerMustHaveAnIdWordAndAName() throws {
    let record = try BookInitializer.manager(id: "jdoe", name: " Jane Doe ")
    #expect(record.value("name") == "Jane Doe")
    #expect(record.value("role") == "manager")
    for id in ["", ".hidden", "jane doe", "a/b", "-dash"] {
      #expect(throws: StoreError.self) { try BookInitializer.manager(id: id, name: "X") }
    }
    #expect(throws: StoreError.self) { try BookInitializer.manager(id: "jdoe", name: "  ") }
    let files = try BookInitializer.emptyBook(agencyName: "A", manager: record)
    let team = try #require(files.first { $0.name == "team.rec" })
    #expect(
      team.text == KindID.person.spec.descriptor + "\nid: jdoe\nname: Jane Doe\nrole: manager\n")
  }
}
