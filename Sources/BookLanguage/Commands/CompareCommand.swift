import BookModel
import BookStore

/// `compare ACCOUNT [quotes]`: the renewal premium comparison, or the rate comparison of the
/// account's quotes, as text, md, html (one printable page) or csv, or into a file (`.xlsx`: a
/// workbook).
enum CompareCommand {
  static let spec = CommandSpec(
    "compare", group: .queries,
    summary: "renewal premium comparison of an account (quotes: its rate comparison)",
    grammar: [
      .word("account", completes: .ids(.account)), .optional([.keyword("quotes")]),
      .optional([.keyword("coverage")]),
      .optional([.keyword("vs"), .word("quote", completes: .ids(.quote))]),
      .optional([
        .keyword("as"), .word("format", completes: .words(["table", "md", "html", "csv"])),
      ]),
      .optional([.keyword("into"), .text("file", completes: .files)]),
    ],
    usage: [
      "compare ACCOUNT [quotes] [as table|md|html|csv] [into FILE]",
      "compare ACCOUNT coverage [vs Q-…] [as table|md|html|csv] [into FILE]",
    ],
    examples: [
      "compare ACME", "compare ELKGRV quotes", "compare ELKGRV as md", "compare ACME coverage",
      "compare ELKGRV coverage vs Q-0002 as html",
    ],
    details: [
      "Per line: the expiring term against its renewal term, or against the selected quote when the renewal is not bound yet; $ and % change; where both terms have audited exposures, the exposure change and the rate change ((1 + premium change) = (1 + exposure change) × (1 + rate change)); taxes and fees on their own rows; a total row.",
      "quotes: per line, the expiring premium and every quote not declined, with $ and % against it; the lowest is marked.",
      "coverage: the coverage worksheet — per line, the expiring term against its renewal term (or the selected quote, or the quote after vs): carrier, premium, each named limit and deductible, forms added and removed, ai/wos/pnc; every reduction in coverage (a lower limit, a higher deductible, a removed form, a flag turned off) is marked REDUCED.",
      "into FILE takes the format from the file's extension; into FILE.xlsx writes a workbook of the comparison's table (money as numbers, totals as SUM formulas).",
    ]
  ) { invocation throws(LanguageError) in
    guard let node = invocation.value("account") else { return }
    let session = invocation.session
    let view = session.view
    let account = try Lookup.account(try session.text(of: node), in: view, at: node.range)
    let document: RenewalComparison
    if let node = invocation.value("quote"), !invocation.has("coverage") {
      throw .refused(.versusWithoutCoverage(account: account), at: node.range)
    }
    if invocation.has("coverage") {
      let quote = try invocation.value("quote").map { node throws(LanguageError) in
        try ChangeCommands.existing(.quote, try session.text(of: node), in: view, at: node.range)
      }
      if let quote, let node = invocation.value("quote"), quote.value("account") != account {
        throw .refused(
          .quoteOfOtherAccount(
            quote.value("id") ?? "", owner: quote.value("account"), account: account),
          at: node.range)
      }
      document = CoverageWorksheet.document(of: account, versus: quote, in: view)
    } else if invocation.has("quotes") {
      document = RenewalComparison.quotes(of: account, in: view)
    } else {
      document = RenewalComparison.premiums(of: account, in: view)
    }
    var options = session.options
    let chosen = try DocumentFormat.chosen(
      invocation, allowed: [.table, .md, .html, .csv], document: "a comparison",
      example: "compare \(account) as html")
    if let fileNode = invocation.value("file") {
      let path = try session.text(of: fileNode)
      if chosen == nil && OutputFile.isWorkbook(path) {
        try OutputFile.writeWorkbook(
          document.table, to: path, in: session, at: fileNode.range)
        invocation.write("wrote the comparison to \(path) (xlsx)\n")
        return
      }
      options.format = chosen ?? OutputFormat(fileName: path) ?? .table
      options.width = nil
      try OutputFile.write(document.render(options), to: path, in: session, at: fileNode.range)
      invocation.write("wrote the comparison to \(path) (\(options.format.rawValue))\n")
      return
    }
    if let chosen { options.format = chosen }
    invocation.write(document.render(options))
  }
}
