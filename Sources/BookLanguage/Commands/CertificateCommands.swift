import BookModel
import BookStore

/// `cert issue`, `cert void`, `cert reissue`: certificates of insurance, through the same
/// guards as every other write (they live in BookModel and run in validation).
enum CertificateCommands {
  static let all = [issue, void, reissue, CertificateDocumentCommands.show, HoldersCommand.spec]

  static let issue = CommandSpec(
    "cert issue", aliases: ["certificate issue"], group: .changes,
    summary: "issue a certificate of insurance to a holder (guarded)",
    grammar: [
      .optional([.word("account", completes: .ids(.account))]), .assignments("assignments"),
    ] + CertificateOrder.markGrammar + CertificateOrder.gapGrammar,
    usage: [
      "cert issue [ACCOUNT] holder=\"…\" policies=P-…,P-… [ai[=P-…]] [wos[=…]] [pnc[=…]] [desc=\"…\"] [accept_gaps reason=\"…\"]"
    ],
    examples: [
      "cert issue ACME holder=\"City of Sacramento\" policies=P-0001,P-0002 ai=P-0001 wos pnc=P-0001",
      "use ACME; cert issue holder=\"City of Sacramento\" policies=P-0001 ai",
    ],
    details: [
      "The account may come from use. A bare ai, wos or pnc asks ADDL INSD, SUBR WVD or primary and non-contributory of every listed policy; ai=P-0001 of those named.",
      "Refused when a policy is another account's, is not in force today, or does not grant a mark asked of it (ai: scheduled or blanket, wos: yes, pnc: yes). The certificate is dated today.",
      "When the holder has contract requirements on the account (require, requirements), the listed policies must meet them: each gap is shown and the certificate refused, unless accept_gaps reason=\"…\" is given; the reason is kept on the certificate (gaps_accepted) and in the journal.",
    ]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    let order = try CertificateOrder(invocation, verb: "cert issue")
    guard let account = try invocation.text("account") ?? session.focus else {
      throw .refused(.certificateNeedsAccount, at: invocation.command.range)
    }
    guard let holder = order.holder, !holder.isEmpty else {
      throw .refused(
        .certificateNeedsHolder(account: account),
        at: invocation.command.range)
    }
    guard let policies = order.policies, !policies.isEmpty else {
      throw .refused(
        .certificateNeedsPolicies(account: account),
        at: invocation.command.range)
    }
    var marks: [Certificate.Mark: [String]] = [:]
    for mark in Certificate.Mark.allCases {
      marks[mark] = order.policies(showing: mark, listed: policies)
    }
    let record = CertificateOrder.record(
      account: account, holder: holder, holderAddress: order.holderAddress, policies: policies,
      marks: marks, description: order.description, today: session.context.today, replaces: nil,
      acceptedGaps: order.acceptedGaps)
    let id = try session.change(invocation.command) { transaction throws(LanguageError) in
      try storing { () throws(StoreError) in try transaction.add(.certificate, record) }
    }
    session.lastID = id
    invocation.write(CertificateOrder.summary(id, "issued", in: session.view))
  }

  static let void = CommandSpec(
    "cert void", aliases: ["certificate void"], group: .changes,
    summary: "void a certificate (the reason goes into its description)",
    grammar: [
      .word("id", completes: .ids(.certificate)), .assignments("assignments"),
    ],
    usage: ["cert void CE-… [reason=\"…\"]"],
    examples: ["cert void CE-0009 reason=\"lease ended\"", "cert void CE-0001"],
    details: ["A void certificate is final; issue a new one instead."]
  ) { invocation throws(LanguageError) in
    guard let idNode = invocation.value("id") else { return }
    let session = invocation.session
    let id = try session.text(of: idNode)
    let reason = try invocation.reason(
      verb: "cert void", example: "cert void \(id) reason=\"wrong address\"")
    try session.change(invocation.command) { transaction throws(LanguageError) in
      let current = try ChangeCommands.existing(.certificate, id, in: transaction, at: idNode.range)
      var record = current.record
      record.set("status", CertificateStatus.void.rawValue)
      if let reason, !reason.isEmpty {
        let old = record.nonEmpty("description")
        record.set("description", (old.map { $0 + " " } ?? "") + "Voided: \(reason).")
      }
      try storing { () throws(StoreError) in try transaction.update(.certificate, id, record) }
    }
    invocation.write("\(id) void" + (reason.map { ": \($0)" } ?? "") + "\n")
  }

  static let reissue = CommandSpec(
    "cert reissue", aliases: ["certificate reissue"], group: .changes,
    summary:
      "a new certificate that replaces an old one (guarded); renewal: onto the renewal terms",
    grammar: [
      .optional([.word("id", completes: .ids(.certificate))]),
      .optional([.keyword("where"), .condition("condition")]),
      .assignments("assignments"),
    ] + CertificateOrder.markGrammar + [.optional([.keyword("renewal")])]
      + CertificateOrder.gapGrammar,
    usage: [
      "cert reissue CE-… [policies=…] [holder=\"…\"] [holder_address=\"…\"] [ai…] [wos…] [pnc…]",
      "cert reissue CE-… renewal",
      "cert reissue where COND renewal",
    ],
    examples: [
      "cert reissue CE-0006 policies=P-0066",
      "cert reissue CE-0009 holder_address=\"1689 Arden Way Ste 1167, Sacramento, CA 95815\"",
    ],
    details: [
      "The new certificate is dated today and replaces the old one, which becomes replaced.",
      "renewal swaps every listed policy for its renewal term (the policy whose prior it is); a policy still in force without one stays.",
      "With where, each matching certificate is reissued in one transaction; those that cannot be are listed with the reason, and the others are done.",
    ]
  ) { invocation throws(LanguageError) in
    try CertificateReissuer(invocation).run()
  }
}
