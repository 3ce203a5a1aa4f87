/// The wording of the delegation rules' violations.
extension Violation {
  /// A done or cancelled delegation closed again (`done` twice).
  public static func delegationAlreadyClosed(_ status: DelegationStatus, closed: String?)
    -> Violation
  {
    let when = closed.map { " on \($0)" } ?? ""
    return Violation(
      .lifecycle, field: "status", "already \(status.rawValue)\(when)",
      hint: "reopen it first to change how it ended")
  }

  /// A new delegation due before the day it is written.
  public static func delegationDueBeforeToday(due: Day, today: Day) -> Violation {
    Violation(
      .business, field: "due", "due \(due.iso) is before today (\(today.iso))",
      hint: "a new delegation is due today or later: due=today, due=+2d")
  }
}
