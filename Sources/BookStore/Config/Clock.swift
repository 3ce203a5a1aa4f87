#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A local wall-clock time, to the second.
public struct LocalTime: Sendable, Equatable {
  public var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int

  public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
    (self.year, self.month, self.day) = (year, month, day)
    (self.hour, self.minute, self.second) = (hour, minute, second)
  }

  /// `2026-11-23`.
  public var isoDay: String {
    "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
  }

  /// `2026-11-23 09:15:02`.
  public var text: String {
    "\(isoDay) \(Self.pad(hour, 2)):\(Self.pad(minute, 2)):\(Self.pad(second, 2))"
  }

  /// `20261123T091502`, for transaction ids.
  public var compact: String {
    "\(Self.pad(year, 4))\(Self.pad(month, 2))\(Self.pad(day, 2))T"
      + "\(Self.pad(hour, 2))\(Self.pad(minute, 2))\(Self.pad(second, 2))"
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

/// Where the real time comes from, so tests can fix it.
public protocol Clock: Sendable {
  func now() -> LocalTime
}

/// The system's local time.
public struct SystemClock: Clock {
  public init() {}

  public func now() -> LocalTime {
    var seconds = time(nil)
    var parts = tm()
    localtime_r(&seconds, &parts)
    return LocalTime(
      year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday),
      hour: Int(parts.tm_hour), minute: Int(parts.tm_min), second: Int(parts.tm_sec))
  }
}

/// A clock that always says the same time.
public struct FixedClock: Clock {
  public let time: LocalTime
  public init(_ time: LocalTime) { self.time = time }
  public func now() -> LocalTime { time }
}
