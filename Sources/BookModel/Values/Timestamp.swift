/// A local time stamp `YYYY-MM-DD HH:MM` with no zone (notes, the journal).
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var day: Day
  /// Minutes since midnight (0…1439).
  public var minuteOfDay: Int

  /// The time on a day; nil when the hour or minute does not exist.
  public init?(day: Day, hour: Int, minute: Int) {
    guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
    self.day = day
    self.minuteOfDay = hour * 60 + minute
  }

  /// Parses `YYYY-MM-DD HH:MM` strictly, saying what is wrong.
  public init(parsing text: some StringProtocol) throws(DayError) {
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty else { throw .empty }
    guard bytes.count == 16, bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":"),
      let hour = Day.number(bytes[11..<13]), let minute = Day.number(bytes[14..<16])
    else { throw .timestampFormat }
    let day = try Day(parsingISO: String(decoding: bytes[0..<10], as: UTF8.self))
    guard let stamp = Timestamp(day: day, hour: hour, minute: minute) else {
      throw .noSuchTime(hour: hour, minute: minute)
    }
    self = stamp
  }

  /// Parses as `init(parsing:)` does; nil otherwise.
  public init?(_ text: some StringProtocol) {
    guard let stamp = try? Timestamp(parsing: text) else { return nil }
    self = stamp
  }

  public var hour: Int { minuteOfDay / 60 }
  public var minute: Int { minuteOfDay % 60 }

  /// `YYYY-MM-DD HH:MM`.
  public var description: String {
    day.iso + " " + Day.pad(hour, 2) + ":" + Day.pad(minute, 2)
  }

  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    (lhs.day, lhs.minuteOfDay) < (rhs.day, rhs.minuteOfDay)
  }
}
