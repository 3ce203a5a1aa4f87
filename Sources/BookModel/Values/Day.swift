/// A calendar day with no time zone: days since 1970-01-01 in the proleptic Gregorian calendar.
public struct Day: Sendable, Hashable, Comparable, Strideable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before).
  public var daysSinceEpoch: Int32

  /// The day that many days after 1970-01-01.
  public init(daysSinceEpoch: Int32) {
    self.daysSinceEpoch = daysSinceEpoch
  }

  /// The day of a year (1…9999), month (1…12) and day of the month.
  public init(year: Int, month: Int, day: Int) throws(DayError) {
    guard (1...9999).contains(year) else { throw .yearOutOfRange(year) }
    guard (1...12).contains(month) else { throw .noSuchMonth(month) }
    guard (1...Day.daysIn(month: month, year: year)).contains(day) else {
      throw .noSuchDay(year: year, month: month, day: day)
    }
    daysSinceEpoch = Int32(Day.daysFromCivil(year: year, month: month, day: day))
  }

  /// Parses a strict ISO day `YYYY-MM-DD`; nil otherwise (`2026-13-01`, `2026-4-1`).
  public init?(iso text: some StringProtocol) {
    guard let day = try? Day(parsingISO: text) else { return nil }
    self = day
  }

  /// Parses a strict ISO day `YYYY-MM-DD`, saying what is wrong.
  public init(parsingISO text: some StringProtocol) throws(DayError) {
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty else { throw .empty }
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let year = Day.number(bytes[0..<4]), let month = Day.number(bytes[5..<7]),
      let day = Day.number(bytes[8..<10])
    else { throw .format }
    try self.init(year: year, month: month, day: day)
  }

  /// Parses `YYYY-MM-DD` or the US form `MM/DD/YYYY`, saying what is wrong.
  public init(parsing text: some StringProtocol) throws(DayError) {
    let bytes = Array(text.utf8)
    if bytes.count == 10, bytes[2] == UInt8(ascii: "/"), bytes[5] == UInt8(ascii: "/") {
      guard let month = Day.number(bytes[0..<2]), let day = Day.number(bytes[3..<5]),
        let year = Day.number(bytes[6..<10])
      else { throw .format }
      try self.init(year: year, month: month, day: day)
    } else {
      try self.init(parsingISO: text)
    }
  }

  /// Parses `YYYY-MM-DD` or `MM/DD/YYYY`; nil otherwise.
  public init?(_ text: some StringProtocol) {
    guard let day = try? Day(parsing: text) else { return nil }
    self = day
  }

  /// `YYYY-MM-DD`, as in files.
  public var iso: String {
    let (year, month, day) = civil
    return Day.pad(year, 4) + "-" + Day.pad(month, 2) + "-" + Day.pad(day, 2)
  }

  /// `MM/DD/YYYY`, as on US forms.
  public var us: String {
    let (year, month, day) = civil
    return Day.pad(month, 2) + "/" + Day.pad(day, 2) + "/" + Day.pad(year, 4)
  }

  public var description: String { iso }

  public var year: Int { civil.year }
  public var month: Int { civil.month }
  public var day: Int { civil.day }

  /// The day of the week.
  public var weekday: Weekday {
    let index = ((Int(daysSinceEpoch) % 7) + 7 + 3) % 7
    return Weekday.allCases[index]
  }

  /// The day `days` later (earlier when negative).
  public func adding(days: Int) -> Day {
    Day(daysSinceEpoch: daysSinceEpoch + Int32(days))
  }

  /// The same day of the month `months` later, clamped to the month's end (Jan 31 + 1m = Feb 28).
  public func adding(months: Int) -> Day {
    let (year, month, day) = civil
    let index = year * 12 + (month - 1) + months
    let newYear = index >= 0 ? index / 12 : (index - 11) / 12
    let newMonth = index - newYear * 12 + 1
    let newDay = min(day, Day.daysIn(month: newMonth, year: newYear))
    let days = Day.daysFromCivil(year: newYear, month: newMonth, day: newDay)
    return Day(daysSinceEpoch: Int32(days))
  }

  /// The same day `years` later; Feb 29 becomes Feb 28 in a common year.
  public func adding(years: Int) -> Day {
    adding(months: years * 12)
  }

  /// Days from this day to `other` (positive when `other` is later).
  public func days(to other: Day) -> Int {
    Int(other.daysSinceEpoch) - Int(daysSinceEpoch)
  }

  public func distance(to other: Day) -> Int { days(to: other) }

  public func advanced(by days: Int) -> Day { adding(days: days) }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

  /// Whether the year has a February 29.
  public static func isLeap(year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in a month (1…12) of a year.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year: year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// English month names, January first.
  public static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  // MARK: Calendar arithmetic (H. Hinnant's civil-from-days algorithms)

  var civil: (year: Int, month: Int, day: Int) {
    let z = Int(daysSinceEpoch) + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shifted = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shifted + 2) / 5 + 1
    let month = shifted < 10 ? shifted + 3 : shifted - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for byte in bytes {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return bytes.isEmpty ? nil : value
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

/// A day of the week, Monday first.
public enum Weekday: String, CaseIterable, Sendable {
  case monday, tuesday, wednesday, thursday, friday, saturday, sunday
}
