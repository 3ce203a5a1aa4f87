extension Invoice {
  /// How long past due an unpaid invoice is, as the receivables age it.
  public enum Age: String, Sendable, CaseIterable {
    case current
    case upTo30 = "1-30"
    case upTo60 = "31-60"
    case upTo90 = "61-90"
    case over90 = "90+"

    /// The bucket of an invoice that many days past due (zero or less: current).
    public init(daysPastDue days: Int) {
      switch days {
      case ...0: self = .current
      case 1...30: self = .upTo30
      case 31...60: self = .upTo60
      case 61...90: self = .upTo90
      default: self = .over90
      }
    }
  }

  /// Days past due on a day (negative before the due day).
  public func daysPastDue(on today: Day) -> Int { due.days(to: today) }

  /// Unpaid and due before today.
  public func isPastDue(on today: Day) -> Bool { paid == nil && due < today }

  /// Whether the agency bills it: no policy named, or the policy's `billing` (else its
  /// carrier's) is `agency`. Direct-billed premium is the carrier's to collect.
  public func isAgencyBilled(in lookup: some RecordLookup) -> Bool {
    guard let policy, let record = lookup.record(.policy, policy) else { return true }
    let billing =
      record.nonEmpty("billing")
      ?? record.nonEmpty("carrier").flatMap { lookup.record(.carrier, $0)?.nonEmpty("billing") }
    return (billing ?? Billing.agency.rawValue) == Billing.agency.rawValue
  }
}

extension Binder {
  /// Lapsed: still `issued`, no policy linked, and past its expiry (expires before today).
  public func isLapsed(on today: Day) -> Bool {
    status == .issued && policy == nil && expires < today
  }
}
