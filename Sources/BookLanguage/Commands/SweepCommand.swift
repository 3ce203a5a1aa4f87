import BookModel
import BookStore

/// `sweep [PERSON] [as FORMAT]`: the E&O sweep (BookModel's `Sweep.rules`), each finding one
/// line with its id, what is wrong and the next step, grouped by rule. Exit 1 when anything is
/// found, for cron.
enum SweepCommand {
  static let formats = OutputFormat.allCases.map(\.rawValue)

  static let spec = CommandSpec(
    "sweep", group: .queries,
    summary: "the E&O sweep of the book: what is wrong and the next step; exit 1 when it finds any",
    grammar: [
      .optional([.word("person", completes: .people)]),
      .optional([.keyword("as"), .word("format", completes: .words(formats))]),
    ],
    usage: ["sweep [PERSON] [as FORMAT]"],
    examples: ["sweep", "sweep mlopez", "sweep as json"],
    details: [
      "The rules: "
        + Sweep.rules.map { $0.title.lowercased() }.joined(separator: "; ") + ".",
      "With a person, only the findings on accounts where they are producer, manager or advocate, and the delegations handed to them. Under use ACCOUNT, that account's findings.",
      "Exits 1 when it finds anything and 0 when the book is clean, so cron can mail the findings.",
    ]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    var person = try invocation.text("person")
    if person == "me" { person = session.context.user }
    if let person, let node = invocation.value("person"),
      session.view.record(.person, person) == nil
    {
      _ = try ChangeCommands.existing(.person, person, in: session.view, at: node.range)
    }
    let format = try formatOption(invocation)
    let resolver = session.resolver()
    let context = SweepContext(
      lookup: session.view, today: session.context.today, auditDueDays: resolver.auditDueDays)
    var groups = Sweep.run(context, person: person)
    if let focus = session.focus {
      groups = groups.map { ($0.rule, $0.findings.filter { $0.account == focus }) }
    }
    let count = groups.reduce(0) { $0 + $1.findings.count }
    if let format, format != .table {
      var options = session.options
      options.format = format
      let rows: [[Value]] = groups.flatMap { rule, findings in
        findings.map { finding in
          [
            .text(rule.name), .text(finding.id), .text(finding.account ?? ""),
            .text(finding.problem), .text(finding.nextStep),
          ]
        }
      }
      let columns = ["rule", "id", "account", "problem", "next"].map { ResultTable.Column($0) }
      invocation.write(Renderer.render(ResultTable(columns: columns, rows: rows), options))
    } else {
      invocation.write(text(groups, count: count, person: person))
    }
    if count > 0 { throw LanguageError([], status: .failed) }
  }

  /// The findings as people read them: a heading, then each rule's findings under its title.
  static func text(
    _ groups: [(rule: SweepRule, findings: [SweepFinding])], count: Int, person: String?
  ) -> String {
    let whose = person.map { " (\($0))" } ?? ""
    guard count > 0 else { return "E&O sweep\(whose) — nothing found\n" }
    var lines = ["E&O sweep\(whose) — \(count) finding" + (count == 1 ? "" : "s")]
    let width = groups.flatMap(\.findings).map { DisplayWidth.of($0.id) }.max() ?? 0
    for (rule, findings) in groups where !findings.isEmpty {
      lines.append("")
      lines.append("\(rule.title) (\(findings.count))")
      for finding in findings {
        let pad = String(repeating: " ", count: max(0, width - DisplayWidth.of(finding.id)))
        lines.append("  \(finding.id)\(pad)  \(finding.problem) → \(finding.nextStep)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The format of `as FORMAT`, nil when not given.
  static func formatOption(_ invocation: Invocation) throws(LanguageError) -> OutputFormat? {
    guard let format = try invocation.text("format") else { return nil }
    guard let chosen = OutputFormat(rawValue: format.lowercased()) else {
      throw .refused(
        .unknownFormat(format, formats: formats), at: invocation.value("format")?.range)
    }
    return chosen
  }
}
