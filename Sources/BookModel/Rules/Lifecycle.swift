/// A status with a lifecycle: which moves are allowed, and why a move is refused.
public protocol Lifecycle: RawRepresentable, Sendable, Equatable where RawValue == String {
  /// The statuses this one may move to.
  var next: [Self] { get }
}

extension Lifecycle {
  /// Whether the status may move to `other` (staying put is not a move).
  public func canMove(to other: Self) -> Bool {
    next.contains(other)
  }

  /// Why the move is refused, or nil when it is allowed: "a closed audit cannot become
  /// reviewed; from closed there is no further step".
  public func refusal(to other: Self, kind: String) -> Violation? {
    guard !canMove(to: other) else { return nil }
    let allowed = next.map(\.rawValue)
    let article = rawValue.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    let hint =
      allowed.isEmpty
      ? "\(article) \(rawValue) \(kind) is final"
      : "from \(rawValue) it can become " + allowed.joined(separator: ", ")
    let message = "\(article) \(rawValue) \(kind) cannot become \(other.rawValue)"
    return Violation(.lifecycle, field: "status", message, hint: hint)
  }
}

extension AuditStatus: Lifecycle {
  /// scheduled → requested → in-progress → received → reviewed → accepted → billed | refunded →
  /// closed; disputed (from reviewed, accepted, billed, refunded) → revised → accepted; waived
  /// before receipt; noncompliant from requested; complete (→ reviewed) from scheduled,
  /// requested, in-progress or received — exactly the moves `AuditVerb` makes.
  public var next: [AuditStatus] {
    var states: [AuditStatus] = []
    for verb in AuditVerb.allowed(from: self) {
      for state in verb.to where !states.contains(state) { states.append(state) }
    }
    return states
  }
}

extension PolicyStatus: Lifecycle {
  /// quoted → bound → active → pending-cancel → cancelled; an active term ends expired,
  /// renewed, nonrenewed, replaced or cancelled; a cancelled policy is not renewed (it may be
  /// reinstated: back to active).
  public var next: [PolicyStatus] {
    switch self {
    case .quoted: return [.bound, .active, .replaced]
    case .bound: return [.active, .cancelled, .replaced]
    case .active:
      return [.pendingCancel, .cancelled, .expired, .renewed, .nonrenewed, .replaced]
    case .pendingCancel: return [.active, .cancelled]
    case .expired: return [.renewed, .nonrenewed]
    case .cancelled: return [.active]
    case .renewed, .nonrenewed, .replaced: return []
    }
  }
}

extension DelegationStatus: Lifecycle {
  /// open ⇄ in-progress ⇄ waiting → done | cancelled; done and cancelled may be reopened.
  public var next: [DelegationStatus] {
    switch self {
    case .open: return [.inProgress, .waiting, .done, .cancelled]
    case .inProgress: return [.open, .waiting, .done, .cancelled]
    case .waiting: return [.open, .inProgress, .done, .cancelled]
    case .done, .cancelled: return [.open]
    }
  }

  /// Whether the task is finished (done or cancelled).
  public var isClosed: Bool { self == .done || self == .cancelled }
}
