import BookModel
import BookStore
import Testing

/// Every record of the example book decodes to its kind's struct and encodes back to the very
/// same record.
@Suite struct KindRoundTripTests {
  /// The typed struct of each kind.
  static let types: [KindID: any KindRecord.Type] = [
    .agency: AgencySettings.self, .person: Person.self, .carrier: Carrier.self,
    .contact: Contact.self, .account: Account.self, .location: Location.self,
    .policy: Policy.self, .subjectivity: Subjectivity.self, .allocation: Allocation.self,
    .audit: Audit.self, .exposure: Exposure.self, .certificate: Certificate.self,
    .delegation: Delegation.self, .claim: Claim.self, .quote: Quote.self,
    .endorsement: Endorsement.self, .requirement: Requirement.self, .binder: Binder.self,
    .invoice: Invoice.self, .note: Note.self, .macro: Macro.self, .change: Change.self,
  ]

  @Test func everyKindHasATypedStruct() {
    #expect(Set(Self.types.keys) == Set(Schema.kinds.map(\.kind)))
    for (kind, type) in Self.types { #expect(type.kind == kind) }
  }

  /// Decodes and encodes into the record it came from; nil when it does not decode.
  static func roundTrip(_ record: Record, as type: any KindRecord.Type) throws -> Record {
    try type.init(record).record(updating: record)
  }

  @Test func everyExampleRecordRoundTrips() throws {
    var count = 0
    for file in ExampleAgency.files {
      let spec = try #require(Schema.kinds.first { $0.file == file.name })
      let type = try #require(Self.types[spec.kind])
      let parsed = try RecParser.parse(name: file.name, bytes: Array(file.text.utf8))
      for index in 0..<parsed.records.count {
        let record = parsed.record(index).record
        #expect(try Self.roundTrip(record, as: type) == record, "\(file.name) #\(index + 1)")
        count += 1
      }
    }
    #expect(count > 300)
  }

  @Test func aJournalChangeRoundTrips() throws {
    let change = Record([
      Field("txn", "T-1"), Field("time", "2026-11-23 09:30"), Field("day", "2026-11-23"),
      Field("user", "jkim"), Field("command", "set policy P-0001 premium=1"),
      Field("kind", "policy"), Field("id", "P-0001"), Field("op", "set"),
      Field("before", "id: P-0001\npremium: 12500.00"), Field("after", "id: P-0001\npremium: 1.00"),
    ])
    #expect(try Self.roundTrip(change, as: Change.self) == change)
  }
}
