import BookModel
import Testing

@testable import BookLanguage

/// A money column whose total cents cannot hold is named, never added with a trap.
@Suite struct TotalOverflowTests {
  @Test func aTotalBeyondWhatCentsHoldIsNamedAndShownAsTooLarge() {
    let half = Money(cents: Int64.max / 2 + 1)
    let table = ResultTable(
      columns: [.init("id", .text), .init("premium", .money), .init("fees", .money)],
      rows: [
        [.text("P-1"), .money(half), .money(Money(cents: 100))],
        [.text("P-2"), .money(half), .money(Money(cents: 250))],
      ], totals: true)
    #expect(table.columnsBeyondExactTotal == ["premium"])
    #expect(table.totalRow == [.text("total"), .text("too large"), .money(Money(cents: 350))])
  }

  @Test func anOrdinaryTotalIsExact() {
    let table = ResultTable(
      columns: [.init("id", .text), .init("premium", .money)],
      rows: [[.text("P-1"), .money(.maximum)], [.text("P-2"), .money(.maximum)]], totals: true)
    #expect(table.columnsBeyondExactTotal.isEmpty)
    #expect(table.totalRow == [.text("total"), .money(Money(cents: 1_999_999_999_998))])
  }
}
