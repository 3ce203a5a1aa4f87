import BookModel
import BookStore

/// `allocate POLICY LOCATION=EXPOSURE …` (a policy's allocations, replaced in one change) and
/// `breakdown ACCOUNT [POLICY]` (each location's share of the premium).
enum AllocationCommands {
  static let all = [allocate, breakdown]

  static let allocate = CommandSpec(
    "allocate", group: .changes,
    summary: "split a policy's premium among the account's locations by exposure",
    grammar: [.word("policy", completes: .ids(.policy)), .assignments("assignments")],
    usage: ["allocate POLICY LOCATION=EXPOSURE …"],
    examples: ["allocate P-0002 L-0001=620000 L-0029=240000 L-0030=90000"],
    details: [
      "Replaces the policy's allocations with one per location named, in one change (undo puts the old ones back). Each location must be one of the policy's account's; exposures are numbers (payroll, sales, area…) in any one unit, 2,400,000 or 2400000.",
      "Each location's share = its exposure ÷ the total × premium, half-up to the cent, the remainder cents placed largest fraction first, then by id, so the shares add up to the premium exactly: breakdown ACCOUNT.",
    ]
  ) { invocation throws(LanguageError) in
    guard let policyNode = invocation.value("policy") else { return }
    let session = invocation.session
    let policyID = try session.text(of: policyNode)
    let policyRecord = try ChangeCommands.existing(
      .policy, policyID, in: session.view, at: policyNode.range)
    let account = policyRecord.value("account") ?? ""
    let example = "allocate \(policyID) L-0001=620000 L-0029=240000"
    let assignments = invocation.assignments()
    guard !assignments.isEmpty else {
      throw .refused(
        .needs(verb: "allocate", .exposures, example: example),
        at: invocation.command.range)
    }
    let locations = session.view.records(.location).filter { $0.value("account") == account }
      .compactMap { $0.value("id") }
    var pairs: [(location: String, exposure: ExactDecimal)] = []
    for assignment in assignments {
      let typed = assignment.field.path.joined(separator: ".")
      guard let location = locations.first(where: { $0.lowercased() == typed.lowercased() })
      else {
        throw .refused(
          .notALocation(
            typed, account: account,
            suggestion: Suggestion.closest(to: typed.uppercased(), in: locations),
            locations: locations), at: assignment.field.range)
      }
      guard !pairs.contains(where: { $0.location == location }) else {
        throw .refused(.namedTwice(location, example: example), at: assignment.field.range)
      }
      let text = try session.text(of: assignment.value)
      guard let exposure = ExactDecimal(text.filter { $0 != "," }), !exposure.isNegative else {
        throw .refused(
          .notAnExposure(location: location, text: text, example: example),
          at: assignment.value.range)
      }
      pairs.append((location, exposure))
    }
    guard pairs.contains(where: { $0.exposure > .zero }) else {
      throw .refused(.exposuresZero(example: example), at: invocation.command.range)
    }
    let (removed, added) = try session.change(invocation.command) {
      transaction throws(LanguageError) in
      let old = transaction.records(.allocation).filter { $0.value("policy") == policyID }
        .compactMap { $0.value("id") }
      for id in old {
        try storing { () throws(StoreError) in try transaction.delete(.allocation, id) }
      }
      var added: [String] = []
      for pair in pairs {
        var record = Record()
        record.set("policy", policyID)
        record.set("location", pair.location)
        record.set("exposure", pair.exposure.description)
        added.append(
          try storing { () throws(StoreError) in try transaction.add(.allocation, record) })
      }
      return (old, added)
    }
    session.lastID = added.last
    let premium = policyRecord.nonEmpty("premium").flatMap { Money($0) } ?? .zero
    let allocations = zip(added, pairs).map {
      Allocation(id: $0.0, policy: policyID, location: $0.1.location, exposure: $0.1.exposure)
    }
    var text = "allocated \(policyID) (\(premium.description)) over "
    text += HistoryCommands.count(added.count, "location") + ": "
    text += PremiumAllocation.shares(of: premium, among: allocations).map {
      "\($0.allocation.location) \($0.share.description)"
    }.joined(separator: " · ")
    if !removed.isEmpty { text += "\nreplaced " + removed.joined(separator: ", ") }
    invocation.write(text + "\n")
  }

  static let breakdown = CommandSpec(
    "breakdown", group: .queries,
    summary: "an account's premium by location: each location's share of each policy",
    grammar: [
      .optional([.word("account", completes: .ids(.account))]),
      .optional([.word("policy", completes: .ids(.policy))]),
    ] + ReportOutput.slots,
    usage: ["breakdown [ACCOUNT] [POLICY] [as table|md|html|csv|json] [into FILE]"],
    examples: ["breakdown ACME", "breakdown ACME P-0002", "breakdown ACME into acme-premium.xlsx"],
    details: [
      "One row per location of the account, one column per policy with allocations (allocate), each cell the location's share: its exposure ÷ the policy's total × premium, half-up to the cent, the remainder cents placed largest fraction first, then by id, so each column adds up to the policy's premium exactly; the location's total across policies; a total row.",
      "into FILE.xlsx writes the spreadsheet a client asks for, the total row as formulas.",
    ]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    let view = session.view
    let range = invocation.value("account")?.range ?? invocation.command.range
    var accountText = try invocation.text("account")
    var policy = try invocation.text("policy")
    if let text = accountText, policy == nil, view.record(.policy, text) != nil {
      (accountText, policy) = (nil, text)
    }
    if let policy, let record = view.record(.policy, policy), accountText == nil {
      accountText = record.value("account")
    }
    guard let accountText = accountText ?? session.focus else {
      throw .refused(
        .needsAccount(verb: "breakdown", example: "breakdown ACME", orFocus: true),
        at: range)
    }
    let account = try Lookup.account(accountText, in: view, at: range)
    if let policy, let node = invocation.value("policy") ?? invocation.value("account") {
      let record = try ChangeCommands.existing(.policy, policy, in: view, at: node.range)
      guard record.value("account") == account else {
        throw .refused(
          .policyOfOtherAccount(policy, owner: record.value("account"), account: account),
          at: node.range)
      }
    }
    let options = try ReportOutput.options(
      invocation, document: "a breakdown", example: "breakdown \(account) as md")
    let report = PremiumBreakdown.report(
      of: account, policy: policy, in: view, today: session.context.today)
    try ReportOutput.emit(report, invocation, options: options, what: "the breakdown")
  }
}
