import BookModel
import BookStore

/// `lossrun [ACCOUNT] [Ny] [line L]`: the loss-run summary of an account's policy years.
enum LossRunCommand {
  static let spec = CommandSpec(
    "lossrun", group: .queries,
    summary: "loss-run summary of an account: earned premium, claims, loss ratio by policy year",
    grammar: [
      .optional([.word("account", completes: .ids(.account))]),
      .optional([.word("years", completes: .words(["3y", "5y", "10y"]))]),
      .optional([
        .keyword("line"), .word("lob", completes: .words(Line.allCases.map(\.rawValue))),
      ]),
    ] + ReportOutput.slots,
    usage: ["lossrun [ACCOUNT] [5y] [line LINE] [as table|md|html|csv|json] [into FILE]"],
    examples: [
      "lossrun ACME 5y", "lossrun ACME 3y line WC", "lossrun ACME as md",
      "lossrun ACME into acme-losses.xlsx",
    ],
    details: [
      "Per policy year (the year a term began) and line: the earned premium as of today (the audited premium when the term's audit is complete; else the premium pro rata to today, the expiration or the cancellation, whichever is first), claims open and closed, paid, expense, reserve, incurred and the loss ratio (incurred ÷ earned). Every year of the window is shown, even with no policy or claim.",
      "5y (the default): the five policy years ending with this one. Under the table: the window's loss ratio, total incurred ÷ total earned (never an average of the yearly ratios), the frequency (claims per year) and the severity (incurred per claim), then the largest claims.",
      "On a terminal a bar column shows the loss ratio. csv and json hold the rows alone; into FILE.xlsx writes a workbook with the total row as formulas. The account may be left out under use ACCOUNT.",
    ]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    let view = session.view
    var accountText = try invocation.text("account")
    var yearsText = try invocation.text("years")
    if let text = accountText, yearsText == nil, windowYears(text) != nil {
      (accountText, yearsText) = (nil, text)
    }
    let range = (invocation.value("account") ?? invocation.value("years"))?.range
    guard let accountText = accountText ?? session.focus else {
      throw .refused(
        .needsAccount(verb: "lossrun", example: "lossrun ACME 5y", orFocus: true),
        at: range ?? invocation.command.range)
    }
    let account = try Lookup.account(accountText, in: view, at: range ?? invocation.command.range)
    var count = 5
    if let yearsText {
      guard let years = windowYears(yearsText) else {
        throw .refused(.notYears(yearsText, account: account), at: invocation.value("years")?.range)
      }
      count = years
    }
    var line: Line?
    if let node = invocation.value("lob") {
      let text = try session.text(of: node)
      guard let found = Line(rawValue: text.uppercased()) else {
        let names = Line.allCases.map(\.rawValue)
        throw .refused(
          .noLine(
            text, suggestion: Suggestion.closest(to: text.uppercased(), in: names), lines: names),
          at: node.range)
      }
      line = found
    }
    let options = try ReportOutput.options(
      invocation, document: "a loss run", example: "lossrun \(account) as md")
    let today = session.context.today
    let report = LossRunReport.report(
      of: account, years: LossRun.window(years: count, endingOn: today), line: line, in: view,
      today: today, options: options)
    try ReportOutput.emit(report, invocation, options: options, what: "the loss run")
  }

  /// The number of years in `Ny` (1 to 50), nil when the word is not one.
  static func windowYears(_ text: String) -> Int? {
    guard text.count >= 2, text.last == "y" || text.last == "Y",
      let years = Int(text.dropLast()), (1...50).contains(years)
    else { return nil }
    return years
  }
}
