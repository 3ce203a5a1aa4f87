extension Policy {
  /// The policy lifecycle on every write (`PolicyStatus.next`): a status change that is not a
  /// step of it is refused, whichever command made it (`set`, `edit`, a script, the renewal
  /// verbs). `stepwise`: one command's move, one step; otherwise a transaction's, any path of
  /// steps. Judged only as written; the book as it stands (`check`) has no moves.
  public static func lifecycleViolations(
    _ record: some FieldReader, before: Record?, moment: RecordRules.Moment, stepwise: Bool = true
  ) -> [Violation] {
    guard case .written = moment, let before,
      let old = before.value("status").flatMap(PolicyStatus.init(rawValue:)),
      let new = record.value("status").flatMap(PolicyStatus.init(rawValue:)), old != new,
      let refusal = old.refusal(to: new, kind: "policy"), stepwise || !old.canReach(new)
    else { return [] }
    return [refusal]
  }
}

extension PolicyStatus {
  /// Whether a path of lifecycle steps leads from this status to the other.
  public func canReach(_ other: PolicyStatus) -> Bool {
    var seen: Set<PolicyStatus> = [self]
    var queue = [self]
    while let state = queue.popLast() {
      for next in state.next where seen.insert(next).inserted {
        if next == other { return true }
        queue.append(next)
      }
    }
    return false
  }
}
