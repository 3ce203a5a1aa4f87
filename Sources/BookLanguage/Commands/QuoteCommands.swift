import BookModel
import BookStore

/// `quote ACCOUNT …`, `quote receive`, `quote decline`, `quote select`: marketing a line to
/// carriers. Selecting one quote declines the others of that account, line and term.
enum QuoteCommands {
  static let all = [request, receive, decline, select]

  static let request = CommandSpec(
    "quote", group: .changes,
    summary: "ask a carrier for a quote (received when a premium is given)",
    grammar: [.word("account", completes: .ids(.account)), .assignments("assignments")],
    usage: ["quote ACCOUNT line=… carrier=… [premium=… taxes=… fees=… limit=… form=… effective=…]"],
    examples: [
      "quote ACME line=GL carrier=HART effective=2027-01-15",
      "quote ACME line=WC carrier=ICW premium=35,900 effective=2027-01-15",
    ],
    details: [
      "The quote is requested, or received when a premium is given. A query on the kind still reads as one: quote where status = received."
    ]
  ) { invocation throws(LanguageError) in
    guard let accountNode = invocation.value("account") else { return }
    let session = invocation.session
    let word = try session.text(of: accountNode)
    let verbs = ["receive", "decline", "select"]
    if session.view.record(.account, word) == nil,
      let close = Suggestion.closest(to: word.lowercased(), in: verbs)
    {
      throw .refused(
        .unknownQuoteCommand(word, suggestion: close, verbs: verbs), at: accountNode.range)
    }
    let account = try Lookup.account(word, in: session.view, at: accountNode.range)
    let assignments = invocation.assignments()
    var (record, _) = try RecordEditor(session: session, kind: .quote).make(assignments)
    record.set("account", account)
    if record.nonEmpty("status") == nil {
      let received = record.nonEmpty("premium") != nil
      record.set("status", (received ? QuoteStatus.received : .requested).rawValue)
    }
    for field in ["line", "carrier"] where record.nonEmpty(field) == nil {
      throw .refused(
        .needsField(
          verb: "quote", field: field,
          example: "quote \(account) line=GL carrier=HART effective=2027-01-15"),
        at: invocation.command.range)
    }
    let id = try session.change(invocation.command, assignments: assignments) {
      transaction throws(LanguageError) in
      try storing { () throws(StoreError) in
        try transaction.add(.quote, PolicyRenewal.inSchemaOrder(record, of: .quote))
      }
    }
    session.lastID = id
    invocation.write("\(id) \(describe(record))\n")
  }

  static let receive = CommandSpec(
    "quote receive", group: .changes, summary: "record a carrier's quoted premium",
    grammar: [.word("id", completes: .ids(.quote)), .assignments("assignments")],
    usage: ["quote receive Q-… premium=… [taxes=… fees=… limit=… form=… effective=…]"],
    examples: ["quote receive Q-0011 premium=9,780"],
    details: ["Refused on a declined or selected quote, and without a premium."]
  ) { invocation throws(LanguageError) in
    try move(invocation, to: .received, from: [.requested, .received]) {
      record throws(LanguageError) in
      guard record.nonEmpty("premium") != nil else {
        throw .refused(
          .needsField(
            verb: "quote receive", field: "premium",
            example: "quote receive \(record.value("id") ?? "Q-…") premium=9,780"),
          at: invocation.command.range)
      }
    }
  }

  static let decline = CommandSpec(
    "quote decline", group: .changes, summary: "mark a quote declined (the reason into its notes)",
    grammar: [.word("id", completes: .ids(.quote)), .assignments("assignments")],
    usage: ["quote decline Q-… [reason=\"…\"]"],
    examples: ["quote decline Q-0002 reason=\"higher than expiring\""]
  ) { invocation throws(LanguageError) in
    try move(invocation, to: .declined, from: [.requested, .received, .selected]) { _ in }
  }

  static let select = CommandSpec(
    "quote select", group: .changes,
    summary: "select a quote; the others of its line and term are declined",
    grammar: [.word("id", completes: .ids(.quote))],
    usage: ["quote select Q-…"],
    examples: ["quote select Q-0003"],
    details: ["renew P-… from Q-… then takes the renewal from it."]
  ) { invocation throws(LanguageError) in
    try move(invocation, to: .selected, from: [.received, .selected]) { _ in }
  }

  /// Moves a quote to a status, applying the command's assignments (`reason` goes into the
  /// notes); on select, declines the others of its account, line and term.
  private static func move(
    _ invocation: Invocation, to status: QuoteStatus, from allowed: Set<QuoteStatus>,
    check: (Record) throws(LanguageError) -> Void
  ) throws(LanguageError) {
    guard let idNode = invocation.value("id") else { return }
    let session = invocation.session
    let id = try session.text(of: idNode)
    var assignments = invocation.assignments()
    var reason: String?
    if let index = assignments.firstIndex(where: { $0.field.path == ["reason"] }) {
      reason = try session.text(of: assignments[index].value)
      assignments.remove(at: index)
    }
    var declined: [String] = []
    var final = Record()
    try session.change(invocation.command, assignments: assignments) {
      transaction throws(LanguageError) in
      let quote = try ChangeCommands.existing(.quote, id, in: transaction, at: idNode.range)
      let current = quote.value("status").flatMap(QuoteStatus.init(rawValue:))
      guard let current, allowed.contains(current) else {
        throw .refused(
          .quoteStatus(
            id, status: quote.value("status"), to: status.rawValue, from: allowed.map(\.rawValue)),
          at: idNode.range)
      }
      var record = try RecordEditor(session: session, kind: .quote).apply(
        assignments, to: quote.record)
      record.set("status", status.rawValue)
      if let reason, !reason.isEmpty {
        let note = "Declined: \(reason)."
        record.set("notes", (record.nonEmpty("notes").map { $0 + " " } ?? "") + note)
      }
      try check(record)
      try storing { () throws(StoreError) in try transaction.update(.quote, id, record) }
      final = record
      guard status == .selected else { return }
      for other in transaction.records(.quote)
      where other.value("id") != id && other.value("account") == record.value("account")
        && other.value("line") == record.value("line")
        && other.value("effective") == record.value("effective")
        && other.value("status") != QuoteStatus.declined.rawValue
      {
        guard let otherID = other.nonEmpty("id") else { continue }
        var changed = other.record
        changed.set("status", QuoteStatus.declined.rawValue)
        try storing { () throws(StoreError) in try transaction.update(.quote, otherID, changed) }
        declined.append(otherID)
      }
    }
    invocation.write("\(id) \(describe(final))\n")
    if !declined.isEmpty {
      invocation.write("declined: " + declined.joined(separator: ", ") + "\n")
    }
  }

  /// `received from HART for ACME GL: 9,780.00`.
  static func describe(_ record: some FieldReader) -> String {
    let status = record.value("status") ?? ""
    var text =
      "\(status) from \(record.value("carrier") ?? "") for \(record.value("account") ?? "") "
      + (record.value("line") ?? "")
    if let premium = record.nonEmpty("premium").flatMap({ Money($0) }) {
      text += ": \(premium.description)"
    }
    return text
  }
}
