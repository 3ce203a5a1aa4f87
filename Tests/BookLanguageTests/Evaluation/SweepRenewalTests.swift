import BookLanguage
import Testing

/// The sweep's renewal rule: a policy expiring inside 30 days whose renewal has not started
/// (DESIGN's morning: P-0044, WC for Delta Plumbing, 22 days).
@Suite struct SweepRenewalTests {
  static let finding =
    "  P-0044   WC for Delta Plumbing Inc expires 2026-12-15 (22 days); renewal not started"
    + " → start it: stage P-0044 info-requested"

  @Test func aLateRenewalIsFoundUntilItsStageMoves() throws {
    let book = try LanguageBook()
    let session = try book.session()
    #expect(session.run("sweep") == 1)
    #expect(book.output.out.contains("Renewals inside 30 days, not started (1)\n" + Self.finding))
    #expect(session.run("stage P-0044 info-requested") == 0)
    let after = book.output.out.count
    _ = session.run("sweep")
    #expect(!book.output.out.dropFirst(after).contains("P-0044"))
  }

  /// 30 days before expiring it is late; 31 days before, not yet.
  @Test(arguments: [("2026-11-15", true), ("2026-11-14", false)])
  func theWindowIsThirtyDays(day: String, found: Bool) throws {
    let book = try LanguageBook()
    let session = try book.session()
    _ = session.run("today \(day); sweep")
    #expect(book.output.out.contains("P-0044   WC for Delta Plumbing Inc") == found)
  }
}
