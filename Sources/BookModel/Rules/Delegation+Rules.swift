extension Delegation {
  /// Overdue: not done or cancelled, and due before today.
  public func isOverdue(on today: Day) -> Bool {
    !status.isClosed && due < today
  }

  /// The due day of the next occurrence of a recurring delegation, nil when it does not recur.
  public var nextDue: Day? {
    every.map { due.adding($0.period) }
  }
}

extension Recurrence {
  /// The length between occurrences.
  public var period: Period {
    switch self {
    case .weekly: return Period(1, .weeks)
    case .monthly: return Period(1, .months)
    case .quarterly: return Period(3, .months)
    case .yearly: return Period(1, .years)
    }
  }
}

extension DelegationStatus {
  /// Still to do: open, in progress or waiting (not done or cancelled).
  public var isOpen: Bool { !isClosed }
}
