import BookModel
import Testing

@Suite struct MoneyTests {
  @Test(arguments: [
    ("12500", Int64(1_250_000)),
    ("12500.5", 1_250_050),
    ("12500.00", 1_250_000),
    ("12,500.00", 1_250_000),
    ("$12,500.00", 1_250_000),
    ("-500.00", -50_000),
    ("-$500", -50_000),
    ("0.05", 5),
    ("1,234,567.89", 123_456_789),
  ])
  func parses(text: String, cents: Int64) {
    #expect(Money(text)?.cents == cents)
  }

  @Test(arguments: [
    ("1,2,3", NumberError.misplacedSeparator),
    ("12,50.00", .misplacedSeparator),
    (",500", .misplacedSeparator),
    ("1234,567", .misplacedSeparator),
    ("12.345", .tooManyDecimals(allowed: 2)),
    ("", .empty),
    ("12a", .unexpected("a")),
    ("abc", .unexpected("a")),
    ("12.", .missingDigits),
    ("-", .missingDigits),
    ("$", .missingDigits),
    (".5", .missingDigits),
    ("1 000", .unexpected(" ")),
    ("99999999999999999999", .beyondLimit("9,999,999,999.99")),
    ("92233720368547758.07", .beyondLimit("9,999,999,999.99")),
    ("10000000000", .beyondLimit("9,999,999,999.99")),
    ("-$10,000,000,000.00", .beyondLimit("9,999,999,999.99")),
  ])
  func rejects(text: String, error: NumberError) {
    #expect(throws: error) { try Money(parsing: text) }
    #expect(Money(text) == nil)
  }

  @Test func theLargestAmountIsAccepted() throws {
    #expect(try Money(parsing: "9,999,999,999.99") == Money.maximum)
    #expect(try Money(parsing: "-9999999999.99") == -Money.maximum)
  }

  @Test func totalsAreCheckedNeverTrapping() {
    let half = Money(cents: Int64.max / 2 + 1)
    #expect([half, half].total() == nil)
    #expect(half.adding(half) == nil)
    #expect([Money.maximum, Money.maximum].total() == Money(cents: 1_999_999_999_998))
    #expect([Money]().total() == .zero)
  }

  @Test func reasonsAreForPeople() {
    #expect(
      NumberError.misplacedSeparator.reason
        == "',' must separate groups of three digits (12,500.00)")
    #expect(
      NumberError.tooManyDecimals(allowed: 2).reason
        == "there are more than 2 digits after the point")
  }

  @Test(arguments: [
    (Int64(1_250_000), "12500.00", "12,500.00"),
    (-50_000, "-500.00", "-500.00"),
    (5, "0.05", "0.05"),
    (-123_456_789, "-1234567.89", "-1,234,567.89"),
    (0, "0.00", "0.00"),
  ])
  func prints(cents: Int64, file: String, people: String) {
    #expect(Money(cents: cents).fileText == file)
    #expect(Money(cents: cents).description == people)
  }

  @Test func arithmeticAndOrder() {
    let a = Money(cents: 1000)
    let b = Money(cents: 250)
    #expect(a + b == Money(cents: 1250))
    #expect(a - b == Money(cents: 750))
    #expect(-a == Money(cents: -1000))
    #expect(b < a)
    #expect([a, b, -b].sum() == a)
    #expect([Money]().sum() == .zero)
  }

  /// Half away from zero: a half cent goes up for positive amounts, down for negative ones.
  @Test(arguments: [
    (Int64(1), "0.5", Int64(1)),  // 0.005 → 0.01
    (-1, "0.5", -1),  // −0.005 → −0.01
    (3, "0.5", 2),  // 0.015 → 0.02
    (1, "0.49", 0),
    (-1, "0.49", 0),
    (4_347_000, "1", 4_347_000),
    (1000, "0.333", 333),
  ])
  func multipliesHalfAwayFromZero(cents: Int64, factor: String, expected: Int64) throws {
    let decimal = try ExactDecimal(parsing: factor)
    #expect(Money(cents: cents).multiplied(by: decimal).cents == expected)
  }

  @Test func scalesForEarnedPremium() {
    #expect(Money(cents: 1_000_000).scaled(by: 1, over: 3) == Money(cents: 333_333))
    #expect(Money(cents: 1_000_000).scaled(by: 2, over: 3) == Money(cents: 666_667))
    #expect(Money(cents: -1).scaled(by: 1, over: 2) == Money(cents: -1))
  }
}
