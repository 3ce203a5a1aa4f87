/// Why a text is not a day, a time stamp or a period.
public enum DayError: Error, Sendable, Equatable {
  /// Nothing was written.
  case empty
  /// Not in a form we read (`2026-4-1`).
  case format
  /// Not a time stamp `YYYY-MM-DD HH:MM`.
  case timestampFormat
  /// A month outside 1…12.
  case noSuchMonth(Int)
  /// A day the month does not have.
  case noSuchDay(year: Int, month: Int, day: Int)
  /// A year outside 1…9999.
  case yearOutOfRange(Int)
  /// An hour or minute that does not exist (`25:00`).
  case noSuchTime(hour: Int, minute: Int)
  /// A unit that is not `d`, `w`, `m` or `y`.
  case unknownUnit(String)
  /// An expression that is not `today`, a day, or either followed by `+N`/`-N` steps.
  case expression

  /// The reason, for people: "there is no month 13".
  public var reason: String {
    switch self {
    case .empty: return "it is empty"
    case .format: return "write days as YYYY-MM-DD (2026-03-01) or MM/DD/YYYY (03/01/2026)"
    case .timestampFormat: return "write time stamps as YYYY-MM-DD HH:MM (2026-11-23 09:30)"
    case .noSuchMonth(let month): return "there is no month \(month)"
    case .noSuchDay(let year, let month, let day):
      let days = Day.daysIn(month: month, year: year)
      return "\(Day.monthNames[month - 1]) \(year) has \(days) days, not \(day)"
    case .yearOutOfRange(let year): return "the year \(year) is out of range (1-9999)"
    case .noSuchTime(let hour, let minute):
      return "there is no time \(hour):\(minute < 10 ? "0" : "")\(minute)"
    case .unknownUnit(let unit):
      return "'\(unit)' is not a unit: use d, w, m or y (14d, 2w, 1m, 1y)"
    case .expression:
      return "write a day (2026-03-01), today, or either with steps (today + 14d, -2w, +1m)"
    }
  }
}
