import BookLanguage
import BookModel
import Testing

/// `log ACCOUNT`: the account's activity history — changes to any of its records and its
/// notes, by day; another account's changes stay out.
@Suite struct AccountActivityTests {
  @Test func notesAndChangesInterleaveByDay() throws {
    let book = try LanguageBook()
    #expect(try book.run("set policy P-0001 premium=13250") == 0)
    #expect(try book.run("set policy P-0019 premium=100") == 0)  // CITRUS's
    #expect(try book.run("note ACME \"Called Jim\"") == 0)
    #expect(try book.run("log ACME since 2026-11-20") == 0, "\(book.output.err)")
    let out = book.output.out
    let log = try #require(out.range(of: "time ")).lowerBound
    let table = out[log...].split(separator: "\n").dropFirst(2)
    let records = table.map { line in
      String(line.split(separator: " ", omittingEmptySubsequences: true)[5])
    }
    // The two notes of 2026-11-20, then today's note and the change to P-0001 (the journal's
    // time stamp is the real clock, after the note's minute).
    #expect(records == ["N-0001", "N-0002", "N-0021", "P-0001"])
    #expect(!out[log...].contains("P-0019"))
    #expect(table.contains { $0.contains("Called Jim") })
  }

  @Test func anotherRecordsLogIsItsOwn() throws {
    let book = try LanguageBook()
    #expect(try book.run("set policy P-0001 premium=13250; note P-0001 \"x\"; log P-0001") == 0)
    #expect(!book.output.out.contains("note N-"))
  }
}
