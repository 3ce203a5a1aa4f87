import BookModel
import Testing

/// Records in memory, found by kind and key: the smallest `RecordLookup`.
struct MemoryBook: RecordLookup {
  var records: [KindID: [Record]]

  func record(_ kind: KindID, _ key: String) -> Record? {
    records[kind]?.first { $0.value(kind.spec.keyField ?? "id") == key }
  }
}

@Suite struct AccountRecordsTests {
  static let book = MemoryBook(records: [
    .account: [record([("id", "ACME"), ("name", "Acme"), ("status", "active")])],
    .policy: [
      record([("id", "P-0001"), ("account", "ACME")]),
      record([("id", "P-0002"), ("account", "BRIGHT")]),
    ],
    .audit: [
      record([("id", "AU-0001"), ("policy", "P-0001"), ("status", "received")]),
      record([("id", "AU-0002"), ("policy", "P-0001"), ("status", "closed")]),
      record([("id", "AU-0003"), ("policy", "P-0002"), ("status", "requested")]),
    ],
    .exposure: [record([("id", "EX-0001"), ("audit", "AU-0001")])],
    .certificate: [record([("id", "CE-0001"), ("account", "ACME")])],
    .delegation: [
      record([("id", "D-0001"), ("about", "ACME"), ("status", "open")]),
      record([("id", "D-0002"), ("about", "CE-0001"), ("status", "done")]),
      record([("id", "D-0003"), ("about", "CE-0001"), ("status", "waiting")]),
      record([("id", "D-0004"), ("about", "mlopez"), ("status", "open")]),
    ],
    .note: [
      record([("id", "N-0001"), ("about", "D-0003")]),
      record([("id", "N-0002"), ("about", "N-0001")]),
    ],
    .person: [record([("id", "mlopez")])],
  ])

  @Test(arguments: [
    (KindID.account, "ACME", "ACME" as String?),
    (.policy, "P-0002", "BRIGHT"),
    (.audit, "AU-0001", "ACME"),  // through its policy
    (.exposure, "EX-0001", "ACME"),  // through its audit and the audit's policy
    (.certificate, "CE-0001", "ACME"),
    (.delegation, "D-0001", "ACME"),  // about the account
    (.delegation, "D-0003", "ACME"),  // about a certificate of it
    (.delegation, "D-0004", nil),  // about a person: no account
    (.note, "N-0002", "ACME"),  // a note about a note about a delegation about a certificate
  ])
  func theAccountOfARecord(kind: KindID, id: String, account: String?) throws {
    let found = try #require(Self.book.record(kind, id))
    #expect(AccountRecords.account(of: found, kind: kind, in: Self.book) == account)
  }

  @Test func aboutLinksAreFollowedOnlySoFar() throws {
    var book = Self.book
    book.records[.note] = (1...6).map { index in
      record([("id", "N-000\(index)"), ("about", index == 1 ? "ACME" : "N-000\(index - 1)")])
    }
    let fourLinks = try #require(book.record(.note, "N-0004"))
    let fiveLinks = try #require(book.record(.note, "N-0005"))
    #expect(AccountRecords.account(of: fourLinks, kind: .note, in: book) == "ACME")
    #expect(AccountRecords.account(of: fiveLinks, kind: .note, in: book) == nil)
  }

  @Test(arguments: [
    (KindID.audit, ["AU-0001"]),  // AU-0002 is closed, AU-0003 another account's
    (.delegation, ["D-0001", "D-0003"]),  // D-0002 is done, D-0004 about a person
    (.note, ["N-0001", "N-0002"]),
    (.policy, ["P-0001"]),
  ])
  func theRecordsOfAnAccount(kind: KindID, ids: [String]) {
    let found = AccountRecords.records(
      of: "ACME", kind: kind, among: Self.book.records[kind] ?? [], in: Self.book)
    #expect(found.compactMap { $0.value("id") } == ids)
  }

  @Test func aStatusThatDoesNotDecodeStillCounts() {
    #expect(AccountRecords.counts(record([("status", "lost")]), kind: .audit))
    #expect(!AccountRecords.counts(record([("status", "waived")]), kind: .audit))
    #expect(!AccountRecords.counts(record([("status", "cancelled")]), kind: .delegation))
    #expect(AccountRecords.counts(record([("status", "void")]), kind: .certificate))
  }
}
