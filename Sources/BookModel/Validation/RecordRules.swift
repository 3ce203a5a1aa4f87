/// The rules that look beyond a record's own fields: at the records it names (a certificate's
/// policies), at what it was before (a lifecycle move), and at the day it is written (no
/// backdating). Each kind's rule lives with that kind's rules (`Rules/`); this is the one place
/// validation asks them, whichever way the record is written — a verb, `add`, `set`, `edit`, a
/// script, an import — and when `book check` reads the book.
public enum RecordRules {
  /// When a record is judged.
  public enum Moment: Sendable, Equatable {
    /// Being written on that day: `before` is the record as it was (nil for a new one).
    case written(today: Day)
    /// As the book stands (`book check`): rules about the day of writing do not apply.
    case standing
  }

  /// Every such rule the record breaks, given what it was and the book it will be part of.
  /// `stepwise`: `before` is the record just before one command, so a status moves one step;
  /// otherwise it is the record at the start of a transaction of several commands, and a status
  /// may have moved through several allowed steps.
  public static func check(
    _ record: some FieldReader, before: Record?, as kind: KindID, moment: Moment,
    in lookup: some RecordLookup, stepwise: Bool = true
  ) -> [Violation] {
    switch kind {
    case .audit:
      return AuditRules.check(
        record, before: before, moment: moment, in: lookup, stepwise: stepwise)
    case .exposure:
      // Judged per command: over a whole transaction the audit's state when the row changed is
      // not known (a script may add rows, then complete and accept the audit).
      guard stepwise else { return [] }
      return AuditRules.checkRow(record, before: before, moment: moment, in: lookup)
    case .certificate:
      return Certificate.guardViolations(record, before: before, moment: moment, in: lookup)
    case .policy:
      return Policy.lifecycleViolations(
        record, before: before, moment: moment, stepwise: stepwise)
    case .delegation:
      return Delegation.guardViolations(record, before: before, moment: moment, in: lookup)
    case .subjectivity:
      return Subjectivity.guardViolations(record, before: before)
    case .endorsement:
      return Endorsement.guardViolations(record, before: before, in: lookup)
    case .allocation:
      return Allocation.guardViolations(record, in: lookup)
    default:
      return []
    }
  }
}
