/// A loss run (DESIGN.md "Domain notes": Loss runs): per policy year and line, the earned
/// premium, the claims open and closed, paid, expense, reserve, incurred and the loss ratio;
/// every year of the window has a row even with no policy or claim. The window's loss ratio
/// is total incurred ÷ total earned, never an average of the yearly ratios; frequency is claims
/// per year of the window, severity incurred per claim.
public struct LossRun: Sendable, Equatable {
  /// One policy term as the loss run sees it: the policy, and its audited premium when its
  /// audit is complete.
  public struct Term: Sendable, Equatable {
    public var policy: Policy
    public var auditedPremium: Money?

    public init(policy: Policy, auditedPremium: Money? = nil) {
      self.policy = policy
      self.auditedPremium = auditedPremium
    }
  }

  /// The figures of one row, or of the totals.
  public struct Figures: Sendable, Equatable {
    public var earned = Money.zero
    public var open = 0
    public var closed = 0
    public var paid = Money.zero
    public var expense = Money.zero
    public var reserve = Money.zero

    public init() {}

    /// Claims open and closed.
    public var claims: Int { open + closed }
    /// Paid + expense + reserve.
    public var incurred: Money { paid + expense + reserve }
    /// Incurred ÷ earned in tenths of a percent, half-up; nil when nothing was earned.
    public var lossRatioTenths: Int? {
      PremiumChange.tenths(Int128(incurred.cents), over: Int128(earned.cents))
    }

    mutating func add(_ claim: Claim) {
      if claim.status == .open { open += 1 } else { closed += 1 }
      paid += claim.paid ?? .zero
      expense += claim.expense ?? .zero
      reserve += claim.reserve ?? .zero
    }

    mutating func add(_ other: Figures) {
      earned += other.earned
      open += other.open
      closed += other.closed
      paid += other.paid
      expense += other.expense
      reserve += other.reserve
    }
  }

  /// A policy year and line; `line` is nil on the row of a year with no policy.
  public struct Row: Sendable, Equatable {
    public var year: Int
    public var line: Line?
    public var figures: Figures
  }

  /// The policy years shown, oldest first.
  public var years: ClosedRange<Int>
  public var rows: [Row]
  public var totals: Figures
  /// The window's claims, largest incurred first (then by id).
  public var largest: [Claim]

  /// The loss run of the terms whose policy year (the year of the effective day) is in
  /// `years`, on `line` when given, as of `today`; claims count on their policy's row.
  public init(
    terms: [Term], claims: [Claim], years: ClosedRange<Int>, line: Line? = nil, today: Day
  ) {
    self.years = years
    let kept = terms.filter {
      years.contains($0.policy.effective.year) && (line == nil || $0.policy.line == line)
    }
    var byKey: [String: (year: Int, line: Line, figures: Figures)] = [:]
    var termKey: [String: String] = [:]
    for term in kept {
      let policy = term.policy
      let key = "\(policy.effective.year) \(policy.line.rawValue)"
      termKey[policy.id] = key
      var entry = byKey[key] ?? (policy.effective.year, policy.line, Figures())
      entry.figures.earned += LossRun.earned(term, on: today)
      byKey[key] = entry
    }
    var inWindow: [Claim] = []
    for claim in claims {
      guard let key = termKey[claim.policy] else { continue }
      byKey[key]?.figures.add(claim)
      inWindow.append(claim)
    }
    var rows: [Row] = []
    for year in years {
      let lines = byKey.values.filter { $0.year == year }.sorted {
        $0.line.rawValue < $1.line.rawValue
      }
      if lines.isEmpty {
        rows.append(Row(year: year, line: nil, figures: Figures()))
      } else {
        rows += lines.map { Row(year: $0.year, line: $0.line, figures: $0.figures) }
      }
    }
    self.rows = rows
    var totals = Figures()
    for row in rows { totals.add(row.figures) }
    self.totals = totals
    largest = inWindow.sorted {
      $0.incurred != $1.incurred ? $0.incurred > $1.incurred : $0.id < $1.id
    }
  }

  /// The earned premium of a term as of a day (DESIGN.md "Business rules"): the audited
  /// premium when its audit is complete, else the premium, pro rata to the day, the expiration
  /// or the cancellation, whichever is first.
  public static func earned(_ term: Term, on day: Day) -> Money {
    term.policy.earnedPremium(on: day, premium: term.auditedPremium)
  }

  /// Claims per policy year of the window, to two places, half-up.
  public var frequency: ExactDecimal {
    ExactDecimal(totals.claims).divided(by: ExactDecimal(years.count), places: 2) ?? .zero
  }

  /// Incurred per claim, half-up to the cent; nil with no claims.
  public var severity: Money? {
    guard totals.claims > 0 else { return nil }
    return totals.incurred.scaled(by: 1, over: Int64(totals.claims))
  }

  /// The policy years of an `Ny` window ending with today's: five years as of 2026 are
  /// 2022…2026.
  public static func window(years count: Int, endingOn today: Day) -> ClosedRange<Int> {
    (today.year - max(1, count) + 1)...today.year
  }
}
