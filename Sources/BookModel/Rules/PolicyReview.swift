/// A bound policy checked against what was ordered (DESIGN.md "Policy review against the
/// order"): the selected quote of its account, line and term — or, for a renewal bound without
/// one, its expiring term (renewed as expiring) — compared item by item (carrier, premium,
/// limits, forms); `verified` records the review.
public struct PolicyReview: Sendable, Equatable {
  /// What the policy is checked against.
  public enum Order: Sendable, Equatable {
    /// The selected quote (`Q-0001`).
    case quote(String)
    /// The expiring term, for a renewal bound without a selected quote (`P-0004`).
    case expiring(String)

    public var id: String {
      switch self {
      case .quote(let id), .expiring(let id): return id
      }
    }
  }

  public var policy: String
  /// Nil when nothing was ordered on file (new business bound without a selected quote).
  public var order: Order?
  /// The items that differ (carrier, premium, limits, forms), expiring side = the order.
  public var differences: [CoverageComparison.Row]

  /// The items compared.
  static func isReviewed(_ row: CoverageComparison.Row) -> Bool {
    row.item == "carrier" || row.item == "premium" || row.item.hasPrefix("limit ")
      || row.item.hasPrefix("deductible ") || row.item.hasPrefix("form ")
  }

  /// The review of a policy: its differences from the order (none when no order is on file).
  public init(_ policy: some FieldReader, in lookup: some RecordLookup) {
    self.policy = policy.nonEmpty("id") ?? ""
    guard let ordered = Self.order(of: policy, in: lookup) else {
      order = nil
      differences = []
      return
    }
    order = ordered.order
    differences = CoverageComparison(expiring: ordered.record, renewal: policy).rows.filter {
      Self.isReviewed($0) && $0.change != .same
    }
  }

  /// The selected quote of the policy's account and line whose effective day is the
  /// policy's (or that has none), else the prior term.
  static func order(of policy: some FieldReader, in lookup: some RecordLookup)
    -> (order: Order, record: any FieldReader)?
  {
    let quote = lookup.records(.quote).first {
      $0.value("status") == QuoteStatus.selected.rawValue
        && $0.value("account") == policy.value("account")
        && $0.value("line") == policy.value("line")
        && ($0.nonEmpty("effective") == nil || $0.value("effective") == policy.value("effective"))
    }
    if let quote, let id = quote.nonEmpty("id") { return (.quote(id), quote) }
    if let prior = policy.nonEmpty("prior"), let record = lookup.record(.policy, prior) {
      return (.expiring(prior), record)
    }
    return nil
  }

  /// Days after binding by which a new policy should be verified.
  public static let graceDays = 30
  /// How long a policy counts as new, from its binding.
  public static let newDays = 90

  /// Whether a policy is new and still unreviewed past the grace days: bound or active, no
  /// `verified`, bound (its effective day stands for it: the book keeps no bound day) between
  /// `newDays` and `graceDays` days ago. Returns the days since binding, nil otherwise.
  public static func overdueReview(_ policy: some FieldReader, on today: Day) -> Int? {
    guard policy.nonEmpty("verified") == nil,
      let status = policy.nonEmpty("status").flatMap(PolicyStatus.init),
      status == .bound || status == .active,
      let bound = policy.nonEmpty("effective").flatMap(Day.init(iso:))
    else { return nil }
    let days = bound.days(to: today)
    return days >= graceDays && days <= newDays ? days : nil
  }
}
