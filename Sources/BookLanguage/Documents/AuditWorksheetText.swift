import BookModel

/// The worksheet `audit complete`, `audit revise` and `audit show` print: the audit's heading,
/// one line per exposure row (class, basis, estimated, audited, rate, premiums), the rows'
/// sums, the mod, and the estimated and audited premium with the additional or return premium.
enum AuditWorksheetText {
  /// The worksheet of an audit; `policy` and `account` describe its policy for the heading.
  static func render(
    _ audit: Audit, _ sheet: AuditWorksheet, policy: String, options: RenderOptions
  ) -> String {
    var out =
      "audit \(audit.id) · \(policy) · \(audit.type.rawValue) · "
      + "\(audit.periodStart.iso)..\(audit.periodEnd.iso) · \(audit.status.rawValue)\n"
    let rows: [[Value]] = sheet.rows.map { row in
      let exposure = row.exposure
      return [
        exposure.classCode.map(Value.text) ?? .empty,
        exposure.description.map(Value.text) ?? .empty,
        .text(exposure.basis.rawValue),
        .decimal(exposure.estimated),
        exposure.audited.map(Value.decimal) ?? .empty,
        .text("\(exposure.rate)/\(exposure.per.rawValue)"),
        .money(row.estimatedPremium),
        row.auditedPremium.map(Value.money) ?? .empty,
      ]
    }
    let table = ResultTable(
      columns: [
        .init("class"), .init("description"), .init("basis"), .init("estimated", .decimal),
        .init("audited", .decimal), .init("rate"), .init("estimated premium", .money),
        .init("audited premium", .money),
      ], rows: rows, totals: false)
    var plain = options
    plain.format = .table
    out += Renderer.render(table, plain)
    var lines: [(String, String)] = [
      ("rows, estimated", sheet.estimatedSubtotal.description)
    ]
    if sheet.isAudited { lines.append(("rows, audited", sheet.auditedSubtotal.description)) }
    lines.append(("mod", sheet.mod.map(\.description) ?? "1 (none)"))
    lines.append(("estimated premium", sheet.premium.estimated.description))
    if sheet.isAudited {
      lines.append(("audited premium", sheet.premium.audited.description))
      let difference = sheet.premium.additional
      lines.append(
        difference.isNegative
          ? ("return premium", (-difference).description)
          : ("additional premium", difference.description))
    }
    let width = lines.map(\.0.count).max() ?? 0
    let figures = lines.map(\.1.count).max() ?? 0
    for (label, figure) in lines {
      let pad = String(repeating: " ", count: width - label.count + 2)
      let lead = String(repeating: " ", count: figures - figure.count)
      out += label + pad + lead + figure + "\n"
    }
    if !sheet.isAudited { out += "not yet audited\n" }
    return out
  }
}
