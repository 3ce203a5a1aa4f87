/// Calendar arithmetic for the generator: a day is a count of days since 1970-01-01.
enum GenDay {
  /// The day number of a civil date (Howard Hinnant's algorithm).
  static func day(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The civil date of a day number.
  static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// The same calendar day `years` later (Feb 29 becomes Feb 28).
  static func addingYears(_ years: Int, to days: Int) -> Int {
    let c = civil(days)
    let leap = isLeap(c.year + years)
    return day(c.year + years, c.month, c.month == 2 && c.day == 29 && !leap ? 28 : c.day)
  }

  static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// `YYYY-MM-DD`, padded by hand.
  static func iso(_ days: Int) -> String {
    let c = civil(days)
    return GenFormat.pad(c.year, 4) + "-" + GenFormat.pad(c.month, 2) + "-"
      + GenFormat.pad(c.day, 2)
  }

  /// `YYYY-MM-DD HH:MM`.
  static func stamp(_ days: Int, minute: Int) -> String {
    iso(days) + " " + GenFormat.pad(minute / 60, 2) + ":" + GenFormat.pad(minute % 60, 2)
  }
}
