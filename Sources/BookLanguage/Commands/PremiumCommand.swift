import BookModel
import BookStore

/// `premium [ACCOUNT]`: the account's premium summary by line and carrier.
enum PremiumCommand {
  static let spec = CommandSpec(
    "premium", group: .queries,
    summary: "premium summary of an account: premium, taxes, fees, billing, renewal beside",
    grammar: [.optional([.word("account", completes: .ids(.account))])] + ReportOutput.slots,
    usage: ["premium [ACCOUNT] [as table|md|html|csv|json] [into FILE]"],
    examples: ["premium ACME", "premium ACME as md", "premium ACME into acme-premium.xlsx"],
    details: [
      "The account's policies in force today by line: policy, carrier, billing (the policy's, else the carrier's), premium, taxes, fees and total; beside each, its renewal term's effective day, premium and total when one exists; a total row; what is agency billed and direct billed."
    ]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    let range = invocation.value("account")?.range ?? invocation.command.range
    guard let text = try invocation.text("account") ?? session.focus else {
      throw .refused(
        .needsAccount(verb: "premium", example: "premium ACME", orFocus: true),
        at: range)
    }
    let account = try Lookup.account(text, in: session.view, at: range)
    let options = try ReportOutput.options(
      invocation, document: "a premium summary", example: "premium \(account) as md")
    let report = PremiumSummary.report(
      of: account, in: session.view, today: session.context.today)
    try ReportOutput.emit(report, invocation, options: options, what: "the premium summary")
  }
}
