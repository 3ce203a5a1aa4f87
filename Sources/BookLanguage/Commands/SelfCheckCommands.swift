import BookModel
import BookStore

/// `assert`, `expect count`, `expect error`: a script checks the book and fails (exit 1)
/// when the book is not as it says.
enum SelfCheckCommands {
  static let all = [assert, expectCount, expectError]

  /// The query a check's kind and condition make.
  static func query(_ invocation: Invocation) -> Query? {
    guard let (kind, range) = invocation.kind("kind") else { return nil }
    var query = Query(kind: kind, kindRange: range)
    query.condition = invocation.condition()
    return query
  }

  static let assert = CommandSpec(
    "assert", group: .session, summary: "fail unless some record meets the condition",
    grammar: [.kind("kind"), .keyword("where"), .condition("condition"), .text("message")],
    usage: ["assert KIND where COND \"MESSAGE\""],
    examples: [
      "assert policies where id = P-0001 and premium = 12500 \"P-0001 is still at 12,500\"",
      "assert audits where status = received \"an audit waits for review\"",
    ],
    details: ["When no record meets it, the script stops with exit 1, the message and where."]
  ) { invocation throws(LanguageError) in
    guard let query = query(invocation), let message = try invocation.text("message") else {
      return
    }
    let found = try QueryRunner(session: invocation.session, query: query).records()
    guard found.isEmpty else { return }
    throw .refused(
      .assertion(message, kind: query.kind, query: Printer.print(query)),
      at: invocation.command.range)
  }

  static let expectCount = CommandSpec(
    "expect count", group: .session, summary: "fail unless the query finds exactly N records",
    grammar: [
      .kind("kind"), .optional([.keyword("where"), .condition("condition")]), .symbol("="),
      .value("count"),
    ],
    usage: ["expect count KIND [where COND] = N"],
    examples: ["expect count audits where status = received = 1"],
    details: ["When the count differs, the script stops with exit 1 and both counts."]
  ) { invocation throws(LanguageError) in
    guard let query = query(invocation), let node = invocation.value("count") else { return }
    let text = try invocation.session.text(of: node)
    guard let wanted = Int(text), wanted >= 0 else {
      throw .refused(.notACount(text), at: node.range)
    }
    let found = try QueryRunner(session: invocation.session, query: query).records().count
    guard found != wanted else { return }
    throw .refused(
      .countDiffers(expected: wanted, found: found, kind: query.kind, query: Printer.print(query)),
      at: invocation.command.range)
  }

  static let expectError = CommandSpec(
    "expect error", group: .session, summary: "fail unless the command is refused",
    grammar: [.command("command")],
    usage: ["expect error COMMAND"],
    examples: ["expect error delete account ACME", "expect error set policy P-0001 premium=-5"],
    details: [
      "The refusal is printed as 'refused as expected: …' and changes nothing; a command that runs instead fails the script (exit 1). It never writes: typed in the shell, what it would change is dropped."
    ]
  ) { invocation throws(LanguageError) in
    guard let nested = invocation.nested() else { return }
    let session = invocation.session
    let outside = session.pending == nil
    if outside { session.pending = Transaction(base: session.snapshot) }
    defer { if outside { session.pending = nil } }
    do throws(LanguageError) {
      try session.execute(nested)
    } catch {
      invocation.write("refused as expected: " + (error.diagnostics.first?.message ?? "") + "\n")
      return
    }
    throw .refused(.notRefused(nested.source), at: nested.range)
  }
}
