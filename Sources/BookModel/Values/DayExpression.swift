/// Day expressions relative to a given today: `2026-03-01`, `03/01/2026`, `today`,
/// `today + 14d`, `today - 2w`, `+5d`, `-2w`, `+1m`, `+1y`, `today + 3` (a bare number is days).
public enum DayExpression {
  /// The day the expression names, given today.
  public static func evaluate(_ text: some StringProtocol, today: Day) throws(DayError) -> Day {
    let compact = String(text.filter { $0 != " " && $0 != "\t" })
    guard !compact.isEmpty else { throw .empty }
    var base: Day
    var rest: Substring
    if compact.lowercased().hasPrefix("today") {
      base = today
      rest = compact.dropFirst(5)
    } else if compact.hasPrefix("+") || compact.hasPrefix("-") {
      base = today
      rest = Substring(compact)
    } else if compact.count <= 10 {
      return try Day(parsing: compact)
    } else {
      base = try Day(parsing: compact.prefix(10))
      rest = compact.dropFirst(10)
    }
    while let sign = rest.first {
      guard sign == "+" || sign == "-" else { throw .expression }
      rest = rest.dropFirst()
      let step = rest.prefix { $0 != "+" && $0 != "-" }
      rest = rest.dropFirst(step.count)
      guard !step.isEmpty else { throw .expression }
      let period = try Period(parsing: step)
      base = base.adding(sign == "-" ? -period : period)
    }
    return base
  }
}
