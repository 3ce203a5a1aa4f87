extension Delegation {
  /// The delegation rules that look beyond the record's own fields (DESIGN.md "Business
  /// rules: Delegations"): status moves follow the lifecycle (open ⇄ in progress ⇄ waiting →
  /// done | cancelled, reopened from either); a done or cancelled one is not closed again.
  /// That it goes to a team member is its `to` reference's check; `due ≥ created` holds within
  /// the record (`BusinessRules`).
  public static func guardViolations(
    _ record: some FieldReader, before: Record?, moment: RecordRules.Moment,
    in lookup: some RecordLookup
  ) -> [Violation] {
    var violations: [Violation] = []
    guard case .written = moment else { return violations }
    let status = record.nonEmpty("status").flatMap(DelegationStatus.init)
    if let before {
      let old = before.nonEmpty("status").flatMap(DelegationStatus.init)
      if let old, let status, old != status,
        let refusal = old.refusal(to: status, kind: "delegation")
      {
        violations.append(refusal)
      } else if let old, old == status, old.isClosed,
        before.values("closed") != record.values("closed")
          || before.values("outcome") != record.values("outcome")
      {
        violations.append(.delegationAlreadyClosed(old, closed: before.nonEmpty("closed")))
      }
    }
    return violations
  }

  /// Why a delegation handed out today cannot be due on that day: it is before today (the
  /// `delegate` verb's rule; a record written with an older `created`, an undo or an import
  /// is judged by `due ≥ created` alone). Nil when it can.
  public static func dueRefusal(_ due: Day, today: Day) -> Violation? {
    due < today ? .delegationDueBeforeToday(due: due, today: today) : nil
  }

  /// Why it cannot be closed (done or cancelled) now: it already is. Nil when it can.
  public var closingRefusal: Violation? {
    status.isClosed ? .delegationAlreadyClosed(status, closed: closed?.iso) : nil
  }

  /// The next occurrence of a recurring delegation done on `today`: the same task, to the same
  /// person, open, created today, due one period after this one's due day (month ends clamped:
  /// a monthly one due Jan 31 next falls due Feb 28) — and, when that is still before today,
  /// the first such day that is not. Nil when it does not recur.
  public func nextOccurrence(on today: Day) -> Delegation? {
    guard let every else { return nil }
    var next = self
    var due = self.due
    var count = 1
    repeat {
      due = self.due.adding(every.period.times(count))
      count += 1
    } while due < today && count < 10_000
    next.id = ""
    next.due = due
    next.created = today
    next.status = .open
    next.outcome = nil
    next.closed = nil
    next.notes = nil
    return next
  }

  /// The action a task's words suggest ("Request 5-year loss runs": loss-runs), nil when none.
  public static func guessedAction(for task: String) -> DelegationAction? {
    let words = task.lowercased()
    let cues: [(String, DelegationAction)] = [
      ("loss run", .lossRuns), ("lossrun", .lossRuns), ("certificate", .certificate),
      ("cert ", .certificate), ("endorse", .endorsement),
      ("audit", .audit), ("renewal", .renewal), ("renew", .renewal), ("invoice", .billing),
      ("billing", .billing), ("payment", .billing), ("subjectivit", .subjectivity),
    ]
    return cues.first { words.contains($0.0) }?.1
  }
}

extension Period {
  /// The period `factor` times over (`1m` × 3 = `3m`).
  public func times(_ factor: Int) -> Period { Period(count * factor, unit) }
}
