import BookModel
import BookStore

/// `bind`, `invoice`, `paid` and `receivables`: binders (temporary evidence of coverage until
/// the policy is issued; replaced when a policy is linked, see `BinderReplacement`) and the
/// agency's invoices, aged when unpaid.
enum BillingCommands {
  static let all = [bind, invoice, paid, receivables]

  static let bind = CommandSpec(
    "bind", group: .changes, summary: "issue a binder: coverage bound until the policy is issued",
    grammar: [.word("account", completes: .ids(.account)), .assignments("assignments")],
    usage: ["bind ACCOUNT line=… carrier=… effective=DAY expires=DAY [premium=…]"],
    examples: [
      "bind ACME line=UMB carrier=TRAV effective=2026-12-01 expires=+60d premium=4,800"
    ],
    details: [
      "The binder is issued. It becomes replaced when a policy is linked to it (set binder B-… policy=P-…), or when a policy of its account, line and carrier starting the same day is added (renew … from Q-…, add policy). The sweep lists binders past their expiry with no policy."
    ]
  ) { invocation throws(LanguageError) in
    let example = "bind ACME line=UMB carrier=TRAV effective=2026-12-01 expires=+60d"
    let (id, record) = try add(
      invocation, kind: .binder, fields: ["line", "carrier", "effective", "expires", "premium"],
      required: ["line", "carrier", "effective", "expires"], example: example
    ) { record, _ in record.set("status", BinderStatus.issued.rawValue) }
    invocation.write(
      "\(id) \(record.value("line") ?? "") with \(record.value("carrier") ?? ""), "
        + "\(record.value("effective") ?? "") to \(record.value("expires") ?? "")\n")
  }

  static let invoice = CommandSpec(
    "invoice", group: .changes, summary: "bill an account (agency billing), dated today",
    grammar: [.word("account", completes: .ids(.account)), .assignments("assignments")],
    usage: ["invoice ACCOUNT amount=… due=DAY [policy=P-…] [description=\"…\"]"],
    examples: [
      "invoice ACME amount=185.00 due=+14d policy=P-0001 description=\"Endorsement premium EN-0001\""
    ],
    details: [
      "Issued today; unpaid until paid I-…. receivables ages the unpaid agency-billed ones; the sweep lists those past due."
    ]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    let (id, record) = try add(
      invocation, kind: .invoice, fields: ["amount", "due", "policy", "description"],
      required: ["amount", "due"],
      example: "invoice ACME amount=185.00 due=+14d description=\"Policy fee\""
    ) { record, _ in record.set("issued", session.context.today.iso) }
    let amount = record.nonEmpty("amount").flatMap { Money($0) }?.description ?? ""
    invocation.write(
      "\(id) \(record.value("account") ?? ""): \(amount), due \(record.value("due") ?? "")\n")
  }

  static let paid = CommandSpec(
    "paid", group: .changes, summary: "mark an invoice paid (today, or on a day)",
    grammar: [.word("id", completes: .ids(.invoice)), .optional([.keyword("on"), .value("day")])],
    usage: ["paid I-… [on DAY]"],
    examples: ["paid I-0003", "paid I-0006 on 2026-11-20"],
    details: ["Refused on an invoice already paid (clear it first: set invoice I-… paid=)."]
  ) { invocation throws(LanguageError) in
    guard let idNode = invocation.value("id") else { return }
    let session = invocation.session
    let id = try session.text(of: idNode)
    let day = try invocation.value("day").map { node throws(LanguageError) in
      try ValueInterpreter(session: session).day(node)
    }
    let on = day ?? session.context.today
    try session.change(invocation.command) { transaction throws(LanguageError) in
      var record = try ChangeCommands.existing(.invoice, id, in: transaction, at: idNode.range)
        .record
      if let was = record.nonEmpty("paid") {
        throw .refused(.alreadyPaid(id, on: was, day: on), at: idNode.range)
      }
      record.set("paid", on.iso)
      try storing { () throws(StoreError) in try transaction.update(.invoice, id, record) }
    }
    invocation.write("\(id) paid \(on.iso)\n")
  }

  static let receivables = CommandSpec(
    "receivables", group: .queries,
    summary: "unpaid agency-billed invoices by age (current, 1-30, 31-60, 61-90, 90+ days)",
    grammar: [.optional([.word("account", completes: .ids(.account))])],
    usage: ["receivables [ACCOUNT]"],
    examples: ["receivables", "receivables RIVER"],
    details: [
      "Each unpaid invoice the agency bills (no policy, or a policy billed by the agency), its amount in the column of its age past due; a total row. Under use ACCOUNT, that account's."
    ]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    let view = session.view
    let today = session.context.today
    var account = session.focus
    if let node = invocation.value("account") {
      account = try Lookup.account(try session.text(of: node), in: view, at: node.range)
    }
    var rows: [[Value]] = []
    let invoices = view.records(.invoice).compactMap { try? Invoice($0.record) }.filter {
      $0.paid == nil && $0.isAgencyBilled(in: view) && (account == nil || $0.account == account)
    }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
    for invoice in invoices {
      let days = invoice.daysPastDue(on: today)
      let age = Invoice.Age(daysPastDue: days)
      rows.append(
        [
          .text(invoice.id), .text(invoice.account), .text(invoice.policy ?? ""),
          .text(invoice.description ?? ""), .day(invoice.due), .int(max(days, 0)),
        ] + Invoice.Age.allCases.map { $0 == age ? .money(invoice.amount) : .empty })
    }
    let table = ResultTable(
      columns: [
        ResultTable.Column("id"), ResultTable.Column("account"), ResultTable.Column("policy"),
        ResultTable.Column("description"), ResultTable.Column("due", .day),
        ResultTable.Column("days_late", .int),
      ] + Invoice.Age.allCases.map { ResultTable.Column($0.rawValue, .money) },
      rows: rows, totals: true)
    invocation.write(Renderer.render(table, session.options))
  }

  /// Adds a binder or an invoice for an account from the fields the verb takes.
  static func add(
    _ invocation: Invocation, kind: KindID, fields: [String], required: [String],
    example: String, complete: (inout Record, Session) -> Void
  ) throws(LanguageError) -> (String, Record) {
    guard let accountNode = invocation.value("account") else { return ("", Record()) }
    let session = invocation.session
    let account = try Lookup.account(
      try session.text(of: accountNode), in: session.view, at: accountNode.range)
    let assignments = invocation.assignments()
    let verb = invocation.command.name
    for assignment in assignments where !fields.contains(assignment.field.name) {
      throw .refused(
        .takesNoField(verb: verb, field: assignment.field.name, takes: fields),
        at: assignment.field.range)
    }
    var (record, _) = try RecordEditor(session: session, kind: kind).make(assignments)
    for field in required where record.nonEmpty(field) == nil {
      throw .refused(
        .needsField(verb: verb, field: field, example: example), at: invocation.command.range)
    }
    record.set("account", account)
    complete(&record, session)
    let id = try session.change(invocation.command, assignments: assignments) {
      transaction throws(LanguageError) in
      try storing { () throws(StoreError) in
        try transaction.add(kind, PolicyRenewal.inSchemaOrder(record, of: kind))
      }
    }
    session.lastID = id
    return (id, record)
  }
}
