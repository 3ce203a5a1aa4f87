import BookLanguage
import Testing

/// A total row only under the kind's own money, summed: not under money reached through a
/// path, not under competing quotes, not under averages, minimums or maximums.
@Suite struct TotalsTests {
  static func output(_ command: String) throws -> String {
    let book = try LanguageBook()
    #expect(try book.run(command) == 0)
    return book.output.out
  }

  @Test(arguments: [
    "allocations fields id, location, policy.premium",
    "quotes where account = ELKGRV",
    "quotes sum premium by account",
    "policies avg premium by carrier",
    "policies max premium by line",
    "claims fields id, policy.premium",
    "allocations fields id, policy.premium as md",
    "quotes where account = ELKGRV as html",
  ])
  func noTotal(command: String) throws {
    let text = try Self.output(command)
    #expect(!text.contains("total"), "\(text)")
    #expect(text.split(separator: "\n").count > 3, "rows expected: \(text)")
  }

  @Test(
    arguments: [
      ("policies where account = ACME fields id, premium", "total   154,370.00"),
      ("policies where account = ACME fields id, premium, account.name", "total   154,370.00"),
      ("policies where account = ACME sum premium by line", "total          154,370.00"),
      ("audits fields id, additional", "total      3,078.85"),
      ("policies where account = ACME fields id, premium as md", "| total | 154,370.00 |"),
    ])
  func total(command: String, line: String) throws {
    let text = try Self.output(command)
    #expect(text.split(separator: "\n").last.map(String.init) == line, "\(text)")
  }
}
