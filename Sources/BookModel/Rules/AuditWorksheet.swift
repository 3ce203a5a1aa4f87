/// An audit's worksheet (DESIGN.md "Business rules"): each exposure row with its premium on the
/// estimated and the audited exposure (exposure ÷ per × rate, half-up to the cent), the rows'
/// sums, the mod, and the audit's estimated and audited premium (sum × mod, half-up) and their
/// difference.
public struct AuditWorksheet: Sendable, Equatable {
  /// One exposure row and its premiums.
  public struct Row: Sendable, Equatable {
    public var exposure: Exposure
    public var estimatedPremium: Money
    /// Nil while the row has no audited figure.
    public var auditedPremium: Money?
  }

  public var rows: [Row]
  /// The experience modification factor (nil: 1).
  public var mod: ExactDecimal?
  /// The audit's premiums, mod applied.
  public var premium: AuditPremium

  /// The worksheet of an audit's rows; nil when a premium is beyond `Money.maximum`.
  public init?(rows exposures: [Exposure], mod: ExactDecimal?) {
    var rows: [Row] = []
    for exposure in exposures {
      guard
        let estimated = AuditPremium.rowPremium(
          exposure: exposure.estimated, per: exposure.per, rate: exposure.rate)
      else { return nil }
      var audited: Money?
      if let figure = exposure.audited {
        guard
          let premium = AuditPremium.rowPremium(
            exposure: figure, per: exposure.per, rate: exposure.rate)
        else { return nil }
        audited = premium
      }
      rows.append(Row(exposure: exposure, estimatedPremium: estimated, auditedPremium: audited))
    }
    guard let premium = AuditPremium(rows: exposures, mod: mod) else { return nil }
    self.rows = rows
    self.mod = mod
    self.premium = premium
  }

  /// Whether any row has an audited figure.
  public var isAudited: Bool { rows.contains { $0.auditedPremium != nil } }

  /// The rows' estimated premiums before the mod.
  public var estimatedSubtotal: Money {
    rows.map(\.estimatedPremium).reduce(.zero, +)
  }

  /// The rows' audited premiums before the mod.
  public var auditedSubtotal: Money {
    rows.map { $0.auditedPremium ?? .zero }.reduce(.zero, +)
  }
}
