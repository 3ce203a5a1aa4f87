extension Policy {
  /// The policy lifecycle on every write (`PolicyStatus.next`): a status change that is not a
  /// step of it is refused, whichever command made it (`set`, `edit`, a script, the renewal
  /// verbs). Judged only as written; the book as it stands (`check`) has no moves.
  public static func lifecycleViolations(
    _ record: some FieldReader, before: Record?, moment: RecordRules.Moment
  ) -> [Violation] {
    guard case .written = moment, let before,
      let old = before.value("status").flatMap(PolicyStatus.init(rawValue:)),
      let new = record.value("status").flatMap(PolicyStatus.init(rawValue:)), old != new,
      let refusal = old.refusal(to: new, kind: "policy")
    else { return [] }
    return [refusal]
  }
}
