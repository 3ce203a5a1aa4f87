import BookModel
import BookStore

/// The coverage comparison worksheet of an account (`compare ACCOUNT coverage [vs Q-…]`): per
/// line, the expiring term against its renewal term (or the selected quote while the renewal is
/// not bound, or the quote named), item by item as `CoverageComparison` lists them, reductions
/// marked. Printed through `RenewalComparison`'s document plumbing (text, md, html, csv).
enum CoverageWorksheet {
  /// The worksheet of every line of the account, or of the named quote's line only.
  static func document(of account: String, versus quote: RecordView?, in view: Transaction)
    -> RenewalComparison
  {
    var rows: [[Value]] = []
    for (line, expiring, renewal) in pairs(of: account, versus: quote, in: view) {
      rows.append([
        .text(line), .text("term"), .text(label(expiring)),
        .text(renewal.map(label) ?? "none yet"), .empty, .empty,
      ])
      guard let renewal else { continue }
      let comparison = CoverageComparison(expiring: expiring, renewal: renewal)
      for row in comparison.rows where row.expiring != nil || row.renewal != nil {
        let premium = row.item == "premium"
        rows.append([
          .text(line), .text(row.item),
          cell(row.expiring, row.amounts.expiring, premium),
          cell(row.renewal, row.amounts.renewal, premium),
          .text(row.change.rawValue), .text(row.isReduction ? "REDUCED" : ""),
        ])
      }
    }
    let columns = [
      ResultTable.Column("line"), ResultTable.Column("item"), ResultTable.Column("expiring"),
      ResultTable.Column("renewal"), ResultTable.Column("change"), ResultTable.Column("reduction"),
    ]
    let name = view.record(.account, account)?.value("name") ?? account
    let against = quote.flatMap { $0.nonEmpty("id") }.map { " vs \($0)" } ?? ""
    return RenewalComparison(
      title: "Coverage comparison — \(name) (\(account))\(against)",
      table: ResultTable(columns: columns, rows: rows, totals: false))
  }

  /// A side of a row: money for the premium, a number for a limit (grouped for people, plain
  /// in csv), text otherwise, `—` when absent.
  static func cell(_ text: String?, _ amount: Money?, _ premium: Bool) -> Value {
    guard let text else { return .text("—") }
    guard let amount else { return .text(text) }
    if premium { return .money(amount) }
    return amount.cents % 100 == 0
      ? .decimal(ExactDecimal(units: amount.cents / 100, scale: 0)) : .decimal(amount.decimal)
  }

  /// `P-0001 2026-01-15 TRAV` or `Q-0003 selected HART`.
  static func label(_ record: RecordView) -> String {
    let id = record.value("id") ?? ""
    let when =
      Schema.kind(ofID: id)?.kind == .quote
      ? record.value("status") ?? "" : record.value("effective") ?? ""
    return "\(id) \(when)"
  }

  /// The pairs compared: with a quote, the term it would follow (the line's term expiring on
  /// its effective day, else the line's latest) against it; otherwise each chain's latest term
  /// against the selected quote that would follow it, else its prior term against it.
  static func pairs(of account: String, versus quote: RecordView?, in view: Transaction)
    -> [(line: String, expiring: RecordView, renewal: RecordView?)]
  {
    let policies = view.records(.policy).filter { $0.value("account") == account }
    if let quote {
      let line = quote.value("line") ?? ""
      let ofLine = policies.filter { $0.value("line") == line }
      let follows =
        ofLine.first { $0.value("expiration") == quote.value("effective") } ?? ofLine.last
      return follows.map { [(line, $0, quote)] } ?? []
    }
    let priors = Set(view.records(.policy).compactMap { $0.nonEmpty("prior") })
    let selected = view.records(.quote).filter {
      $0.value("account") == account && $0.value("status") == QuoteStatus.selected.rawValue
    }
    let latest = policies.filter { !priors.contains($0.value("id") ?? "") }
      .sorted {
        ($0.value("line") ?? "", $0.value("id") ?? "") < (
          $1.value("line") ?? "", $1.value("id") ?? ""
        )
      }
    return latest.map { term in
      let line = term.value("line") ?? ""
      let start = term.nonEmpty("effective").flatMap { Day(iso: $0) }
      let next = selected.first { quote in
        guard quote.value("line") == line else { return false }
        guard let effective = quote.nonEmpty("effective").flatMap({ Day(iso: $0) }), let start
        else { return true }
        return start < effective
      }
      if let next { return (line, term, next) }
      if let prior = term.nonEmpty("prior").flatMap({ view.record(.policy, $0) }) {
        return (line, prior, term)
      }
      return (line, term, nil)
    }
  }
}
