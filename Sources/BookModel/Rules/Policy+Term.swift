extension Policy {
  /// The term's dates, with the rules on them.
  public var term: PolicyTerm {
    PolicyTerm(effective: effective, expiration: expiration, cancelled: cancelled)
  }

  /// In force on a day: effective ≤ day < expiration, and not cancelled on or before that day.
  /// Derived from dates, never from the stored status alone.
  public func isInForce(on day: Day) -> Bool {
    term.isInForce(on: day)
  }

  /// The last day of coverage (exclusive): the cancellation when earlier, else the expiration.
  public var termEnd: Day { term.end }

  /// Days from a day to the expiration (negative once expired).
  public func daysLeft(on day: Day) -> Int {
    term.daysLeft(on: day)
  }

  /// Days in the term, effective to expiration.
  public var daysInTerm: Int { term.days }

  /// Earned premium as of a day: premium × days elapsed (to the day, the expiration or the
  /// cancellation, whichever is first) ÷ days in the term, half-up to the cent. Pass the audited
  /// premium as `premium` when the audit is complete.
  public func earnedPremium(on day: Day, premium: Money? = nil) -> Money {
    let basis = premium ?? self.premium
    let term = daysInTerm
    guard term > 0 else { return .zero }
    let elapsed = max(0, effective.days(to: min(day, termEnd)))
    return basis.scaled(by: Int64(elapsed), over: Int64(term))
  }
}
