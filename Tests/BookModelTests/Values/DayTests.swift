import BookModel
import Testing

@Suite struct DayTests {
  @Test(arguments: [
    ("1970-01-01", Int32(0)),
    ("1969-12-31", -1),
    ("2000-03-01", 11_017),
    ("2026-11-23", 20_780),
  ])
  func isoMapsToDaysSinceEpoch(text: String, days: Int32) throws {
    let day = try #require(Day(iso: text))
    #expect(day.daysSinceEpoch == days)
    #expect(day.iso == text)
  }

  @Test(arguments: [
    ("2026-13-01", DayError.noSuchMonth(13)),
    ("2026-00-10", .noSuchMonth(0)),
    ("2026-02-29", .noSuchDay(year: 2026, month: 2, day: 29)),
    ("2026-04-31", .noSuchDay(year: 2026, month: 4, day: 31)),
    ("2026-4-1", .format),
    ("2026/04/01", .format),
    ("26-04-01", .format),
    ("", .empty),
    ("0000-01-01", .yearOutOfRange(0)),
  ])
  func rejectsISO(text: String, error: DayError) {
    #expect(throws: error) { try Day(parsingISO: text) }
    #expect(Day(iso: text) == nil)
  }

  @Test(arguments: [
    (DayError.noSuchMonth(13), "there is no month 13"),
    (.noSuchDay(year: 2026, month: 2, day: 29), "February 2026 has 28 days, not 29"),
    (.format, "write days as YYYY-MM-DD (2026-03-01) or MM/DD/YYYY (03/01/2026)"),
    (.unknownUnit("x"), "'x' is not a unit: use d, w, m or y (14d, 2w, 1m, 1y)"),
  ])
  func reasons(error: DayError, reason: String) {
    #expect(error.reason == reason)
  }

  @Test func leapDaysAndUSForm() throws {
    #expect(Day(iso: "2024-02-29") != nil)
    #expect(Day(iso: "2000-02-29") != nil)
    #expect(Day(iso: "1900-02-29") == nil)
    #expect(try Day(parsing: "03/01/2026") == Day(iso: "2026-03-01"))
    #expect(try Day(parsing: "03/01/2026").us == "03/01/2026")
    #expect(throws: DayError.noSuchMonth(13)) { try Day(parsing: "13/01/2026") }
  }

  @Test func partsAndWeekday() throws {
    let day = try #require(Day(iso: "2026-11-23"))
    #expect(day.year == 2026 && day.month == 11 && day.day == 23)
    #expect(day.weekday == .monday)
    #expect(Day(iso: "1970-01-01")?.weekday == .thursday)
    #expect(Day(iso: "1969-12-31")?.weekday == .wednesday)
  }

  @Test(arguments: [
    ("2026-01-31", 1, "2026-02-28"),
    ("2024-01-31", 1, "2024-02-29"),
    ("2026-03-31", -1, "2026-02-28"),
    ("2026-11-15", 2, "2027-01-15"),
    ("2026-01-15", -13, "2024-12-15"),
    ("2026-05-31", 1, "2026-06-30"),
  ])
  func addingMonthsClampsToMonthEnd(start: String, months: Int, expected: String) throws {
    #expect(try #require(Day(iso: start)).adding(months: months).iso == expected)
  }

  @Test func addingDaysYearsAndDifference() throws {
    let leap = try #require(Day(iso: "2024-02-29"))
    #expect(leap.adding(years: 1).iso == "2025-02-28")
    #expect(leap.adding(years: 4).iso == "2028-02-29")
    #expect(leap.adding(days: 1).iso == "2024-03-01")
    let start = try #require(Day(iso: "2025-01-15"))
    let end = try #require(Day(iso: "2026-01-15"))
    #expect(start.days(to: end) == 365)
    #expect(end.days(to: start) == -365)
    #expect(start < end)
    #expect(Array(stride(from: start, to: start.adding(days: 3), by: 1)).count == 3)
  }
}
