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

extension Audit {
  /// Days after a mail audit's request when the final request is due (DESIGN.md "Domain notes:
  /// Audits": mail audits get a final request at 30 days).
  public static let finalRequestDays = 30

  /// Days open on a day: from the period end (audits start at expiration or cancellation) to
  /// the day, 0 before it; nil once the audit is closed or waived.
  public func daysOpen(on today: Day) -> Int? {
    guard status.isOpen else { return nil }
    return max(0, periodEnd.days(to: today))
  }

  /// The day a mail audit's final request is due: 30 days after its request; nil for other
  /// types and for a mail audit not yet requested.
  public var finalRequestDay: Day? {
    guard type == .mail, let requested else { return nil }
    return requested.adding(days: Audit.finalRequestDays)
  }

  /// A mail audit requested 30 or more days ago with no answer yet (still `requested`).
  public func isFinalRequestDue(on today: Day) -> Bool {
    guard status == .requested, let day = finalRequestDay else { return false }
    return day <= today
  }

  /// The verb to use next on an open audit, nil when there is none (closed, waived,
  /// noncompliant): a mail audit past its final request is to be marked noncompliant.
  public func nextStep(on today: Day) -> AuditVerb? {
    switch status {
    case .scheduled: return .request
    case .requested: return isFinalRequestDue(on: today) ? .noncompliant : .start
    case .inProgress: return .receive
    case .received: return .complete
    case .reviewed, .revised: return .accept
    case .accepted: return .bill
    case .billed, .refunded: return .close
    case .disputed: return .revise
    case .closed, .waived, .noncompliant: return nil
    }
  }
}
