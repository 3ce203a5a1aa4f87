import BookModel
import Foundation
import Testing

@testable import BookStore

/// Rename: the key changes in place, every reference follows in one transaction, undo puts
/// back every byte.
@Suite struct RenameTests {
  @Test func anAccountsReferencesFollowInEveryFileInOneTransaction() throws {
    let directory = TemporaryDirectory()
    let book = try ExampleCopy.make(in: directory)
    let before = ExampleCopy.files(book)
    let snapshot = try book.load()
    let referrers = Validation.referrers(to: .account, "ACME", in: Transaction(base: snapshot))
    #expect(referrers.count > 10)
    var transaction = Transaction(base: snapshot)
    let followed = try transaction.rename(.account, from: "ACME", to: "ACME-ROOF")
    #expect(followed.count == Set(referrers.map { $0.split(separator: " (")[0] }).count)
    let result = try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)

    let after = try book.load()
    #expect(after.record(.account, "ACME") == nil)
    let renamed = try #require(after.record(.account, "ACME-ROOF"))
    // In place: the same position in accounts.rec.
    #expect(renamed.index == snapshot.record(.account, "ACME")?.index)
    #expect(Validation.referrers(to: .account, "ACME", in: Transaction(base: after)).isEmpty)
    #expect(Validation.check(after).isEmpty)
    for kind in DataDirectory.dataKinds {
      let text = String(decoding: ExampleCopy.files(book)[kind.spec.file] ?? [], as: UTF8.self)
      #expect(!text.contains(": ACME\n"), "\(kind.spec.file) still refers to ACME")
    }
    let history = try book.history()
    #expect(history.transactions.count == 1)
    #expect(history.transactions.first?.txn == result.transaction)
    #expect(history.transactions.first?.entries.count == followed.count + 1)
    #expect(history.transactions.first?.entries.first?.id == "ACME-ROOF")

    try book.undoLast()
    #expect(ExampleCopy.differences(ExampleCopy.files(book), before) == [])
  }

  @Test func aPersonsRenameReachesTheAgencysDefaultUserAndEveryPersonField() throws {
    let directory = TemporaryDirectory()
    let book = try ExampleCopy.make(in: directory)
    let before = ExampleCopy.files(book)
    var transaction = Transaction(base: try book.load())
    let followed = try transaction.rename(.person, from: "jkim", to: "jenny.kim")
    #expect(followed.contains { $0.kind == .agency && $0.id == "agency" })
    #expect(followed.contains { $0.kind == .delegation })
    #expect(followed.contains { $0.kind == .account })
    _ = try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)
    let after = try book.load()
    #expect(after.records(.agency).first?.value("default_user") == "jenny.kim")
    #expect(Validation.check(after).isEmpty)
    try book.undoLast()
    #expect(ExampleCopy.differences(ExampleCopy.files(book), before) == [])
  }

  @Test func aCarriersRenameFollowsIntoPoliciesQuotesAndContacts() throws {
    let directory = TemporaryDirectory()
    let book = try ExampleCopy.make(in: directory)
    var transaction = Transaction(base: try book.load())
    let followed = try transaction.rename(.carrier, from: "TRAV", to: "TRV")
    #expect(Set(followed.map(\.kind)).isSuperset(of: [.policy]))
    _ = try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)
    #expect(try book.load().record(.policy, "P-0001")?.value("carrier") == "TRV")
  }

  @Test func aPolicysRenameFollowsIntoCertificateListsAndRepeatedFields() throws {
    let directory = TemporaryDirectory()
    let book = try ExampleCopy.make(in: directory)
    let before = ExampleCopy.files(book)
    var transaction = Transaction(base: try book.load())
    _ = try transaction.rename(.policy, from: "P-0021", to: "P-0021A")
    let certificate = try #require(transaction.record(.certificate, "CE-0002"))
    #expect(certificate.values("policy") == ["P-0021A", "P-0044"])
    #expect(certificate.value("ai") == "P-0021A")
    _ = try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)
    try book.undoLast()
    #expect(ExampleCopy.differences(ExampleCopy.files(book), before) == [])
  }

  struct Refusal: Sendable, CustomTestStringConvertible {
    var kind: KindID
    var old: String
    var new: String
    var message: String
    var note: String
    var testDescription: String { "\(kind) \(old) → \(new)" }
  }

  static let refusals = [
    Refusal(
      kind: .account, old: "ACME", new: "BRIGHT",
      message: "account BRIGHT already exists: ids are unique",
      note: "Choose another id, or look at the one that has it: show BRIGHT"),
    Refusal(
      kind: .account, old: "NOPE", new: "NEW", message: "no account NOPE to rename",
      note: "List them with: accounts"),
    Refusal(
      kind: .account, old: "ACME", new: "-ACME",
      message:
        "'-ACME' cannot be an id: use letters, digits, '-', '_', '.' or '/', starting with a letter or digit",
      note: "Pick an id like ACME2 or acme-roofing."),
    Refusal(
      kind: .account, old: "ACME", new: "ACME ROOF",
      message:
        "'ACME ROOF' cannot be an id: use letters, digits, '-', '_', '.' or '/', starting with a letter or digit",
      note: "Pick an id like ACME2 or acme-roofing."),
    Refusal(
      kind: .agency, old: "agency", new: "x", message: "the agency has no id to rename",
      note: "Its fields can be changed with set; see: help set"),
  ]

  @Test(arguments: refusals)
  func refused(_ refusal: Refusal) throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    var transaction = Transaction(base: try book.load())
    #expect(
      throws: StoreError.refused([Diagnostic(refusal.message, notes: [refusal.note])])
    ) {
      try transaction.rename(refusal.kind, from: refusal.old, to: refusal.new)
    }
    #expect(transaction.changes.isEmpty)
    #expect(StoreError.refused([]).exitCode == 1)
  }

  @Test func aRenameMeetsAReferenceAddedMeanwhileWithExit4() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let snapshot = try book.load()
    var mine = Transaction(base: snapshot)
    try mine.rename(.account, from: "BRIGHT", to: "BRIGHTDG")
    var theirs = Transaction(base: snapshot)
    try theirs.add(
      .note,
      Record([
        Field("about", "BRIGHT"), Field("by", "mlopez"), Field("at", "2026-11-23 09:15"),
        Field("text", "Called"),
      ]))
    _ = try book.commit(theirs, Fixtures.request, clock: Fixtures.clock)
    let files = directory.dataFiles()
    #expect(
      throws: StoreError.conflict(
        kind: .account, id: "BRIGHT",
        reason: "note N-0001 (about) was made to refer to it meanwhile")
    ) {
      try book.commit(mine, Fixtures.request, clock: Fixtures.clock)
    }
    #expect(directory.dataFiles() == files)
  }

  @Test func aRenameMeetsTheNewIdTakenMeanwhileWithExit4() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let snapshot = try book.load()
    var mine = Transaction(base: snapshot)
    try mine.rename(.account, from: "BRIGHT", to: "BDG")
    var theirs = Transaction(base: snapshot)
    try theirs.add(
      .account, Record([Field("id", "BDG"), Field("name", "B"), Field("status", "prospect")]))
    _ = try book.commit(theirs, Fixtures.request, clock: Fixtures.clock)
    #expect(
      throws: StoreError.conflict(
        kind: .account, id: "BDG", reason: "another writer added one with that id")
    ) {
      try book.commit(mine, Fixtures.request, clock: Fixtures.clock)
    }
  }

  @Test func aRecordRenamedAndAnotherTakingItsOldIdInOneTransaction() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    var transaction = Transaction(base: try book.load())
    try transaction.rename(.account, from: "BRIGHT", to: "BDG")
    try transaction.add(
      .account,
      Record([Field("id", "BRIGHT"), Field("name", "New Bright"), Field("status", "prospect")]))
    #expect(transaction.record(.account, "BRIGHT")?.value("name") == "New Bright")
    #expect(transaction.record(.account, "BDG")?.value("name") == "Bright Dental Group")
    _ = try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)
    let after = try book.load()
    #expect(after.records(.account).compactMap { $0.value("id") } == ["ACME", "BDG", "BRIGHT"])
  }
}
