extension Audit {
  /// The agency's days from period end to an audit's due day when `audit_due_days` is absent.
  public static let defaultDueDays = 30

  /// The due day: the stored one, else period end + the agency's `audit_due_days`.
  public func dueDay(auditDueDays: Int = Audit.defaultDueDays) -> Day {
    due ?? periodEnd.adding(days: auditDueDays)
  }

  /// Overdue: the insured's records are still awaited (scheduled, requested, in-progress) and
  /// the due day is before today. Once received (or later), waived, closed or marked
  /// noncompliant, an audit is not overdue.
  public func isOverdue(on today: Day, auditDueDays: Int = Audit.defaultDueDays) -> Bool {
    status.isAwaitingRecords && dueDay(auditDueDays: auditDueDays) < today
  }
}

extension AuditStatus {
  /// The insured's records are still awaited: scheduled, requested or in progress.
  public var isAwaitingRecords: Bool {
    self == .scheduled || self == .requested || self == .inProgress
  }

  /// Still open: neither closed nor waived.
  public var isOpen: Bool { self != .closed && self != .waived }
}
