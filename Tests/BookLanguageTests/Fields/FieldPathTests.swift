import BookLanguage
import BookModel
import BookStore
import Testing

@Suite struct FieldPathTests {
  let book: ExampleBook
  let resolver: FieldResolver

  init() throws {
    book = try ExampleBook()
    resolver = book.resolver()
  }

  @Test(arguments: [
    (KindID.policy, "P-0001", "account.advocate", [Value.text("mlopez")]),
    (.policy, "P-0001", "ACCOUNT.Advocate", [.text("mlopez")]),
    (.policy, "P-0001", "account", [.text("ACME")]),
    (.policy, "P-0001", "account.name", [.text("Acme Roofing LLC")]),
    (.policy, "P-0001", "carrier.name", [.text("Travelers")]),
    (.policy, "P-0001", "prior.prior", [.text("P-0005")]),
    (.audit, "AU-0001", "policy.carrier", [.text("HART")]),
    (.audit, "AU-0001", "policy.account.name", [.text("Acme Roofing LLC")]),
    (.audit, "AU-0001", "account.advocate", [.text("mlopez")]),
    (.exposure, "EX-0001", "audit.policy.number", [.text("WC-88120-25")]),
    (.exposure, "EX-0001", "policy", [.text("P-0003")]),
    (.certificate, "CE-0001", "policy.carrier", [.text("TRAV"), .text("HART")]),
    (.certificate, "CE-0001", "policy", [.text("P-0001"), .text("P-0002")]),
    (.note, "N-0001", "about.name", [.text("Acme Roofing LLC")]),
    (.note, "N-0003", "about.policy", [.text("P-0003")]),
    (.note, "N-0003", "about.type", [.text("physical")]),
    (.delegation, "D-0001", "to.name", [.text("Maria Lopez")]),
    (.policy, "P-0001", "cancelled", []),
    (.policy, "P-0001", "account.dba", []),
  ])
  func pathValues(kind: KindID, id: String, path: String, expected: [Value]) throws {
    let record = try book.record(kind, id)
    let split = path.split(separator: ".").map(String.init)
    #expect(try resolver.values(split, of: record, kind: kind) == expected)
    #expect(try resolver.value(split, of: record, kind: kind) == expected.first ?? .empty)
  }

  @Test func storedValuesAreTyped() throws {
    let policy = try book.record(.policy, "P-0001")
    #expect(try resolver.value(["premium"], of: policy, kind: .policy) == V.money("12500.00"))
    #expect(try resolver.value(["effective"], of: policy, kind: .policy) == V.day("2026-01-15"))
    #expect(try resolver.value(["line"], of: policy, kind: .policy) == .text("GL"))
    #expect(
      try resolver.values(["limit"], of: policy, kind: .policy) == [
        .text("each-occurrence 1000000"), .text("general-aggregate 2000000"),
      ])
    let exposure = try book.record(.exposure, "EX-0001")
    #expect(
      try resolver.value(["rate"], of: exposure, kind: .exposure)
        == .decimal(try #require(ExactDecimal("4.12"))))
    let agency = try #require(book.transaction.records(.agency).first)
    #expect(try resolver.value(["xlist_days"], of: agency, kind: .agency) == .int(120))
  }

  @Test func aValueThatDoesNotParseIsText() throws {
    var transaction = book.transaction
    var policy = try book.record(.policy, "P-0001").record
    policy.set("premium", "a lot")
    policy.set("expiration", "2027-02-30")
    try transaction.update(.policy, "P-0001", policy)
    let resolver = book.resolver(transaction)
    let record = try #require(transaction.record(.policy, "P-0001"))
    #expect(try resolver.value(["premium"], of: record, kind: .policy) == .text("a lot"))
    #expect(try resolver.value(["expires"], of: record, kind: .policy) == .text("2027-02-30"))
    #expect(try resolver.values(["in_force"], of: record, kind: .policy) == [])
  }

  @Test func resolveReturnsTheLastField() throws {
    let advocate = try resolver.resolve(["account", "advocate"], from: .policy)
    #expect(advocate.name == "advocate")
    #expect(advocate.type == .text)
    #expect(advocate.reference == .person)
    #expect(!advocate.derived)
    let status = try resolver.resolve(["Status"], from: .policy)
    #expect(status.allowedValues?.contains("pending-cancel") == true)
    let premium = try resolver.resolve(["policy", "premium"], from: .audit)
    #expect(premium.type == .money)
    let inForce = try resolver.resolve(["policy", "in_force"], from: .certificate)
    #expect(inForce.type == .bool && inForce.derived)
    let about = try resolver.resolve(["about", "name"], from: .note)
    #expect(about.type == .text)
    let aboutField = try resolver.resolve(["about"], from: .delegation)
    #expect(aboutField.reference == nil)
  }
}
