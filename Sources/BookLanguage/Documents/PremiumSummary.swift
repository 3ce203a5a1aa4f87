import BookModel
import BookStore

/// The premium summary of an account (`premium ACCOUNT`): its policies in force today by line
/// and carrier — premium, taxes, fees, total, billing — with the renewal term's figures beside
/// when one exists (a policy naming it as prior).
enum PremiumSummary {
  static func report(of account: String, in view: Transaction, today: Day) -> Report {
    let all = view.records(.policy).filter { $0.value("account") == account }
    let policies = all.compactMap { try? Policy($0.record) }
    let current = policies.filter { $0.isInForce(on: today) }
      .sorted { ($0.line.rawValue, $0.id) < ($1.line.rawValue, $1.id) }
    var rows: [[Value]] = []
    for policy in current {
      let total = policy.premium + (policy.taxes ?? .zero) + (policy.fees ?? .zero)
      let billing =
        policy.billing?.rawValue ?? view.record(.carrier, policy.carrier)?.value("billing") ?? ""
      var row: [Value] = [
        .text(policy.line.rawValue), .text(policy.id), .text(policy.carrier), .text(billing),
        .money(policy.premium), .money(policy.taxes ?? .zero), .money(policy.fees ?? .zero),
        .money(total),
      ]
      if let renewal = policies.filter({ $0.prior == policy.id }).max(by: { $0.id < $1.id }) {
        let renewalTotal = renewal.premium + (renewal.taxes ?? .zero) + (renewal.fees ?? .zero)
        row += [
          .text(renewal.id), .day(renewal.effective), .money(renewal.premium),
          .money(renewalTotal),
        ]
      } else {
        row += [.empty, .empty, .empty, .empty]
      }
      rows.append(row)
    }
    // The renewal columns add up only when a renewal term exists: no total of nothing.
    let renewals = rows.contains { $0[8] != .empty }
    let columns = [
      ResultTable.Column("line"), ResultTable.Column("policy"), ResultTable.Column("carrier"),
      ResultTable.Column("billing"), ResultTable.Column("premium", .money),
      ResultTable.Column("taxes", .money), ResultTable.Column("fees", .money),
      ResultTable.Column("total", .money), ResultTable.Column("renewal"),
      ResultTable.Column("renewal_effective", .day),
      ResultTable.Column("renewal_premium", .money, totalled: renewals),
      ResultTable.Column("renewal_total", .money, totalled: renewals),
    ]
    let name = view.record(.account, account)?.value("name") ?? account
    var notes: [String] = []
    if current.isEmpty { notes.append("No policy of \(account) is in force on \(today.iso).") }
    if !current.isEmpty {
      var agency = Money.zero
      var direct = Money.zero
      for row in rows {
        guard case .money(let total) = row[7] else { continue }
        if row[3] == .text("agency") { agency += total } else { direct += total }
      }
      notes.append("Agency billed \(agency.description) · direct billed \(direct.description)")
    }
    return Report(
      title: "Premium summary — \(name) (\(account)) · in force \(today.iso)",
      table: ResultTable(columns: columns, rows: rows), notes: notes)
  }
}
