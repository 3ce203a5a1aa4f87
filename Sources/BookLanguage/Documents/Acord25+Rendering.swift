/// The ACORD 25 content as text for the terminal, as Markdown, and as one self-contained
/// printable html page (inline CSS, `@media print`, no scripts).
extension Acord25 {
  /// The sections in order, as every format titles them.
  static let sections = [
    "Producer", "Insured", "Insurers affording coverage", "Coverages",
    "Description of operations / locations / vehicles", "Certificate holder", "Cancellation",
  ]

  private var heading: String {
    "\(Self.title) — \(certificate), issued \(issued)" + (status == "issued" ? "" : " (\(status))")
  }

  private var producerLines: [String] {
    producer + (producerCode.map { ["Producer code: \($0)"] } ?? [])
  }

  private func insurerLine(_ insurer: Insurer) -> String {
    "Insurer \(insurer.letter): \(insurer.name)" + (insurer.naic.map { " (NAIC \($0))" } ?? "")
  }

  private func marks(_ row: Row) -> (String, String) {
    (row.additionalInsured ? "Y" : "", row.waiverOfSubrogation ? "Y" : "")
  }

  private var limitLines: [(Row, String)] {
    rows.map { row in
      (row, row.limits.map { "\($0.name) \($0.amount)" }.joined(separator: "; "))
    }
  }

  /// Text for the terminal.
  var text: String {
    var out = heading + "\n" + Self.notice + "\n"
    func section(_ index: Int, _ lines: [String]) {
      out += "\n" + Self.sections[index].uppercased() + "\n"
      out += lines.map { "  " + $0 + "\n" }.joined()
    }
    section(0, producerLines)
    section(1, insured)
    section(2, insurers.map(insurerLine))
    var coverage: [String] = []
    for (row, limits) in limitLines {
      let (ai, wos) = marks(row)
      coverage.append(
        "\(row.letter)  \(row.type) · \(row.numberText) · \(row.effective) to \(row.expiration)"
      )
      coverage.append(
        "   ADDL INSD: \(ai.isEmpty ? "-" : ai) · SUBR WVD: \(wos.isEmpty ? "-" : wos)")
      if !limits.isEmpty { coverage.append("   Limits: \(limits)") }
    }
    section(3, coverage)
    section(4, description.isEmpty ? ["-"] : description)
    section(5, holder)
    section(6, [Self.cancellation])
    return out
  }

  /// Markdown.
  var markdown: String {
    var out = "# \(heading)\n\n\(Self.notice)\n"
    func section(_ index: Int, _ body: String) {
      out += "\n## \(Self.sections[index])\n\n" + body
    }
    func lines(_ items: [String]) -> String { items.map { $0 + "  \n" }.joined() }
    section(0, lines(producerLines))
    section(1, lines(insured))
    section(2, insurers.map { "- " + insurerLine($0) + "\n" }.joined())
    var table =
      "| INSR LTR | Type of insurance | ADDL INSD | SUBR WVD | Policy number | Effective | Expiration | Limits |\n"
    table += "|---|---|---|---|---|---|---|---|\n"
    for (row, limits) in limitLines {
      let (ai, wos) = marks(row)
      let cells = [
        row.letter, row.type, ai, wos, "\(row.numberText)", row.effective,
        row.expiration, limits,
      ]
      table += "| " + cells.map { $0.replacing("|", with: "\\|") }.joined(separator: " | ") + " |\n"
    }
    section(3, table)
    section(4, lines(description.isEmpty ? ["-"] : description))
    section(5, lines(holder))
    section(6, Self.cancellation + "\n")
    return out
  }

  /// One self-contained printable page.
  var html: String {
    let e = HTMLRenderer.escape
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>\(e(Self.title)) \(e(certificate))</title>
      <style>
      body { font-family: Helvetica, Arial, sans-serif; font-size: 10pt; margin: 2em; color: #000; }
      h1 { font-size: 14pt; margin: 0 0 0.3em; }
      h2 { font-size: 10pt; text-transform: uppercase; background: #eee; padding: 0.2em 0.4em; margin: 1em 0 0.3em; }
      p.notice { font-size: 8pt; }
      table { border-collapse: collapse; width: 100%; }
      th, td { border: 1px solid #444; padding: 0.2em 0.4em; text-align: left; vertical-align: top; }
      th { font-size: 8pt; }
      @media print { body { margin: 0.5in; } h2 { background: none; border-bottom: 1px solid #000; } }
      </style>
      </head>
      <body>
      <h1>\(e(heading))</h1>
      <p class="notice">\(e(Self.notice))</p>

      """
    func section(_ index: Int, _ body: String) {
      out += "<section>\n<h2>\(e(Self.sections[index]))</h2>\n" + body + "</section>\n"
    }
    func paragraph(_ items: [String]) -> String {
      "<p>" + items.map(e).joined(separator: "<br>") + "</p>\n"
    }
    section(0, paragraph(producerLines))
    section(1, paragraph(insured))
    section(
      2, "<ul>\n" + insurers.map { "<li>" + e(insurerLine($0)) + "</li>\n" }.joined() + "</ul>\n")
    var table = "<table>\n<thead><tr>"
    for name in [
      "INSR LTR", "Type of insurance", "ADDL INSD", "SUBR WVD", "Policy number", "Effective",
      "Expiration", "Limits",
    ] {
      table += "<th>\(name)</th>"
    }
    table += "</tr></thead>\n<tbody>\n"
    for row in rows {
      let (ai, wos) = marks(row)
      let limits = row.limits.map { e($0.name) + " " + e($0.amount) }.joined(separator: "<br>")
      let cells = [
        e(row.letter), e(row.type), ai, wos, e("\(row.numberText)"), e(row.effective),
        e(row.expiration), limits,
      ]
      table += "<tr>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
    }
    table += "</tbody>\n</table>\n"
    section(3, table)
    section(4, paragraph(description.isEmpty ? ["-"] : description))
    section(5, paragraph(holder))
    section(6, paragraph([Self.cancellation]))
    out += "</body>\n</html>\n"
    return out
  }
}
