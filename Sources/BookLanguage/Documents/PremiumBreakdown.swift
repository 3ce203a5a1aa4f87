import BookModel
import BookStore

/// The premium breakdown of an account by location (`breakdown ACCOUNT [POLICY]`): each
/// location's share of each allocated policy (`PremiumAllocation`: exposure ÷ the policy's
/// total × premium, half-up, the remainder cents placed so the shares add up exactly), one
/// column per policy and the location's total across them — the spreadsheet a client asks for.
enum PremiumBreakdown {
  static func report(of account: String, policy only: String?, in view: Transaction, today: Day)
    -> Report
  {
    let allocations = view.records(.allocation).compactMap { try? Allocation($0.record) }
    let policies = view.records(.policy).filter { $0.value("account") == account }
      .compactMap { try? Policy($0.record) }
      .filter { policy in
        (only == nil || policy.id == only) && allocations.contains { $0.policy == policy.id }
      }
      .sorted { ($0.line.rawValue, $0.id) < ($1.line.rawValue, $1.id) }
    let locations = view.records(.location).filter { $0.value("account") == account }
      .compactMap { try? Location($0.record) }
    var shares: [String: [String: Money]] = [:]
    var notes: [String] = []
    for policy in policies {
      let mine = allocations.filter { $0.policy == policy.id }
      let total = mine.map(\.exposure).reduce(ExactDecimal.zero, +)
      for (allocation, share) in PremiumAllocation.shares(of: policy.premium, among: mine) {
        shares[allocation.location, default: [:]][policy.id, default: .zero] += share
      }
      notes.append(
        "\(policy.id) \(policy.line.rawValue) \(policy.carrier): \(policy.premium.description) over "
          + "\(HistoryCommands.count(mine.count, "location")) by exposure (total \(total.formatted))"
      )
    }
    let shown = locations.filter { shares[$0.id] != nil || only == nil }
      .sorted { $0.id < $1.id }
    var rows: [[Value]] = []
    for location in shown {
      var row: [Value] = [.text(location.id), .text(location.name)]
      var sum = Money.zero
      for policy in policies {
        if let share = shares[location.id]?[policy.id] {
          row.append(.money(share))
          sum += share
        } else {
          row.append(.empty)
        }
      }
      row.append(.money(sum))
      rows.append(row)
    }
    let columns =
      [ResultTable.Column("location"), ResultTable.Column("name")]
      + policies.map { ResultTable.Column("\($0.id) \($0.line.rawValue)", .money) }
      + [ResultTable.Column("total", .money)]
    if policies.isEmpty {
      notes.append(
        "No premium of \(only ?? account) is allocated to locations yet: "
          + "allocate POLICY LOCATION=EXPOSURE …")
    }
    let name = view.record(.account, account)?.value("name") ?? account
    return Report(
      title: "Premium breakdown by location — \(name) (\(account))"
        + (only.map { " · \($0)" } ?? ""),
      table: ResultTable(columns: columns, rows: rows), notes: notes)
  }
}
