/// The verbs that move an audit through its lifecycle (DESIGN.md "Domain notes: Audits"):
/// which states each is allowed from and which state it leads to. The lifecycle itself
/// (`AuditStatus.next`) is made of these, so a verb and `set audit … status=…` agree.
public enum AuditVerb: String, Sendable, CaseIterable {
  case request, start, receive, complete, accept, bill, close, dispute, revise, waive
  case noncompliant

  /// The states the verb is allowed from.
  public var from: [AuditStatus] {
    switch self {
    case .request: return [.scheduled]
    case .start: return [.requested]
    case .receive: return [.inProgress]
    case .complete: return [.scheduled, .requested, .inProgress, .received]
    case .accept: return [.reviewed, .revised]
    case .bill: return [.accepted]
    case .close: return [.billed, .refunded]
    case .dispute: return [.reviewed, .accepted, .billed, .refunded]
    case .revise: return [.disputed]
    case .waive: return [.scheduled, .requested, .inProgress]
    case .noncompliant: return [.requested]
    }
  }

  /// The states the verb leads to (`bill`: billed or refunded, by the sign of the difference).
  public var to: [AuditStatus] {
    switch self {
    case .request: return [.requested]
    case .start: return [.inProgress]
    case .receive: return [.received]
    case .complete: return [.reviewed]
    case .accept: return [.accepted]
    case .bill: return [.billed, .refunded]
    case .close: return [.closed]
    case .dispute: return [.disputed]
    case .revise: return [.revised]
    case .waive: return [.waived]
    case .noncompliant: return [.noncompliant]
    }
  }

  /// The command that says it: `audit complete`.
  public var command: String { "audit \(rawValue)" }

  /// Whether the verb may be used on an audit in that state.
  public func allowed(from status: AuditStatus) -> Bool { from.contains(status) }

  /// The verbs allowed from a state, in lifecycle order.
  public static func allowed(from status: AuditStatus) -> [AuditVerb] {
    allCases.filter { $0.allowed(from: status) }
  }

  /// The verb that makes the move, nil when no verb does.
  public static func making(_ from: AuditStatus, to: AuditStatus) -> AuditVerb? {
    allCases.first { $0.allowed(from: from) && $0.to.contains(to) }
  }

  /// What may be done from a state, for refusals: "from received: audit complete (→ reviewed)";
  /// "a closed audit is final: no audit verb applies".
  public static func choices(from status: AuditStatus) -> String {
    let verbs = allowed(from: status)
    guard !verbs.isEmpty else {
      return "a \(status.rawValue) audit is final: no audit verb applies"
    }
    let listed = verbs.map { verb in
      verb.command + " (→ " + verb.to.map(\.rawValue).joined(separator: " or ") + ")"
    }
    return "from \(status.rawValue): " + listed.joined(separator: ", ")
  }

  /// Why the verb is refused on an audit in that state, or nil when it is allowed.
  public func refusal(id: String, status: AuditStatus) -> Violation? {
    guard !allowed(from: status) else { return nil }
    return Violation(
      .lifecycle, field: "status",
      "\(id) is \(status.rawValue): \(command) is allowed from "
        + Self.list(from.map(\.rawValue)) + " only",
      hint: Self.choices(from: status))
  }

  /// `a, b or c`.
  public static func list(_ words: [String]) -> String {
    guard words.count > 1, let last = words.last else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " or " + last
  }
}

extension AuditStatus {
  /// Whether allowed moves lead from this state to `other`, in one step or several (what a
  /// transaction of several commands may do).
  public func canReach(_ other: AuditStatus) -> Bool {
    var seen: Set<String> = [rawValue]
    var queue = [self]
    while let state = queue.popLast() {
      for next in state.next where seen.insert(next.rawValue).inserted {
        if next == other { return true }
        queue.append(next)
      }
    }
    return false
  }

  /// Why a move of an audit from this state is refused (`set audit … status=…`, `edit`), or nil
  /// when a verb makes it: "a closed audit cannot become reviewed", with what may be done.
  public func auditRefusal(to other: AuditStatus) -> Violation? {
    guard other != self, !canMove(to: other) else { return nil }
    return Violation(
      .lifecycle, field: "status", "a \(rawValue) audit cannot become \(other.rawValue)",
      hint: AuditVerb.choices(from: self))
  }
}
