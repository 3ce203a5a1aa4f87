import BookLanguage
import BookModel
import BookStore
import Testing

@Suite struct AccountAndRelatedTests {
  let book: ExampleBook
  let resolver: FieldResolver

  init() throws {
    book = try ExampleBook()
    resolver = book.resolver()
  }

  @Test(arguments: [
    (KindID.account, "ACME", "ACME" as String?),
    (.policy, "P-0001", "ACME"),
    (.exposure, "EX-0001", "ACME"),
    (.audit, "AU-0001", "ACME"),
    (.claim, "CL-0009", "ACME"),
    (.certificate, "CE-0007", "ACME"),
    (.delegation, "D-0001", "ACME"),
    (.delegation, "D-0015", "CAPFRT"),
    (.note, "N-0003", "ACME"),
    (.location, "L-0001", "ACME"),
    (.person, "mlopez", nil),
    (.carrier, "TRAV", nil),
  ])
  func accountOfARecord(kind: KindID, id: String, account: String?) throws {
    #expect(resolver.account(of: try book.record(kind, id), kind: kind) == account)
  }

  @Test func relatedToAnAccount() throws {
    let groups = resolver.related(to: try book.record(.account, "ACME"), kind: .account)
    let ids = Self.ids(groups)
    #expect(groups.map(\.kind).first == .location)
    #expect(
      ids[.policy]
        == ["P-0001", "P-0002", "P-0003", "P-0004", "P-0005", "P-0006", "P-0007", "P-0031"])
    #expect(ids[.certificate] == ["CE-0001", "CE-0007"])
    #expect(ids[.delegation] == ["D-0001", "D-0003", "D-0012"])  // D-0003 is about CE-0007
    #expect(ids[.audit] == ["AU-0001", "AU-0014"])  // AU-0014: P-0005, revised
    #expect(ids[.note]?.contains("N-0003") == true)
    #expect(ids[.note]?.starts(with: ["N-0002", "N-0001"]) == true)  // newest first
  }

  @Test func relatedToAPolicy() throws {
    let groups = resolver.related(to: try book.record(.policy, "P-0003"), kind: .policy)
    let ids = Self.ids(groups)
    #expect(ids[.account] == ["ACME"])
    let terms = groups.filter { $0.kind == .policy }
    #expect(terms.map(\.title) == ["prior term", "renewal term"])
    #expect(terms.map { $0.records.compactMap { $0.value("id") } } == [["P-0006"], ["P-0002"]])
    #expect(ids[.audit] == ["AU-0001"])
    #expect(ids[.claim]?.contains("CL-0009") == true)
    #expect(ids[.policy] == ["P-0006", "P-0002"])
  }

  @Test func relatedToAnAudit() throws {
    let groups = resolver.related(to: try book.record(.audit, "AU-0001"), kind: .audit)
    #expect(groups.map(\.kind) == [.policy, .exposure, .note])
    #expect(Self.ids(groups)[.exposure] == ["EX-0001"])
  }

  @Test func relatedToACertificate() throws {
    let ids = Self.ids(
      resolver.related(to: try book.record(.certificate, "CE-0001"), kind: .certificate))
    #expect(ids[.account] == ["ACME"])
    #expect(ids[.policy] == ["P-0001", "P-0002"])
  }

  @Test func everyKindHasRelatedRecordsOrNone() throws {
    for kind in KindID.allCases where kind != .change {
      for record in book.transaction.records(kind) {
        for group in resolver.related(to: record, kind: kind) {
          #expect(!group.records.isEmpty)
        }
      }
    }
  }

  static func ids(_ groups: [RelatedGroup]) -> [KindID: [String]] {
    var ids: [KindID: [String]] = [:]
    for group in groups {
      ids[group.kind, default: []] += group.records.compactMap {
        $0.value(group.kind.spec.keyField ?? "id")
      }
    }
    return ids
  }
}
