import BookModel
import Testing

@Suite struct DayExpressionTests {
  static let today = Day(iso: "2026-11-23") ?? Day(daysSinceEpoch: 0)

  @Test(arguments: [
    ("2026-03-01", "2026-03-01"),
    ("03/01/2026", "2026-03-01"),
    ("today", "2026-11-23"),
    ("Today", "2026-11-23"),
    ("today + 14d", "2026-12-07"),
    ("today - 2w", "2026-11-09"),
    ("today+3", "2026-11-26"),
    ("today + 3", "2026-11-26"),
    ("+5d", "2026-11-28"),
    ("-2w", "2026-11-09"),
    ("+1m", "2026-12-23"),
    ("+1y", "2027-11-23"),
    ("2026-01-31 + 1m", "2026-02-28"),
    ("today + 1m - 1d", "2026-12-22"),
  ])
  func evaluates(text: String, expected: String) throws {
    #expect(try DayExpression.evaluate(text, today: Self.today).iso == expected)
  }

  @Test(arguments: [
    ("", DayError.empty),
    ("tomorrow", .format),
    ("today * 2", .expression),
    ("today + 3x", .unknownUnit("x")),
    ("today +", .expression),
    ("2026-13-01", .noSuchMonth(13)),
  ])
  func rejects(text: String, error: DayError) {
    #expect(throws: error) { try DayExpression.evaluate(text, today: Self.today) }
  }

  @Test(arguments: [
    ("90d", 90, Period.Unit.days), ("2w", 2, .weeks), ("5y", 5, .years),
    ("1m", 1, .months), ("14", 14, .days),
  ])
  func periods(text: String, count: Int, unit: Period.Unit) throws {
    let period = try Period(parsing: text)
    #expect(period == Period(count, unit))
  }

  @Test func periodPrintsAndMoves() throws {
    #expect(Period(90, .days).description == "90d")
    #expect(Period("") == nil)
    #expect(Period("d") == nil)
    #expect(Self.today.adding(Period(2, .weeks)).iso == "2026-12-07")
    #expect(Self.today.subtracting(Period(5, .years)).iso == "2021-11-23")
  }

  @Test func timestamps() throws {
    let stamp = try Timestamp(parsing: "2026-11-23 09:05")
    #expect(stamp.description == "2026-11-23 09:05")
    #expect(stamp.hour == 9 && stamp.minute == 5)
    #expect(try stamp < Timestamp(parsing: "2026-11-23 10:00"))
    #expect(try stamp > Timestamp(parsing: "2026-11-22 23:59"))
    #expect(throws: DayError.noSuchTime(hour: 24, minute: 0)) {
      try Timestamp(parsing: "2026-11-23 24:00")
    }
    #expect(throws: DayError.timestampFormat) { try Timestamp(parsing: "2026-11-23 9:05") }
    #expect(throws: DayError.noSuchMonth(13)) { try Timestamp(parsing: "2026-13-23 09:05") }
  }
}
