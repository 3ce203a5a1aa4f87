import BookModel
import BookStore

/// `verify POLICY [--yes]`: the bound policy against what was ordered (`PolicyReview`), its
/// differences listed; on confirmation (the shell asks; `--yes` in a script or `-c`) the review
/// is recorded as `verified` today.
enum VerifyCommand {
  static let spec = CommandSpec(
    "verify", group: .changes,
    summary: "review a bound policy against the selected quote; record it verified",
    grammar: [
      .word("policy", completes: .ids(.policy)),
      .optional([.symbol("-"), .symbol("-"), .word("flag", completes: .words(["yes"]))]),
    ],
    usage: ["verify POLICY [--yes]"],
    examples: ["verify P-0001", "verify P-0052 --yes"],
    details: [
      "Compares the policy with the selected quote of its account, line and term (a renewal bound without one: with its expiring term, renewed as expiring) — carrier, premium, each named limit, forms added and removed — and lists every difference, reductions marked. With neither on file it says so: check the declarations by hand.",
      "Then records verified: today. The shell asks first; in a script or with -c, --yes records it (without it nothing is written).",
    ]
  ) { invocation throws(LanguageError) in
    guard let node = invocation.value("policy") else { return }
    let session = invocation.session
    let id = try session.text(of: node)
    if let flag = invocation.value("flag"), try session.text(of: flag).lowercased() != "yes" {
      throw .refused(
        .verifyTakesOnlyYes(id), at: flag.range)
    }
    let policy = try ChangeCommands.existing(.policy, id, in: session.view, at: node.range)
    let review = PolicyReview(policy, in: session.view)
    invocation.write(report(review, policy: policy, in: session))
    let yes = invocation.value("flag") != nil
    let question = "Record \(id) as verified on \(session.context.today.iso)?"
    guard yes || (session.confirm?(question) ?? false) else {
      invocation.write(
        session.confirm == nil
          ? "not recorded; to record the review: verify \(id) --yes\n" : "nothing changed\n")
      return
    }
    try session.change(invocation.command) { transaction throws(LanguageError) in
      var record = try ChangeCommands.existing(.policy, id, in: transaction, at: node.range).record
      record.set("verified", session.context.today.iso)
      try storing { () throws(StoreError) in try transaction.update(.policy, id, record) }
    }
    invocation.write("\(id) verified \(session.context.today.iso)\n")
  }

  /// The heading, the differences as a table (or "no differences"), the last review.
  static func report(_ review: PolicyReview, policy: RecordView, in session: Session) -> String {
    var text = "\(review.policy) (\(policy.value("line") ?? ""), \(policy.value("carrier") ?? ""))"
    switch review.order {
    case .quote(let quote): text += " against the selected quote \(quote):\n"
    case .expiring(let prior):
      text += " against its expiring term \(prior) (renewed as expiring):\n"
    case nil:
      text +=
        ": no order on file (no selected quote, no prior term); check the declarations by hand\n"
    }
    if review.order != nil && review.differences.isEmpty {
      text += "no differences\n"
    } else if review.order != nil {
      let table = ResultTable(
        columns: [
          ResultTable.Column("item"), ResultTable.Column("ordered"), ResultTable.Column("bound"),
          ResultTable.Column("change"), ResultTable.Column("reduction"),
        ],
        rows: review.differences.map { row in
          [
            .text(row.item), .text(row.expiring ?? "—"), .text(row.renewal ?? "—"),
            .text(row.change.rawValue), .text(row.isReduction ? "REDUCED" : ""),
          ]
        })
      var options = session.options
      options.format = .table
      text += Renderer.render(table, options)
    }
    if let last = policy.nonEmpty("verified") { text += "last verified \(last)\n" }
    return text
  }
}
