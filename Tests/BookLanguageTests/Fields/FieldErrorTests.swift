import BookLanguage
import BookModel
import BookStore
import Testing

@Suite struct FieldErrorTests {
  let resolver: FieldResolver

  init() throws {
    resolver = try ExampleBook().resolver()
  }

  @Test(arguments: [
    (
      KindID.policy, "premum",
      FieldError.unknownField(kind: .policy, name: "premum", suggestion: "premium"),
      "policies have no field 'premum'",
      ["Did you mean 'premium'?", "Fields of policies: help policies"]
    ),
    (
      .policy, "colour", .unknownField(kind: .policy, name: "colour", suggestion: nil),
      "policies have no field 'colour'", ["Fields of policies: help policies"]
    ),
    (
      .policy, "infor", .unknownField(kind: .policy, name: "infor", suggestion: nil),
      "policies have no field 'infor'", ["Fields of policies: help policies"]
    ),
    (
      .policy, "in_forse", .unknownField(kind: .policy, name: "in_forse", suggestion: "in_force"),
      "policies have no field 'in_forse'",
      ["Did you mean 'in_force'?", "Fields of policies: help policies"]
    ),
    (
      .policy, "account.advocat",
      .unknownField(kind: .account, name: "advocat", suggestion: "advocate"),
      "accounts have no field 'advocat'",
      ["Did you mean 'advocate'?", "Fields of accounts: help accounts"]
    ),
    (
      .person, "nam", .unknownField(kind: .person, name: "nam", suggestion: "name"),
      "team has no field 'nam'", ["Did you mean 'name'?", "Fields of team: help team"]
    ),
    (
      .policy, "premium.amount", .notAReference(kind: .policy, field: "premium", next: "amount"),
      "'premium' of policies is not a reference, so 'premium.amount' leads nowhere",
      ["paths follow references; those of policies: account, carrier, prior"]
    ),
    (
      .audit, "account.name.first", .notAReference(kind: .account, field: "name", next: "first"),
      "'name' of accounts is not a reference, so 'name.first' leads nowhere",
      ["paths follow references; those of accounts: producer, manager, advocate"]
    ),
    (
      .person, "role.name", .notAReference(kind: .person, field: "role", next: "name"),
      "'role' of team is not a reference, so 'role.name' leads nowhere",
      ["team has no references to follow", "Fields of team: help team"]
    ),
    (
      .note, "about.premum",
      .unknownThroughAnyReference(
        kind: .note, field: "about", name: "premum", suggestion: "premium"),
      "no record 'about' can name has a field 'premum'",
      [
        "Did you mean 'premium'?",
        "'about' names an account, a person, a carrier or a record by its id (P-0001)",
      ]
    ),
  ])
  func refusedPaths(
    kind: KindID, path: String, error: FieldError, message: String, notes: [String]
  ) throws {
    let split = path.split(separator: ".").map(String.init)
    #expect(throws: error) { try resolver.resolve(split, from: kind) }
    #expect(error.message == message)
    #expect(error.notes == notes)
  }

  @Test func anEmptyPathIsRefused() {
    #expect(throws: FieldError.emptyPath(kind: .policy)) { try resolver.resolve([], from: .policy) }
    #expect(FieldError.emptyPath(kind: .policy).message == "a field of policies is missing")
  }

  @Test func valuesCheckThePathToo() throws {
    let book = try ExampleBook()
    let policy = try book.record(.policy, "P-0001")
    #expect(throws: FieldError.unknownField(kind: .policy, name: "premum", suggestion: "premium")) {
      try book.resolver().values(["premum"], of: policy, kind: .policy)
    }
  }
}
