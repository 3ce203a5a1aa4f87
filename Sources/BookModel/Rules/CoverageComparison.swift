/// The coverage worksheet of one line (DESIGN.md "Coverage comparison"): an expiring term
/// against its renewal term or a quote, item by item — carrier, premium, each named limit
/// (deductibles and retentions among them), each form, ai/wos/pnc — with every reduction in
/// coverage marked: a lower limit or one dropped, a higher deductible, a removed form, a flag
/// turned off (`ai` blanket → scheduled narrows it).
public struct CoverageComparison: Sendable, Equatable {
  /// How an item moved from the expiring side to the renewal side.
  public enum Change: String, Sendable, Equatable {
    case same = ""
    case added, removed, higher, lower, changed
  }

  /// One item of the worksheet.
  public struct Row: Sendable, Equatable {
    /// `premium`, `limit each-occurrence`, `form CG 20 10 04/13`, `ai`.
    public var item: String
    public var expiring: String?
    public var renewal: String?
    public var change: Change
    /// Whether the change reduces coverage.
    public var isReduction: Bool
    /// The amounts of a premium or limit row, each side (nil for other rows).
    public var amounts: (expiring: Money?, renewal: Money?) = (nil, nil)

    public static func == (lhs: Row, rhs: Row) -> Bool {
      (lhs.item, lhs.expiring, lhs.renewal, lhs.change, lhs.isReduction)
        == (rhs.item, rhs.expiring, rhs.renewal, rhs.change, rhs.isReduction)
        && lhs.amounts.expiring == rhs.amounts.expiring
        && lhs.amounts.renewal == rhs.amounts.renewal
    }
  }

  public var rows: [Row]

  /// Whether any item reduces coverage.
  public var hasReduction: Bool { rows.contains(where: \.isReduction) }

  /// Compares two records of policies or quotes (their `carrier`, `premium`, `limit`, `form`,
  /// `ai`, `wos`, `pnc` fields).
  public init(expiring: some FieldReader, renewal: some FieldReader) {
    var rows: [Row] = []
    rows.append(Self.plain("carrier", expiring.nonEmpty("carrier"), renewal.nonEmpty("carrier")))
    let oldPremium = expiring.nonEmpty("premium").flatMap { Money($0) }
    let newPremium = renewal.nonEmpty("premium").flatMap { Money($0) }
    rows.append(
      Row(
        item: "premium", expiring: oldPremium?.description, renewal: newPremium?.description,
        change: Self.order(oldPremium, newPremium, oldPremium != nil, newPremium != nil),
        isReduction: false, amounts: (oldPremium, newPremium)))
    let old = Limit.named(expiring.values("limit"))
    let new = Limit.named(renewal.values("limit"))
    var names = old.map(\.name)
    for entry in new where !names.contains(entry.name) { names.append(entry.name) }
    for name in names {
      let was = old.first { $0.name == name }
      let now = new.first { $0.name == name }
      let change = Self.order(
        was?.limit?.amount, now?.limit?.amount, was != nil, now != nil)
      let deductible = Self.isDeductible(name)
      let reduction =
        deductible
        ? change == .higher || (change == .added && was == nil)
        : change == .lower || change == .removed
      rows.append(
        Row(
          item: (deductible ? "deductible " : "limit ") + name,
          expiring: was.map { $0.limit?.amountText ?? $0.text },
          renewal: now.map { $0.limit?.amountText ?? $0.text }, change: change,
          isReduction: reduction, amounts: (was?.limit?.amount, now?.limit?.amount)))
    }
    let oldForms = expiring.values("form")
    let newForms = renewal.values("form")
    for form in oldForms {
      let kept = newForms.first { EndorsementForms.sameNumber($0, form) }
      let change: Change = kept == nil ? .removed : (kept == form ? .same : .changed)
      rows.append(
        Row(
          item: "form " + EndorsementForms.number(of: form), expiring: form, renewal: kept,
          change: change, isReduction: kept == nil))
    }
    for form in newForms where !oldForms.contains(where: { EndorsementForms.sameNumber($0, form) })
    {
      rows.append(
        Row(
          item: "form " + EndorsementForms.number(of: form), expiring: nil, renewal: form,
          change: .added, isReduction: false))
    }
    for mark in Certificate.Mark.allCases {
      let was = expiring.nonEmpty(mark.field)
      let now = renewal.nonEmpty(mark.field)
      var row = Self.plain(mark.field, was, now)
      row.isReduction = Self.breadth(mark, was) > Self.breadth(mark, now)
      rows.append(row)
    }
    self.rows = rows
  }

  /// Whether a limit name is a deductible or retention (higher is less coverage).
  public static func isDeductible(_ name: String) -> Bool {
    let lower = name.lowercased()
    return lower.contains("deductible") || lower.contains("retention") || lower == "sir"
  }

  /// How much a mark grants: none 0; scheduled 1, blanket 2 (ai); yes 1 (wos, pnc).
  static func breadth(_ mark: Certificate.Mark, _ value: String?) -> Int {
    switch (mark, value) {
    case (.additionalInsured, "blanket"): return 2
    case (.additionalInsured, "scheduled"): return 1
    case (.waiverOfSubrogation, "yes"), (.primaryNonContributory, "yes"): return 1
    default: return 0
    }
  }

  static func plain(_ item: String, _ old: String?, _ new: String?) -> Row {
    let change: Change
    switch (old, new) {
    case (nil, nil): change = .same
    case (nil, _): change = .added
    case (_, nil): change = .removed
    default: change = old == new ? .same : .changed
    }
    return Row(item: item, expiring: old, renewal: new, change: change, isReduction: false)
  }

  /// How an amount moved; `oldThere`/`newThere`: whether the item is on each side at all (a
  /// limit written without an amount is there, and only `changed` when its text differs).
  static func order(_ old: Money?, _ new: Money?, _ oldThere: Bool, _ newThere: Bool) -> Change {
    switch (oldThere, newThere) {
    case (false, false): return .same
    case (false, true): return .added
    case (true, false): return .removed
    default:
      guard let old, let new else { return .changed }
      return old == new ? .same : (new > old ? .higher : .lower)
    }
  }
}
