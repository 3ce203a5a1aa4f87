import BookModel
import Testing

@testable import BookStore

/// `check` is stricter than `recfix --check`, never looser: a descriptor directive that
/// recutils would enforce and book would not is refused at its line.
@Suite struct DescriptorCheckTests {
  @Test(
    arguments: [
      ("%rec: Person", "a second %rec line: a descriptor has one"),
      ("%key: id", "a second %key line: a descriptor has one"),
      ("%type: name int", "'%type: name int' is not how book types team"),
      ("%type: role  enum producer", "'%type: role enum producer' is not how book types team"),
      ("%mandatory: email", "%mandatory names email, which book does not require of team"),
      ("%prohibit: email", "%prohibit in a descriptor is not supported by book"),
      ("%size: < 100", "%size in a descriptor is not supported by book"),
      ("%constraint: role = 'manager'", "%constraint in a descriptor is not supported by book"),
      ("%confidential: email", "%confidential in a descriptor is not supported by book"),
      ("%allowed: id name role", "%allowed in a descriptor is not supported by book"),
      ("%unique: email", "%unique in a descriptor is not supported by book"),
    ] as [(String, String)])
  func aDirectiveBookDoesNotEnforceIsRefusedAtItsLine(directive: String, message: String) throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let team = Fixtures.team.replacingOccurrences(
      of: "%key: id\n", with: "%key: id\n# a note\n\(directive)\n")
    try directory.write("team.rec", team)
    let problems = Validation.check(try book.load())
    #expect(problems.count == 1)
    let problem = try #require(problems.first)
    #expect(problem.message == message)
    #expect(problem.location == SourceLocation(line: 4, column: 1))
    #expect(problem.file == directory.path + "/team.rec")
    #expect(problem.notes.first == "Remove the line; book's descriptor for team.rec is:")
  }

  @Test func theKindsOwnDescriptorAndHarmlessDirectivesPass() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let team = Fixtures.team.replacingOccurrences(
      of: "%key: id\n", with: "%key: id\n%doc: the service team\n%sort: name\n")
    try directory.write("team.rec", team)
    #expect(Validation.check(try book.load()).isEmpty)
  }

  @Test func aWrongKeyIsRefused() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    try directory.write(
      "team.rec", Fixtures.team.replacingOccurrences(of: "%key: id", with: "%key: name"))
    #expect(Validation.check(try book.load()).map(\.message) == ["%key must be 'id' for team"])
  }

  @Test func writesAreRefusedOnABookWithSuchADescriptor() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    try directory.write(
      "team.rec", Fixtures.team.replacingOccurrences(of: "%key: id\n", with: "%key: id\n%size: 2\n")
    )
    var transaction = Transaction(base: try book.load())
    var account = try #require(transaction.record(.account, "BRIGHT")).record
    account.set("status", "active")
    try transaction.update(.account, "BRIGHT", account)
    #expect(throws: StoreError.self) {
      try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)
    }
    #expect(directory.text("accounts.rec") == Fixtures.accounts)
  }
}
