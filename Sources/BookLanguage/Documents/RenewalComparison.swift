import BookModel
import BookStore

/// The renewal premium comparison of an account (`compare ACCOUNT`) and its rate comparison
/// (`compare ACCOUNT quotes`), as tables of typed cells: they print in every output format,
/// and as html on one printable page.
struct RenewalComparison {
  let title: String
  let table: ResultTable

  /// The account's latest term of each policy chain (no policy names it as prior), paired
  /// with the selected quote for its line when there is one, else with its prior term as
  /// expiring; taxes and fees on their own rows; a total row.
  static func premiums(of account: String, in view: Transaction) -> RenewalComparison {
    let policies = view.records(.policy).filter { $0.value("account") == account }
    let priors = Set(view.records(.policy).compactMap { $0.nonEmpty("prior") })
    let quotes = view.records(.quote).filter {
      $0.value("account") == account && $0.value("status") == QuoteStatus.selected.rawValue
    }
    var rows: [[Value]] = []
    var totals = (expiring: Money.zero, renewal: Money.zero)
    var taxes = (expiring: Money.zero, renewal: Money.zero)
    var fees = (expiring: Money.zero, renewal: Money.zero)
    let latest = policies.filter { !priors.contains($0.value("id") ?? "") }
      .sorted {
        ($0.value("line") ?? "", $0.value("id") ?? "") < (
          $1.value("line") ?? "", $1.value("id") ?? ""
        )
      }
    for term in latest {
      let line = term.value("line") ?? ""
      let start = term.nonEmpty("effective").flatMap { Day(iso: $0) }
      let quote = quotes.first { quote in
        guard quote.value("line") == line else { return false }
        guard let effective = quote.nonEmpty("effective").flatMap({ Day(iso: $0) }), let start
        else { return true }
        return start < effective
      }
      let expiring: RecordView?
      let renewal: RecordView?
      if let quote {
        (expiring, renewal) = (term, quote)
      } else if let prior = term.nonEmpty("prior").flatMap({ view.record(.policy, $0) }) {
        (expiring, renewal) = (prior, term)
      } else {
        (expiring, renewal) = (term, nil)
      }
      guard let expiring else { continue }
      let old = money(expiring, "premium")
      let new = renewal.map { money($0, "premium") }
      var row: [Value] = [
        .text(line), .text(expiring.value("carrier") ?? ""), .money(old),
        .text(renewal?.value("carrier") ?? "none yet"), new.map(Value.money) ?? .empty,
      ]
      if let new {
        let change = PremiumChange(expiring: old, renewal: new)
        row += [.money(change.amount), percent(change.percentTenths)]
        let exposures = renewal.flatMap { auditedExposure(of: $0, in: view) }.flatMap { renewal in
          auditedExposure(of: expiring, in: view).map { ($0, renewal) }
        }
        if let (was, now) = exposures,
          let parts = change.decomposed(expiringExposure: was, renewalExposure: now)
        {
          row += [percent(parts.exposureTenths), percent(parts.rateTenths)]
        } else {
          row += [.empty, .empty]
        }
        totals.expiring += old
        totals.renewal += new
        taxes.expiring += money(expiring, "taxes")
        taxes.renewal += renewal.map { money($0, "taxes") } ?? .zero
        fees.expiring += money(expiring, "fees")
        fees.renewal += renewal.map { money($0, "fees") } ?? .zero
      } else {
        row += [.empty, .empty, .empty, .empty]
      }
      rows.append(row)
    }
    for (name, pair) in [("taxes", taxes), ("fees", fees)] {
      rows.append(summary(name, pair.expiring, pair.renewal))
    }
    rows.append(
      summary(
        "total", totals.expiring + taxes.expiring + fees.expiring,
        totals.renewal + taxes.renewal + fees.renewal))
    let columns = [
      ResultTable.Column("line"), ResultTable.Column("expiring"),
      ResultTable.Column("premium", .money), ResultTable.Column("renewal"),
      ResultTable.Column("renewal_premium", .money), ResultTable.Column("change", .money),
      ResultTable.Column("change_pct"), ResultTable.Column("exposure_pct"),
      ResultTable.Column("rate_pct"),
    ]
    let name = view.record(.account, account)?.value("name") ?? account
    return RenewalComparison(
      title: "Renewal premium comparison — \(name) (\(account))",
      table: ResultTable(columns: columns, rows: rows, totals: false))
  }

  /// Per line of the account's quotes: the expiring premium (the term the quotes would follow,
  /// else the line's latest term), then every quote not declined with $ and % against it, the
  /// lowest marked.
  static func quotes(of account: String, in view: Transaction) -> RenewalComparison {
    let quotes = view.records(.quote).filter {
      $0.value("account") == account && $0.value("status") != QuoteStatus.declined.rawValue
    }
    let policies = view.records(.policy).filter { $0.value("account") == account }
    var lines: [String] = []
    for quote in quotes where !lines.contains(quote.value("line") ?? "") {
      lines.append(quote.value("line") ?? "")
    }
    var rows: [[Value]] = []
    for line in lines {
      let offered = quotes.filter { $0.value("line") == line }
      let effective = offered.first?.value("effective")
      let expiring =
        policies.first { $0.value("line") == line && $0.value("expiration") == effective }
        ?? policies.last { $0.value("line") == line }
      let old = expiring.map { money($0, "premium") }
      rows.append([
        .text(line), .text(expiring?.value("carrier") ?? "none"), .text("expiring"),
        old.map(Value.money) ?? .empty, .empty, .empty, .empty,
      ])
      let priced = offered.compactMap { $0.nonEmpty("premium").flatMap { Money($0) } }
      let lowest = priced.min()
      for quote in offered {
        let premium = quote.nonEmpty("premium").flatMap { Money($0) }
        var row: [Value] = [
          .text(line), .text(quote.value("carrier") ?? ""),
          .text((quote.value("id") ?? "") + " " + (quote.value("status") ?? "")),
          premium.map(Value.money) ?? .empty,
        ]
        if let premium, let old {
          let change = PremiumChange(expiring: old, renewal: premium)
          row += [.money(change.amount), percent(change.percentTenths)]
        } else {
          row += [.empty, .empty]
        }
        row.append(premium != nil && premium == lowest ? .text("lowest") : .empty)
        rows.append(row)
      }
    }
    let columns = [
      ResultTable.Column("line"), ResultTable.Column("carrier"), ResultTable.Column("quote"),
      ResultTable.Column("premium", .money), ResultTable.Column("change", .money),
      ResultTable.Column("change_pct"), ResultTable.Column("mark"),
    ]
    let name = view.record(.account, account)?.value("name") ?? account
    return RenewalComparison(
      title: "Rate comparison — \(name) (\(account))",
      table: ResultTable(columns: columns, rows: rows, totals: false))
  }

  /// The document in a format: a title line over the table; html as one printable page.
  func render(_ options: RenderOptions) -> String {
    let body = Renderer.render(table, options)
    switch options.format {
    case .table: return title + "\n\n" + body
    case .md: return "# " + title + "\n\n" + body
    case .html:
      let e = HTMLRenderer.escape
      return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(e(title))</title>
        <style>
        body { font-family: sans-serif; margin: 2em; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid #999; padding: 0.2em 0.5em; }
        @media print { body { margin: 0.5in; } }
        </style>
        </head>
        <body>
        <h1>\(e(title))</h1>
        \(body)</body>
        </html>

        """
    default: return body
    }
  }

  private static func summary(_ name: String, _ expiring: Money, _ renewal: Money) -> [Value] {
    let change = PremiumChange(expiring: expiring, renewal: renewal)
    return [
      .text(name), .empty, .money(expiring), .empty, .money(renewal), .money(change.amount),
      percent(change.percentTenths), .empty, .empty,
    ]
  }

  private static func money(_ record: RecordView, _ field: String) -> Money {
    record.nonEmpty(field).flatMap { Money($0) } ?? .zero
  }

  private static func percent(_ tenths: Int?) -> Value {
    tenths.map { .text(PremiumChange.percentText($0)) } ?? .empty
  }

  /// A policy's audited exposure: the sum of its audits' rows when every row is audited.
  private static func auditedExposure(of policy: RecordView, in view: Transaction) -> Money? {
    guard let id = policy.nonEmpty("id") else { return nil }
    let audits = Set(
      view.records(.audit).filter { $0.value("policy") == id }.compactMap { $0.nonEmpty("id") })
    let rows = view.records(.exposure).filter { audits.contains($0.value("audit") ?? "") }
    guard !rows.isEmpty else { return nil }
    var total = Money.zero
    for row in rows {
      guard let audited = row.nonEmpty("audited").flatMap({ Money($0) }) else { return nil }
      total += audited
    }
    return total
  }
}
