import BookModel
import Testing

@testable import BookStore

/// New ids another writer took meanwhile are renumbered all at once, and every reference in
/// the transaction follows its record's new id (a single value or an item of a list).
@Suite struct RenumberTests {
  @Test func manyNewIdsTakenMeanwhileAreRenumberedTogetherAndReferencesFollow() throws {
    let directory = TemporaryDirectory()
    let book = try ExampleCopy.make(in: directory)
    let snapshot = try book.load()
    var template = try #require(snapshot.record(.policy, "P-0001")).record
    template.fields.removeAll { $0.name == "id" }
    let first = snapshot.highestNumber(.policy) + 1
    let id = { (offset: Int) in IDNumber.make(prefix: "P-", number: first + offset) }

    var theirs = Transaction(base: snapshot)
    for _ in 0..<2 { try theirs.add(.policy, template) }
    var mine = Transaction(base: snapshot)
    #expect(try mine.add(.policy, template) == id(0))
    #expect(try mine.add(.policy, template) == id(1))
    #expect(try mine.add(.policy, template) == id(2))
    try mine.add(
      .note,
      Record([
        Field("about", id(1)), Field("by", "jkim"), Field("at", "2026-11-23 10:00"),
        Field("text", "about the second"),
      ]))
    var certificate = try #require(mine.record(.certificate, "CE-0001")).record
    certificate.setAll("policy", certificate.values("policy") + [id(0), id(2)])
    certificate.set("wos", "\(id(0)), \(id(2))")
    certificate.set("issued", "2026-11-23")  // a changed certificate is issued anew, that day
    try mine.update(.certificate, "CE-0001", certificate)

    _ = try book.commit(theirs, Fixtures.request, clock: Fixtures.clock)
    let result = try book.commit(mine, Fixtures.request, clock: Fixtures.clock)
    // Ours that clash go past everything on disk and pending; the third did not clash.
    #expect(
      result.renumbered == [
        .init(kind: .policy, from: id(0), to: id(3)), .init(kind: .policy, from: id(1), to: id(4)),
      ])
    let after = try book.load()
    #expect(after.records(.policy).count == snapshot.records(.policy).count + 5)
    let note = try #require(after.records(.note).last)
    #expect(note.value("about") == id(4))
    let held = try #require(after.record(.certificate, "CE-0001"))
    #expect(held.value("wos") == "\(id(3)), \(id(2))")
    #expect(held.values("policy").suffix(2) == [id(3), id(2)])
    #expect(after.record(.policy, id(3))?.value("id") == id(3))
    #expect(Validation.check(after).isEmpty)
  }
}
