import BookLanguage
import BookModel
import BookStore
import Testing

/// Every audit verb from every state, on the example book (which holds an audit in each
/// state): an allowed move succeeds and leaves the audit in the verb's state; every other is
/// refused with the state and the verbs allowed from it, and nothing is written.
@Suite struct AuditVerbTableTests {
  /// The example book's audit in each state.
  static let audits: [AuditStatus: String] = [
    .scheduled: "AU-0002", .requested: "AU-0003", .inProgress: "AU-0005", .received: "AU-0001",
    .reviewed: "AU-0006", .accepted: "AU-0007", .billed: "AU-0008", .refunded: "AU-0013",
    .closed: "AU-0012", .disputed: "AU-0009", .revised: "AU-0014", .waived: "AU-0010",
    .noncompliant: "AU-0011",
  ]

  /// The command for a verb on an audit, with the options it needs (`audited=` by class).
  static func command(_ verb: AuditVerb, _ id: String, in book: LanguageBook) throws -> String {
    switch verb {
    case .complete, .revise:
      let rows = try book.session().view.records(.exposure).filter { $0.value("audit") == id }
      let figures =
        rows.count == 1
        ? "100000" : rows.map { ($0.value("class") ?? "") + ":100000" }.joined(separator: ",")
      return "\(verb.command) \(id) audited=\(figures)"
    case .dispute: return "audit dispute \(id) reason=\"payroll counted twice\""
    default: return "\(verb.command) \(id)"
    }
  }

  @Test(arguments: AuditStatus.allCases, AuditVerb.allCases)
  func verbFromState(state: AuditStatus, verb: AuditVerb) throws {
    let id = try #require(Self.audits[state])
    let book = try LanguageBook()
    let command = try Self.command(verb, id, in: book)
    let before = book.dataFiles()
    let code = try book.run(command)
    let after = try book.session().view.record(.audit, id)?.value("status")
    if verb.from.contains(state) {
      #expect(code == 0, "\(command): \(book.output.err)")
      let expected = verb == .bill ? "billed" : verb.to[0].rawValue  // AU-0007 owes more
      #expect(after == expected)
      #expect(book.output.out.hasPrefix("audit \(id): \(state.rawValue) → \(expected)"))
    } else {
      #expect(code == 1)
      let column =
        (command.range(of: id).map { command.distance(from: command.startIndex, to: $0.lowerBound) }
          ?? 0) + 1
      let message =
        "\(id) is \(state.rawValue): \(verb.command) is allowed from "
        + AuditVerb.list(verb.from.map(\.rawValue)) + " only"
      let caret = String(repeating: " ", count: column - 1) + "^"
      #expect(
        book.output.err
          == "1:\(column): error: \(message)\n  \(command)\n  \(caret)\n  \(AuditVerb.choices(from: state))\n"
      )
      #expect(book.dataFiles() == before)
      #expect(after == state.rawValue)
    }
  }

  /// `set audit … status=…` keeps the same lifecycle, with the same choices.
  @Test(arguments: [
    (
      "AU-0012", "reviewed", "audit AU-0012: a closed audit cannot become reviewed",
      "a closed audit is final: no audit verb applies"
    ),
    (
      "AU-0001", "waived", "audit AU-0001: a received audit cannot become waived",
      "from received: audit complete (→ reviewed)"
    ),
    (
      "AU-0009", "accepted", "audit AU-0009: a disputed audit cannot become accepted",
      "from disputed: audit revise (→ revised)"
    ),
    (
      "AU-0002", "in-progress", "audit AU-0002: a scheduled audit cannot become in-progress",
      "from scheduled: audit request (→ requested), audit complete (→ reviewed), audit waive (→ waived)"
    ),
  ])
  func setFollowsTheLifecycle(id: String, status: String, message: String, hint: String) throws {
    let book = try LanguageBook()
    let before = book.dataFiles()
    let session = try book.session()
    let script = try Parser.parse("set audit \(id) status=\(status)", registry: session.registry)
    var diagnostic: Diagnostic?
    do {
      for command in script.commands { try session.execute(command) }
    } catch {
      diagnostic = error.diagnostics.first
    }
    #expect(diagnostic?.message == message)
    #expect(diagnostic?.notes == [hint])
    #expect(book.dataFiles() == before)
  }

  @Test func anAllowedSetAndItsUndo() throws {
    let book = try LanguageBook()
    let before = book.dataFiles()
    #expect(try book.run("set audit AU-0006 status=accepted") == 0)
    #expect(try book.run("undo") == 0, "\(book.output.err)")
    #expect(book.dataFiles() == before)
    #expect(try book.run("audit complete AU-0001 audited=910000; undo") == 0)
    #expect(book.dataFiles() == before)
  }

  /// Moves compose in one transaction: a script, or begin … commit, may take an audit through
  /// several allowed steps; each command is judged from the step before it.
  @Test func movesComposeInOneTransaction() throws {
    let book = try LanguageBook()
    #expect(
      try book.run("audit accept AU-0006\naudit bill AU-0006\naudit close AU-0006\n", unit: .script)
        == 0, "\(book.output.err)")
    #expect(try book.session().view.record(.audit, "AU-0006")?.value("status") == "closed")
    let code = try book.run(
      "begin; " + AuditGoldenTests.glExample
        + "; audit complete $last audited=1800000; audit accept $last; audit bill $last; commit")
    #expect(code == 0, "\(book.output.err)")
    #expect(try book.session().view.record(.audit, "AU-0015")?.value("status") == "refunded")
    #expect(
      try book.run(
        "begin; audit dispute AU-0007 reason=\"x\"; audit revise AU-0007 audited=5183:1,8810:1; audit accept AU-0007; commit"
      ) == 0, "\(book.output.err)")
  }

  /// A second word no audit command has: the audit commands, with did-you-mean.
  @Test func anUnknownAuditCommand() throws {
    let book = try LanguageBook()
    #expect(try book.run("audit opne P-0004") == 2)
    let lines = book.output.err.split(separator: "\n").map(String.init)
    #expect(lines.first == "1:7: error: unknown audit command 'opne'")
    #expect(lines.contains("  Did you mean 'audit open'?"))
    #expect(
      lines.last
        == "  The audit commands: audit open, audit exposure, audit request, audit start, audit receive, audit complete, audit accept, audit bill, audit close, audit dispute, audit revise, audit waive, audit noncompliant, audit show"
    )
  }

  /// In a script (one transaction), a forbidden move fails the script and writes nothing.
  @Test func aScriptStopsAtAForbiddenMove() throws {
    let book = try LanguageBook()
    let before = book.dataFiles()
    let code = try book.run("audit accept AU-0006\naudit close AU-0006\n", unit: .script)
    #expect(code == 1)
    #expect(
      book.output.err.hasPrefix(
        "2:13: error: AU-0006 is accepted: audit close is allowed from billed or refunded only"))
    #expect(book.dataFiles() == before)
  }
}
