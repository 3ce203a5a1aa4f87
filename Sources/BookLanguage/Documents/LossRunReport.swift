import BookModel
import BookStore

/// The loss-run summary of an account (`lossrun ACCOUNT [5y] [line L]`): the `LossRun` of its
/// policy terms and claims as a report, with a bar column of the loss ratio on a terminal.
enum LossRunReport {
  /// How many claims are listed under the table, largest first.
  static let largestShown = 5

  /// The report of an account's loss run over `years`, on one line when given.
  static func report(
    of account: String, years: ClosedRange<Int>, line: Line?, in view: Transaction, today: Day,
    options: RenderOptions
  ) -> Report {
    let policies = view.records(.policy).filter { $0.value("account") == account }
      .compactMap { try? Policy($0.record) }
    let ids = Set(policies.map(\.id))
    let audits = view.records(.audit).filter { ids.contains($0.value("policy") ?? "") }
      .compactMap { try? Audit($0.record) }
    let auditIDs = Set(audits.map(\.id))
    let exposures = view.records(.exposure).filter { auditIDs.contains($0.value("audit") ?? "") }
      .compactMap { try? Exposure($0.record) }
    let claims = view.records(.claim).filter { ids.contains($0.value("policy") ?? "") }
      .compactMap { try? Claim($0.record) }
    let terms = policies.map { LossRun.Term(policy: $0, audits: audits, exposures: exposures) }
    let run = LossRun(terms: terms, claims: claims, years: years, line: line, today: today)

    var rows: [[Value]] = []
    for row in run.rows {
      let figures = row.figures
      let terms = policies.filter {
        $0.effective.year == row.year && row.line != nil && $0.line == row.line
      }.map(\.id).sorted()
      rows.append([
        .int(row.year), .text(row.line?.rawValue ?? ""), .text(terms.joined(separator: " ")),
        .money(figures.earned), .int(figures.open), .int(figures.closed), .money(figures.paid),
        .money(figures.expense), .money(figures.reserve), .money(figures.incurred),
        figures.lossRatioTenths.map { .decimal(ExactDecimal(units: Int64($0), scale: 1)) }
          ?? .empty,
      ])
    }
    let columns = [
      ResultTable.Column("year", .int), ResultTable.Column("line"),
      ResultTable.Column("policies"), ResultTable.Column("earned", .money),
      ResultTable.Column("open", .int), ResultTable.Column("closed", .int),
      ResultTable.Column("paid", .money), ResultTable.Column("expense", .money),
      ResultTable.Column("reserve", .money), ResultTable.Column("incurred", .money),
      ResultTable.Column("loss_ratio_pct", .decimal),
    ]
    var table = ResultTable(columns: columns, rows: rows)
    table = BarColumn.appending(
      "loss ratio", values: run.rows.map { $0.figures.lossRatioTenths.map(Int64.init) },
      to: table, options)

    let name = view.record(.account, account)?.value("name") ?? account
    let span = years.count == 1 ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)"
    let on = line.map { " · \($0.rawValue)" } ?? ""
    var title = "Loss run — \(name) (\(account)) · policy years \(span)\(on)"
    title += " · valued \(today.iso)"
    let totals = run.totals
    let ratio =
      totals.lossRatioTenths.map { "\($0 / 10).\($0 % 10)%" } ?? "n/a (nothing earned)"
    let claimsText = totals.claims == 1 ? "1 claim" : "\(totals.claims) claims"
    var notes = [
      "Loss ratio \(span): \(ratio) (total incurred ÷ total earned)",
      "\(claimsText) (\(totals.open) open, \(totals.closed) closed) · frequency "
        + "\(run.frequency.formatted) claims per year · severity "
        + (run.severity.map { "\($0.description) per claim" } ?? "n/a (no claims)"),
    ]
    if run.rows.allSatisfy({ $0.line == nil }) {
      notes.append("No policy terms in these years.")
    }
    var sections: [Report.Section] = []
    if !run.largest.isEmpty {
      let largest = run.largest.prefix(largestShown).map { claim -> [Value] in
        [
          .text(claim.id), .text(claim.policy), .text(claim.line?.rawValue ?? ""),
          .day(claim.occurred), .text(claim.status.rawValue), .money(claim.incurred),
          .text(claim.description ?? ""),
        ]
      }
      let columns = [
        ResultTable.Column("claim"), ResultTable.Column("policy"), ResultTable.Column("line"),
        ResultTable.Column("occurred", .day), ResultTable.Column("status"),
        ResultTable.Column("incurred", .money), ResultTable.Column("description"),
      ]
      sections.append(
        Report.Section(
          heading: "Largest claims",
          table: ResultTable(columns: columns, rows: Array(largest), totals: false)))
    }
    return Report(title: title, table: table, notes: notes, sections: sections)
  }
}
