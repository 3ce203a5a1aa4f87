import BookModel
import BookStore

/// `require ACCOUNT holder=… …` and `requirements ACCOUNT [holder=…]`: what a holder's contract
/// or lease asks of an account's insurance, and whether its policies in force meet it (the gap
/// rule is BookModel's `Requirement.gaps`, which `cert issue` runs too).
enum RequirementCommands {
  static let all = [require, requirements]

  /// The bare marks after the fields, in order: `ai`, `wos`, `pnc`.
  static let markGrammar: [Slot] = Certificate.Mark.allCases.flatMap { mark -> [Slot] in
    [.optional([.keyword(mark.field)]), .assignments("assignments-\(mark.field)")]
  }

  static let require = CommandSpec(
    "require", group: .changes,
    summary: "record what a holder's contract or lease requires of an account's insurance",
    grammar: [.word("account", completes: .ids(.account)), .assignments("assignments")]
      + markGrammar,
    usage: [
      "require ACCOUNT holder=\"…\" source=\"…\" line=… [limit=\"NAME AMOUNT\"]… [ai] [wos] [pnc] [notes=\"…\"]"
    ],
    examples: [
      "require ACME holder=\"City of Sacramento\" source=\"Encroachment permit 2026-88\" line=GL limit=\"each-occurrence 1000000\" ai",
      "require ACME holder=\"City of Sacramento\" source=\"Encroachment permit 2026-88\" line=WC wos",
    ],
    details: [
      "One requirement per line of coverage; limit= may repeat. A bare ai, wos or pnc asks additional insured, waiver of subrogation or primary and non-contributory wording. cert issue to that holder then checks them."
    ]
  ) { invocation throws(LanguageError) in
    guard let accountNode = invocation.value("account") else { return }
    let session = invocation.session
    let account = try Lookup.account(
      try session.text(of: accountNode), in: session.view, at: accountNode.range)
    var assignments = invocation.assignments()
    for mark in Certificate.Mark.allCases {
      assignments += invocation.assignments("assignments-\(mark.field)")
    }
    var (record, _) = try RecordEditor(session: session, kind: .requirement).make(assignments)
    record.set("account", account)
    for mark in Certificate.Mark.allCases where invocation.has(mark.field) {
      record.set(mark.field, "yes")
    }
    let example =
      "require \(account) holder=\"City of Sacramento\" source=\"permit\" line=GL limit=\"each-occurrence 1000000\" ai"
    for field in ["holder", "line"] where record.nonEmpty(field) == nil {
      throw .refused(
        .needsField(verb: "require", field: field, example: example), at: invocation.command.range)
    }
    for assignment in assignments where assignment.field.name == "limit" {
      let text = try session.text(of: assignment.value)
      guard Limit(text) == nil else { continue }
      throw .refused(.notALimit(text), at: assignment.value.range)
    }
    let id = try session.change(invocation.command, assignments: assignments) {
      transaction throws(LanguageError) in
      try storing { () throws(StoreError) in
        try transaction.add(.requirement, PolicyRenewal.inSchemaOrder(record, of: .requirement))
      }
    }
    session.lastID = id
    var written = record
    written.set("id", id)
    let requirement = try? Requirement(written)
    invocation.write(
      "\(id) \(record.value("holder") ?? "") requires of \(account): "
        + (requirement.map(asks) ?? "") + "\n")
  }

  static let requirements = CommandSpec(
    "requirements", group: .queries,
    summary: "an account's contract requirements, each met or not by its policies in force",
    grammar: [
      .optional([.word("account", completes: .ids(.account))]), .assignments("assignments"),
      .optional([
        .keyword("as"), .word("format", completes: .words(OutputFormat.allCases.map(\.rawValue))),
      ]),
    ],
    usage: ["requirements [ACCOUNT] [holder=\"…\"] [as FORMAT]"],
    examples: [
      "requirements ACME", "requirements ACME holder=\"Sacramento Regional Transit District\"",
    ],
    details: [
      "Each requirement against the account's policies in force today: met, or each gap (\"requires GL each-occurrence 2,000,000; P-0001 has 1,000,000\"). Of several policies of a line, the one with the fewest gaps is judged. The account may come from use."
    ]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    let view = session.view
    guard let word = try invocation.text("account") ?? session.focus else {
      throw .refused(
        .needsAccount(verb: "requirements", example: "requirements ACME", orFocus: false),
        at: invocation.command.range)
    }
    let account = try Lookup.account(
      word, in: view, at: invocation.value("account")?.range ?? invocation.command.range)
    let holder = try invocation.onlyField("holder", verb: "requirements")
    let today = session.context.today
    let policies = view.records(.policy).filter {
      $0.value("account") == account && (try? PolicyTerm($0))?.isInForce(on: today) == true
    }.map { $0 as any FieldReader }
    var rows: [[Value]] = []
    for record in view.records(.requirement) where record.value("account") == account {
      guard let requirement = try? Requirement(record.record) else { continue }
      if let holder,
        Requirement.of(account: account, holder: holder, in: view)
          .allSatisfy({ $0.value("id") != requirement.id })
      {
        continue
      }
      let gaps = requirement.gaps(among: policies, on: today, in: view)
      let head: [Value] = [
        .text(requirement.id), .text(requirement.holder), .text(requirement.line.rawValue),
        .text(asks(requirement)),
      ]
      if gaps.isEmpty {
        let by = policies.first {
          $0.value("line") == requirement.line.rawValue
            && requirement.gaps(among: [$0], on: today, in: view).isEmpty
        }
        rows.append(head + [.text("met"), .text(by?.value("id").map { "by \($0)" } ?? "")])
      }
      for gap in gaps { rows.append(head + [.text("GAP"), .text(gap.text)]) }
    }
    let table = ResultTable(
      columns: [
        ResultTable.Column("id"), ResultTable.Column("holder"), ResultTable.Column("line"),
        ResultTable.Column("requires"), ResultTable.Column("met"), ResultTable.Column("gap"),
      ], rows: rows)
    var options = session.options
    if let format = try invocation.text("format") {
      guard let chosen = OutputFormat(rawValue: format.lowercased()) else {
        throw .refused(
          .noOutputFormat(format, example: "requirements \(account) as csv"),
          at: invocation.value("format")?.range ?? invocation.command.range)
      }
      options.format = chosen
    }
    invocation.write(Renderer.render(table, options))
  }

  /// What a requirement asks: `each-occurrence 2,000,000, general-aggregate 4,000,000, ADDL
  /// INSD, primary and non-contributory`.
  static func asks(_ requirement: Requirement) -> String {
    var parts = requirement.limits.map { text in
      Limit(text).map { "\($0.name) \($0.amountText)" } ?? text
    }
    let marks: [(Certificate.Mark, Bool?)] = [
      (.additionalInsured, requirement.additionalInsured),
      (.waiverOfSubrogation, requirement.waiverOfSubrogation),
      (.primaryNonContributory, requirement.primaryNonContributory),
    ]
    parts += marks.filter { $0.1 == true }.map(\.0.label)
    return parts.isEmpty ? "the line" : parts.joined(separator: ", ")
  }
}

extension Invocation {
  /// The one `FIELD="…"` a query takes (`requirements ACME holder="…"`); any other field is a
  /// usage error.
  func onlyField(_ field: String, verb: String) throws(LanguageError) -> String? {
    var value: String?
    for assignment in assignments() {
      guard assignment.field.path == [field] else {
        throw .refused(
          .takesOnlyField(verb: verb, field: field, example: "\(verb) ACME \(field)=\"…\""),
          at: assignment.field.range)
      }
      value = try session.text(of: assignment.value)
    }
    return value
  }
}
