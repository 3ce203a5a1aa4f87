/// The dates of a policy term — effective, expiration, cancellation — and the rules on them
/// (DESIGN.md "Time"): what the X list, the certificate guards, the E&O sweep and the derived
/// fields `in_force` and `days_left` all ask. Decoding it reads three fields, not a whole
/// `Policy` (in force over 100,000 policies: a fraction of a second).
public struct PolicyTerm: Sendable, Equatable {
  public var effective: Day
  public var expiration: Day
  public var cancelled: Day?

  public init(effective: Day, expiration: Day, cancelled: Day? = nil) {
    self.effective = effective
    self.expiration = expiration
    self.cancelled = cancelled
  }

  /// Decodes a policy record's term; throws the first violation of its three dates.
  public init(_ reader: some FieldReader) throws(Violation) {
    let fields = FieldDecoder(reader, as: .policy)
    effective = try fields.day("effective")
    expiration = try fields.day("expiration")
    cancelled = try fields.optionalDay("cancelled")
  }

  /// In force on a day: effective ≤ day < expiration, and not cancelled on or before that day.
  /// Derived from dates, never from the stored status alone.
  public func isInForce(on day: Day) -> Bool {
    guard effective <= day, day < expiration else { return false }
    if let cancelled, cancelled <= day { return false }
    return true
  }

  /// The last day of coverage (exclusive): the cancellation when earlier, else the expiration.
  public var end: Day {
    cancelled.map { min($0, expiration) } ?? expiration
  }

  /// Days from a day to the expiration (negative once expired).
  public func daysLeft(on day: Day) -> Int {
    day.days(to: expiration)
  }

  /// Days in the term, effective to expiration.
  public var days: Int { effective.days(to: expiration) }
}
