import BookLanguage
import BookModel
import BookStore
import Testing

/// `each QUERY do COMMAND` on the example book (today 2026-11-23, you are jkim): how it parses,
/// one transaction in the shell and after `begin`, the row's variables, and the `delegated`
/// field it reads.
@Suite struct EachCommandTests {
  let registry = Registry.standard

  private func parts(_ text: String) throws -> (list: Command, command: Command) {
    let command = try #require(try Parser.parse(text, registry: registry).commands.first)
    #expect(command.name == "each")
    guard case .command(let list)? = command.arguments["list"],
      case .command(let nested)? = command.arguments["command"]
    else {
      Issue.record("each without its parts: \(text)")
      throw ParseError("no parts", at: SourceLocation(line: 1, column: 1))
    }
    return (list, nested)
  }

  @Test func theListEndsAtDoOutsideParentheses() throws {
    let (list, command) = try parts(
      "each audits where (status = requested or overdue) do delegate \"Call, do it\" to mlopez about $id"
    )
    #expect(list.source == "audits where (status = requested or overdue)")
    #expect(command.name == "delegate")
    #expect(command.source == "delegate \"Call, do it\" to mlopez about $id")
  }

  @Test func theCommandMayBeAnotherEach() throws {
    let (list, command) = try parts(
      "each accounts where id = ACME do each policies where account = $id do show $id")
    #expect(list.source == "accounts where id = ACME")
    #expect(command.name == "each")
    let text = "each xlist 60d where not delegated do note $id \"Called\""
    let script = try Parser.parse(text, registry: registry)
    #expect(script.commands.map { Printer.print($0, registry: registry) } == [text])
  }

  @Test func inTheShellItIsOneTransactionThatUndoTakesBack() throws {
    let book = try LanguageBook()
    let session = try book.session()
    #expect(
      session.run(
        "each audits due 30d where overdue and not delegated do delegate \"Follow up\" to mlopez about $id"
      ) == 0, "\(book.output.err)")
    #expect(book.output.out.hasSuffix("delegate ran for 3 audits\n"))
    let history = try book.directory.history().transactions
    #expect(history.last?.entries.map(\.id) == ["D-0031", "D-0032", "D-0033"])
    #expect(session.run("undo") == 0, "\(book.output.err)")
    #expect(try book.values(.delegation, "D-0031", "id").isEmpty)
  }

  @Test func anErrorOnARowWritesNothingAndNamesTheRow() throws {
    let book = try LanguageBook()
    let before = book.dataFiles()
    #expect(
      try book.run("each audits where id in (AU-0002, AU-0014) sort id do audit request $id") == 1)
    #expect(
      book.output.err == """
        1:69: error: AU-0014 is revised: audit request is allowed from scheduled only
          each audits where id in (AU-0002, AU-0014) sort id do audit request $id
                                                                              ^
          from revised: audit accept (→ accepted)
          each stopped at AU-0014, audit 2 of 2; nothing of it was written.

        """)
    #expect(book.dataFiles() == before)
  }

  @Test func afterBeginARefusedRowTakesTheLoopBackAndKeepsWhatCameBefore() throws {
    let book = try LanguageBook()
    let session = try book.session()
    #expect(session.run("begin; note ACME \"before\"") == 0)
    #expect(
      session.run("each audits where id in (AU-0002, AU-0014) sort id do audit request $id") == 1)
    #expect(session.run("commit") == 0, "\(book.output.err)")
    #expect(book.output.out.hasSuffix("committed 1 change\n"))
    #expect(try book.values(.audit, "AU-0002", "status") == ["scheduled"])
  }

  @Test func theRowsVariablesHideOthersUntilEachEnds() throws {
    let book = try LanguageBook()
    let session = try book.session()
    #expect(
      session.run(
        "let id = ACME; let kept = 1; each policies where id = P-0001 do let seen = $line; note $id \"GL\""
      ) == 0, "\(book.output.err)")
    #expect(session.variables["id"] == .word("ACME"))
    #expect(session.variables["line"] == nil)
    // What the command set stays.
    #expect(session.variables["seen"] == .word("GL"))
  }

  @Test func theCommandShownForARowHasTheValuesOutsideQuotes() throws {
    let book = try LanguageBook()
    let session = try book.session()
    #expect(
      session.run(
        "let who = mlopez; each accounts where id = ACME do delegate \"Call $name\" to $who about $id"
      ) == 0, "\(book.output.err)")
    #expect(
      book.output.out == """
        ACME (1 of 1): delegate "Call $name" to mlopez about ACME
        D-0031 → mlopez, due 2026-11-25, normal
        delegate ran for 1 account

        """)
  }

  /// AU-0004 (D-0005), CE-0007 (D-0003), ACME and ARDEN (D-0001, D-0020); on the X list P-0044
  /// (D-0002 about it), P-0076 (D-0020: ARDEN's GL renewal) and P-0066 (D-0027: SNDAY's CPKG).
  @Test func delegatedIsQueriedOnTheKindsDelegationsAreAbout() throws {
    let book = try LanguageBook()
    #expect(
      try book.run(
        "audits where delegated fields id; certs where delegated fields id; accounts where delegated and id in (ACME, ARDEN) fields id; xlist 60d where delegated fields id"
      ) == 0, "\(book.output.err)")
    #expect(
      book.output.out == """
        id
        -------
        AU-0004
        id
        -------
        CE-0007
        id
        -----
        ACME
        ARDEN
        id
        ------
        P-0044
        P-0076
        P-0066

        """)
  }
}
