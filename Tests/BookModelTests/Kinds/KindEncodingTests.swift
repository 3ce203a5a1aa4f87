import BookModel
import Testing

/// Typed kinds written back into records: changed fields in place, unknown fields and order
/// kept, values already written in another way left as they are.
@Suite struct KindEncodingTests {
  @Test func aNewRecordHoldsTheFieldsInTheKindsOrder() throws {
    let policy = try Policy(record(validPolicy))
    #expect(policy.record == record(validPolicy))
    #expect(try Policy(policy.record) == policy)
  }

  @Test func aChangedFieldStaysInItsPlaceAndUnknownFieldsStay() throws {
    var base = record(validPolicy)
    base.fields.insert(Field("colour", "red"), at: 3)
    var policy = try Policy(base)
    policy.premium = Money(cents: 1_325_000)
    policy.status = .renewed
    policy.cancelled = day("2026-06-01")
    let names = base.fields.map(\.name) + ["cancelled"]
    let encoded = policy.record(updating: base)
    #expect(encoded.fields.map(\.name) == names)
    #expect(encoded.value("colour") == "red")
    #expect(encoded.value("premium") == "13250.00")
    #expect(encoded.value("status") == "renewed")
    #expect(encoded.value("cancelled") == "2026-06-01")
  }

  @Test(arguments: [
    ("premium", "12,500"), ("premium", "12500"), ("effective", "2026-01-15"),
  ])
  func aValueWrittenAnotherWayIsLeftAsWritten(field: String, text: String) throws {
    var base = record(validPolicy)
    base.set(field, text)
    #expect(try Policy(base).record(updating: base) == base)
  }

  @Test func anAbsentValueRemovesTheFieldButLeavesAnEmptyOne() throws {
    var base = record(validPolicy + [("notes", "call first"), ("number", "")])
    var policy = try Policy(base)
    policy.notes = nil
    let encoded = policy.record(updating: base)
    #expect(encoded.value("notes") == nil)
    #expect(encoded.fields.contains(Field("number", "")))
    base.remove("notes")
    #expect(encoded == base)
  }

  @Test func repeatedFieldsAndIDListsChangeAsAWhole() throws {
    let base = record([
      ("id", "CE-0001"), ("account", "ACME"), ("holder", "City"), ("policy", "P-0001"),
      ("policy", "P-0002"), ("ai", "P-0001, P-0002"), ("issued", "2026-02-01"),
      ("status", "issued"),
    ])
    var certificate = try Certificate(base)
    #expect(certificate.record(updating: base) == base)
    certificate.policies = ["P-0001", "P-0003"]
    certificate.additionalInsured = ["P-0003"]
    certificate.waiverOfSubrogation = ["P-0001", "P-0003"]
    let encoded = certificate.record(updating: base)
    #expect(encoded.values("policy") == ["P-0001", "P-0003"])
    #expect(encoded.value("ai") == "P-0003")
    #expect(encoded.value("wos") == "P-0001,P-0003")
    #expect(
      encoded.fields.map(\.name).prefix(5) == ["id", "account", "holder", "policy", "policy"])
  }

  @Test func flagsAndWordsAreWrittenAsTheFileHoldsThem() throws {
    var policy = try Policy(record(validPolicy))
    policy.waiverOfSubrogation = true
    policy.primaryNonContributory = false
    policy.additionalInsured = .blanket
    policy.limits = ["each-occurrence 1000000"]
    let encoded = policy.record
    #expect(encoded.value("wos") == "yes")
    #expect(encoded.value("pnc") == "no")
    #expect(encoded.value("ai") == "blanket")
    #expect(encoded.values("limit") == ["each-occurrence 1000000"])
    #expect(try Policy(encoded) == policy)
  }
}
