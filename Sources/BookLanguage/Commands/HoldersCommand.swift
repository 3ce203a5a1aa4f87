import BookModel
import BookStore

/// `holders [ACCOUNT]`: each certificate holder with its live certificates, the policies on
/// them, and whether any is lapsed (a listed policy not in force today).
enum HoldersCommand {
  static let spec = CommandSpec(
    "holders", group: .queries,
    summary: "certificate holders with their live certificates, and which are lapsed",
    grammar: [.optional([.word("account", completes: .ids(.account))])],
    usage: ["holders [ACCOUNT]"],
    examples: ["holders", "holders ACME"],
    details: [
      "Live certificates are issued or need reissue; lapsed: a listed policy is not in force today. Under use ACCOUNT, that account's holders."
    ]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    let account = try invocation.text("account") ?? session.focus
    let view = session.view
    if let account, let node = invocation.value("account"), view.record(.account, account) == nil {
      _ = try ChangeCommands.existing(.account, account, in: view, at: node.range)
    }
    let today = session.context.today
    let term = { (id: String) -> PolicyTerm? in
      view.record(.policy, id).flatMap { try? PolicyTerm($0) }
    }
    var rows: [[Value]] = []
    let live = view.records(.certificate).filter { record in
      let status = record.value("status").flatMap(CertificateStatus.init(rawValue:))
      return status?.isLive == true && (account == nil || record.value("account") == account)
    }
    let sorted = live.sorted {
      ($0.value("holder") ?? "", $0.value("id") ?? "") < (
        $1.value("holder") ?? "", $1.value("id") ?? ""
      )
    }
    for record in sorted {
      let policies = record.values("policy")
      let lapsed = Certificate.policiesNotInForce(policies, on: today, term: term)
      rows.append([
        .text(record.value("holder") ?? ""), .text(record.value("id") ?? ""),
        .text(record.value("account") ?? ""), .text(record.value("status") ?? ""),
        .text(policies.joined(separator: ", ")),
        lapsed.isEmpty ? .text("no") : .text("yes: " + lapsed.joined(separator: ", ")),
      ])
    }
    let columns = ["holder", "certificate", "account", "status", "policies", "lapsed"].map {
      ResultTable.Column($0)
    }
    invocation.write(Renderer.render(ResultTable(columns: columns, rows: rows), session.options))
  }
}
