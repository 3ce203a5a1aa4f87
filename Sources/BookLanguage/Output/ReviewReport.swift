import BookModel
import BookStore

/// The book review as a document: a title, a summary, then one table per section, in the
/// format asked (text tables, Markdown, or an HTML page).
struct ReviewReport {
  let review: BookReview
  let name: String
  let view: Transaction
  let format: OutputFormat
  let options: RenderOptions

  var text: String {
    let title =
      "Book review — \(name) (\(review.person)), \(review.year) · as of \(review.today.iso)"
    var parts: [String] = []
    switch format {
    case .md: parts.append("# \(title)\n")
    case .html:
      parts.append(
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>\(HTMLRenderer.escape(title))</title>\n</head>\n<body>\n<h1>\(HTMLRenderer.escape(title))</h1>\n"
      )
    default: parts.append(title + "\n")
    }
    for (heading, table) in sections {
      parts.append(section(heading, table))
    }
    if format == .html { parts.append("</body>\n</html>\n") }
    return parts.joined(separator: "\n")
  }

  private func section(_ heading: String, _ table: ResultTable) -> String {
    var options = self.options
    options.format = format
    let body = table.rows.isEmpty ? none : Renderer.render(table, options)
    switch format {
    case .md: return "## \(heading)\n\n" + body
    case .html: return "<h2>\(HTMLRenderer.escape(heading))</h2>\n" + body
    default: return heading + "\n" + body
    }
  }

  private var none: String {
    switch format {
    case .html: return "<p>none</p>\n"
    case .md: return "none\n"
    default: return "  none\n"
    }
  }

  private func table(_ names: [String], _ rows: [[Value]]) -> ResultTable {
    ResultTable(
      columns: names.map { name in
        let type = rows.first.flatMap { $0[names.firstIndex(of: name) ?? 0].type } ?? .text
        return ResultTable.Column(name, type)
      }, rows: rows, totals: false)
  }

  private var sections: [(String, ResultTable)] {
    let year = review.year
    let rate = review.onTimeRate.map { "\($0)%" } ?? "—"
    let summary: [(String, Value)] = [
      ("accounts (as advocate)", .int(review.accounts.count)),
      ("delegations done in \(year)", .int(review.done.count)),
      ("  on time", .int(review.onTimeCount)),
      ("  late", .int(review.lateCount)),
      ("  unsuccessful", .int(review.unsuccessfulCount)),
      ("  on-time rate", .text(rate)),
      ("open now", .int(review.open.count)),
      ("  overdue", .int(review.overdueCount)),
      ("certificates issued in \(year)", .int(review.certificates.count)),
      ("  resting on a policy not in force", .int(review.lapsedCertificates.count)),
      ("audits pending", .int(review.pendingAudits.count)),
      ("renewals in 120 days", .int(review.renewals.count)),
      ("subjectivities past due", .int(review.pastDueSubjectivities.count)),
    ]
    let record = { (kind: KindID, id: String) in view.record(kind, id) }
    let today = review.today
    return [
      ("Summary", table(["measure", "value"], summary.map { [.text($0.0), $0.1] })),
      (
        "Accounts",
        table(
          ["id", "name", "manager", "producer"],
          review.accounts.map { id in
            let account = record(.account, id)
            return [
              .text(id), .text(account?.value("name") ?? ""),
              .text(account?.value("manager") ?? ""), .text(account?.value("producer") ?? ""),
            ]
          })
      ),
      (
        "Delegations done in \(year)",
        table(
          ["id", "due", "closed", "on time", "outcome", "task"],
          review.done.map { done in
            [
              .text(done.delegation.id), .day(done.delegation.due),
              done.delegation.closed.map(Value.day) ?? .empty,
              .text(done.onTime ? "yes" : "late"), .text(done.delegation.outcome?.rawValue ?? ""),
              .text(done.delegation.task),
            ]
          })
      ),
      (
        "Open now",
        table(
          ["id", "due", "overdue", "priority", "status", "task"],
          review.open.map { delegation in
            [
              .text(delegation.id), .day(delegation.due),
              .text(delegation.isOverdue(on: today) ? "\(delegation.due.days(to: today))d" : ""),
              .text(delegation.priority.rawValue), .text(delegation.status.rawValue),
              .text(delegation.task),
            ]
          })
      ),
      (
        "Certificates issued in \(year)",
        table(
          ["id", "account", "holder", "issued", "status", "rests on a policy not in force"],
          review.certificates.map { id in
            let certificate = record(.certificate, id)
            return [
              .text(id), .text(certificate?.value("account") ?? ""),
              .text(certificate?.value("holder") ?? ""), .text(certificate?.value("issued") ?? ""),
              .text(certificate?.value("status") ?? ""),
              .text(review.lapsedCertificates.contains(id) ? "yes" : "no"),
            ]
          })
      ),
      (
        "Audits pending",
        table(
          ["id", "policy", "type", "status"],
          review.pendingAudits.map { id in
            let audit = record(.audit, id)
            return ["policy", "type", "status"].reduce([.text(id)]) {
              $0 + [.text(audit?.value($1) ?? "")]
            }
          })
      ),
      (
        "Renewals in the next 120 days",
        table(
          ["policy", "account", "line", "expiration", "days", "stage"],
          review.renewals.map { renewal in
            [
              .text(renewal.policy), .text(renewal.account), .text(renewal.line),
              .day(renewal.expiration), .int(today.days(to: renewal.expiration)),
              .text(renewal.stage),
            ]
          })
      ),
      (
        "Subjectivities past due",
        table(
          ["id", "policy", "due", "text"],
          review.pastDueSubjectivities.map { id in
            let subjectivity = record(.subjectivity, id)
            return ["policy", "due", "text"].reduce([.text(id)]) {
              $0 + [.text(subjectivity?.value($1) ?? "")]
            }
          })
      ),
    ]
  }
}
