import BookLanguage
import BookModel
import BookStore
import Testing

@Suite struct DerivedFieldTests {
  let book: ExampleBook
  let resolver: FieldResolver

  init() throws {
    book = try ExampleBook()
    resolver = book.resolver()
  }

  @Test(arguments: [
    (KindID.policy, "P-0001", "in_force", Value.bool(true)),
    (.policy, "P-0001", "days_left", .int(53)),
    (.policy, "P-0001", "expires", V.day("2027-01-15")),
    (.policy, "P-0003", "in_force", .bool(false)),
    (.policy, "P-0003", "days_left", .int(-312)),
    (.policy, "P-0031", "in_force", .bool(false)),
    // 850,000 ÷ 100 × 4.12 = 35,020.00; × mod 0.94 = 32,918.80.
    (.audit, "AU-0001", "estimated_premium", V.money("32918.80")),
    (.audit, "AU-0001", "audited_premium", .empty),
    (.audit, "AU-0001", "additional", .empty),
    (.audit, "AU-0001", "overdue", .bool(false)),
    (.audit, "AU-0001", "account", .text("ACME")),
    (.audit, "AU-0004", "overdue", .bool(true)),
    (.delegation, "D-0015", "overdue", .bool(true)),
    (.delegation, "D-0001", "overdue", .bool(false)),
    (.delegation, "D-0001", "account", .text("ACME")),
    (.claim, "CL-0009", "incurred", V.money("8550.00")),
    (.claim, "CL-0009", "account", .text("ACME")),
    (.certificate, "CE-0007", "lapsed", .bool(true)),
    (.certificate, "CE-0001", "lapsed", .bool(false)),
    (.exposure, "EX-0001", "account", .text("ACME")),
    (.note, "N-0003", "account", .text("ACME")),
  ])
  func derivedValue(kind: KindID, id: String, field: String, expected: Value) throws {
    let record = try book.record(kind, id)
    #expect(try resolver.value([field], of: record, kind: kind) == expected)
  }

  @Test func auditedPremiumOnceARowIsAudited() throws {
    var transaction = book.transaction
    var row = try book.record(.exposure, "EX-0001").record
    row.set("audited", "910000")
    try transaction.update(.exposure, "EX-0001", row)
    let resolver = book.resolver(transaction)
    let audit = try #require(transaction.record(.audit, "AU-0001"))
    // 910,000 ÷ 100 × 4.12 = 37,492.00; × 0.94 = 35,242.48; − 32,918.80 = 2,323.68.
    #expect(try resolver.value(["audited_premium"], of: audit, kind: .audit) == V.money("35242.48"))
    #expect(try resolver.value(["additional"], of: audit, kind: .audit) == V.money("2323.68"))
  }

  @Test func derivedValuesFollowTheDay() throws {
    let resolver = book.resolver(today: ExampleBook.day("2027-01-15"))
    let policy = try book.record(.policy, "P-0001")
    #expect(try resolver.value(["in_force"], of: policy, kind: .policy) == .bool(false))
    #expect(try resolver.value(["days_left"], of: policy, kind: .policy) == .int(0))
    let certificate = try book.record(.certificate, "CE-0001")
    #expect(try resolver.value(["lapsed"], of: certificate, kind: .certificate) == .bool(true))
  }

  @Test func pathsReachDerivedFields() throws {
    let certificate = try book.record(.certificate, "CE-0007")
    #expect(
      try resolver.values(["policy", "in_force"], of: certificate, kind: .certificate) == [
        .bool(false)
      ])
    let exposure = try book.record(.exposure, "EX-0001")
    #expect(
      try resolver.value(["audit", "estimated_premium"], of: exposure, kind: .exposure)
        == V.money("32918.80"))
  }

  @Test func aVoidCertificateIsNotLapsed() throws {
    var transaction = book.transaction
    var certificate = try book.record(.certificate, "CE-0007").record
    certificate.set("status", "void")
    try transaction.update(.certificate, "CE-0007", certificate)
    let resolver = book.resolver(transaction)
    let record = try #require(transaction.record(.certificate, "CE-0007"))
    #expect(try resolver.value(["lapsed"], of: record, kind: .certificate) == .bool(false))
  }
}
