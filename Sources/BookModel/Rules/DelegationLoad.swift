/// One person's delegations counted for `workload`: what is still to do by status, what falls
/// due this week, what is overdue, what was done in the last 30 days, and the open ones by
/// priority.
public struct DelegationLoad: Sendable, Equatable {
  public var person: String
  public var open = 0
  public var inProgress = 0
  public var waiting = 0
  /// Still to do and due from today through the next six days.
  public var dueThisWeek = 0
  /// Still to do and due before today.
  public var overdue = 0
  /// Done with `closed` in the last 30 days (today included).
  public var doneLast30Days = 0
  /// The ones still to do, by priority.
  public var byPriority: [Priority: Int] = [:]

  public init(person: String) {
    self.person = person
  }

  /// Everything still to do: open, in progress and waiting.
  public var toDo: Int { open + inProgress + waiting }

  /// The load of each person, in the order given, from every delegation of the book.
  public static func count(_ delegations: [Delegation], people: [String], on today: Day)
    -> [DelegationLoad]
  {
    var loads = Dictionary(uniqueKeysWithValues: people.map { ($0, DelegationLoad(person: $0)) })
    for delegation in delegations {
      guard var load = loads[delegation.to] else { continue }
      switch delegation.status {
      case .open: load.open += 1
      case .inProgress: load.inProgress += 1
      case .waiting: load.waiting += 1
      case .done:
        if let closed = delegation.closed, closed <= today, closed.days(to: today) < 30 {
          load.doneLast30Days += 1
        }
      case .cancelled: break
      }
      if delegation.status.isOpen {
        load.byPriority[delegation.priority, default: 0] += 1
        if delegation.isOverdue(on: today) {
          load.overdue += 1
        } else if today.days(to: delegation.due) < 7 {
          load.dueThisWeek += 1
        }
      }
      loads[delegation.to] = load
    }
    return people.compactMap { loads[$0] }
  }
}
