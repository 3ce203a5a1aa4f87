import BookModel
import Testing

@testable import BookLanguage

/// Each kind of refusal renders its message, its notes and its exit status as people see them.
@Suite struct LanguageRefusalTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var refusal: LanguageRefusal
    var message: String
    var notes: [String]
    var status: BookModel.ExitStatus

    init(
      _ refusal: LanguageRefusal, _ message: String, _ notes: [String] = [],
      _ status: BookModel.ExitStatus = .failed
    ) {
      self.refusal = refusal
      self.message = message
      self.notes = notes
      self.status = status
    }

    var testDescription: String { message }
  }

  static let day = Day(iso: "2026-11-23")!
  static let origin = SourceLocation(line: 1, column: 1)

  static let rows: [Row] = [
    // Commands written wrongly
    Row(
      .needsField(verb: "require", field: "holder", example: "require ACME holder=\"…\""),
      "require needs holder=", ["For example: require ACME holder=\"…\""], .usage),
    Row(
      .needsAccount(verb: "premium", example: "premium ACME", orFocus: true),
      "premium needs an account", ["For example: premium ACME (or use ACME first)"], .usage),
    Row(
      .needsAccount(verb: "requirements", example: "requirements ACME", orFocus: false),
      "requirements needs an account", ["For example: requirements ACME"], .usage),
    Row(
      .needs(verb: "audit open", .period, example: "audit open P-0001 period=…"),
      "audit open needs the audit's period: period=START..END",
      ["For example: audit open P-0001 period=…"], .usage),
    Row(
      .certificateNeedsHolder(account: "ACME"), "cert issue needs a holder",
      ["For example: cert issue ACME holder=\"City of Sacramento\" policies=…"], .usage),
    Row(
      .needsReason("cancelling a delegation", example: "cancel D-0001 reason=\"…\""),
      "cancelling a delegation needs a reason", ["For example: cancel D-0001 reason=\"…\""],
      .usage),
    Row(
      .takesNoField(verb: "endorse", field: "colour", takes: ["effective", "description"]),
      "endorse takes no field 'colour'", ["It takes: effective= description="], .usage),
    Row(
      .takesNoField(verb: "cert issue", field: "x", takes: ["holder"], bare: ["ai", "wos"]),
      "cert issue takes no field 'x'", ["It takes: holder= and bare ai, wos"], .usage),
    Row(
      .noOption(verb: "audit close", option: "mod", takes: [], seeHelp: true),
      "audit close has no option 'mod'",
      ["audit close takes no FIELD=VALUE", "See: help audit close"], .usage),
    Row(
      .noOption(verb: "audit exposure", option: "x", takes: ["class", "exposure"], seeHelp: false),
      "audit exposure has no option 'x'", ["audit exposure takes class=, exposure="], .usage),
    Row(
      .idAndCondition(.reassign), "reassign takes an id or a where condition, not both",
      ["reassign D-… to PERSON", "reassign where COND to PERSON"], .usage),
    Row(
      .needsIDOrCondition(.set(.policy)),
      "set needs an id, or a where condition to change several policies",
      ["set policy ID FIELD=VALUE…", "set policies FIELD=VALUE… where COND"], .usage),
    Row(
      .needsIDOrCondition(.reissue),
      "cert reissue needs a certificate, or a where condition to reissue several",
      ["cert reissue CE-0001 renewal", "cert reissue where status = needs-reissue renewal"],
      .usage),
    Row(
      .notAName("macro"), "a macro name is letters, digits and _, starting with a letter", [],
      .usage),
    Row(.unknownCommand("frob"), "unknown command 'frob'", [], .usage),
    Row(
      .documentFormat(
        document: "a loss run", allowed: [.table, .md, .html], word: "pdf",
        example: "For example: lossrun ACME as md"),
      "a loss run prints as table (text), md or html, not 'pdf'",
      ["For example: lossrun ACME as md"], .usage),
    Row(
      .noStage("quoted", suggestion: "quoting", stages: ["marketing", "quoting"]),
      "no renewal stage 'quoted'",
      ["Did you mean quoting?", "The stages, in order: marketing, quoting"], .usage),
    Row(
      .byWithoutAggregate(plural: "policies", by: "line"),
      "'by' groups an aggregate: add count, sum, avg, min or max",
      ["For example: policies count by line"], .usage),
    Row(
      .doneOptions("D-0001"), "done takes outcome=successful|unsuccessful and note=\"…\"",
      ["For example: done D-0001 outcome=successful note=\"received from TRAV\""], .usage),

    // Values
    Row(
      .notOfType("abc", field: "premium", type: .money),
      "'abc' is not an amount of money for premium",
      ["Write money like 12500, 12,500.00 or $12,500."]),
    Row(.notOfType("maybe", field: "ai", type: .bool), "ai is yes or no, not 'maybe'"),
    Row(.notOfType("1.5", field: "count", type: .int), "'1.5' is not a whole number for count"),
    Row(
      .notAllowed("actve", field: "status", allowed: ["active", "bound"], suggestion: "active"),
      "'actve' is not a value of status",
      ["Did you mean 'active'?", "status is one of: active, bound"]),
    Row(
      .unreadable("2x", as: .period, reason: "no unit"), "'2x' is not a length of time: no unit"),
    Row(
      .noRecord(.carrier, "TRV", closest: ["TRAV", "TRVL"]), "no carrier TRV",
      ["Did you mean TRAV or TRVL?", "List them: carriers"]),
    Row(.noRecord(nil, "ACEM", closest: []), "no record has the id ACEM"),
    Row(
      .noAccount("ACMX", suggestion: "ACME"), "no account ACMX",
      ["Did you mean ACME?", "List them: accounts"]),
    Row(
      .notRepeating(operation: "+=", field: "carrier", value: "HART", kind: .policy),
      "+= adds a value to a field that repeats; carrier holds one value",
      ["Replace its value: carrier=HART", "Fields of policies that repeat: limit, form"]),
    Row(
      .doesNotHold(field: "form", value: "CG 20 11", holding: ["CG 20 10"]),
      "form holds no 'CG 20 11'", ["Did you mean 'CG 20 10'?", "form holds: 'CG 20 10'"]),
    Row(
      .noVariable("dayz", suggestion: "days"), "no variable $dayz",
      ["Did you mean $days?", "Set it first: let dayz = VALUE"]),

    // Fields and queries
    Row(
      .noField(.policy, "premum", suggestion: "premium"), "policies have no field 'premum'",
      ["Did you mean 'premium'?", "Fields of policies: help policies"]),
    Row(
      .noField(.person, "nmae", suggestion: nil), "team has no field 'nmae'",
      ["Fields of team: help team"]),
    Row(
      .withinNeedsDay(field: "premium", type: .money),
      "within needs a date field; premium is money"),
    Row(
      .asOfFuture(day, today: day),
      "as of 2026-11-23 is after today (2026-11-23): the book's past only"),

    // Records and their states
    Row(
      .missingField(.delegation, "D-0009", field: "task", writing: "add delegation … task=…"),
      "delegation D-0009: missing mandatory field 'task'", ["add delegation … task=…"]),
    Row(
      .rule(message: "the due day is past", hint: "give a later day"), "the due day is past",
      ["give a later day"]),
    Row(
      .closed(.subjectivity, "S-0003", reason: "it is received"),
      "subjectivity S-0003: it is received",
      ["Open it again first: set subjectivity S-0003 status=open received="]),
    Row(
      .closed(.delegation, "D-0001", reason: "it is done"), "delegation D-0001: it is done",
      ["Reopen it first: reopen D-0001"]),
    Row(
      .unreadableRecord(.delegation, "D-0001", reason: "no task"),
      "delegation D-0001 does not read: no task"),
    Row(
      .unreadableRecord(.audit, "AU-0001", reason: "no policy"),
      "audit AU-0001 cannot be read: no policy"),
    Row(
      .policyStatus(verb: "renew", policy: "P-0002", status: .pendingCancel, cancelled: day),
      "P-0002 is pending-cancel: it is to be cancelled on 2026-11-23; "
        + "a policy pending cancellation is not renewed",
      ["Reinstate it first: reinstate P-0002"]),
    Row(
      .renewalQuote("Q-0003", policy: "P-0001", problem: .notSelected("received")),
      "Q-0003 is received: a renewal is taken from the selected quote",
      ["Select it first: quote select Q-0003"]),
    Row(
      .policyNeedsReason(verb: "cancel", policy: "P-0002"), "cancel needs a reason",
      ["For example: cancel P-0002 on today reason=\"…\""], .usage),
    Row(
      .doesNotTake(verb: "nonrenew", field: "premium", takes: ["reason"]),
      "nonrenew does not take premium=", ["It takes: reason=…"], .usage),
    Row(
      .cannotReissue("CE-0001", because: .noRenewalTerm("P-0001")),
      "CE-0001 cannot be reissued: P-0001 has no renewal term (no policy names it as prior)",
      ["See: show P-0001"]),
    Row(
      .quoteStatus("Q-0001", status: nil, to: "selected", from: ["received", "requested"]),
      "Q-0001 is without a status: a quote is made selected from received or requested",
      ["See: show Q-0001"]),
    Row(.nothingToUndo, "nothing of yours to undo", ["log shows what was changed, and by whom."]),

    // Session, files and scripts
    Row(.cancelled, "cancelled (Ctrl-C); nothing was changed"),
    Row(
      .changesPending("undo", inBegin: true),
      "undo works on committed transactions, and changes are pending",
      ["Commit or roll back first."]),
    Row(
      .intoTheBook("x.csv", outside: "/", name: "x.csv"),
      "into: x.csv is inside the book's data directory; nothing was written",
      [
        "The book's files change only through its commands. Write results elsewhere:",
        "into \"/x.csv\"",
      ]),
    Row(
      .noScript("nightly.book"), "no script nightly.book",
      ["Name a .book file by its path, from where you are or from the root (/…)."], .usage),
    Row(
      .missingParameters(script: "renew.book", names: ["policy", "day"]),
      "renew.book needs policy=VALUE day=VALUE",
      ["Give them after the file name: run renew.book policy=… day=…"], .usage),
    Row(
      .noParameter(script: "renew.book", name: "polcy", suggestion: "policy", declared: ["policy"]),
      "renew.book has no parameter polcy", ["Did you mean policy=…?", "Its parameters: policy"],
      .usage),
    Row(
      .outputDiffers(line: 2, expected: "3 rows", got: nil),
      "the output differs from this expectation (line 2 of the output)",
      ["expected: 3 rows", "got:      (no more output)"]),
    Row(
      .countDiffers(expected: 1, found: 2, kind: .policy, query: "policies where line = GL"),
      "expected 1 policy, found 2", ["query: policies where line = GL"]),
    Row(
      .noHelp("polices", suggestion: "policies"), "no help on 'polices'",
      ["Did you mean: help policies?", "help lists the commands; help kinds lists the kinds."]),
    Row(
      .rowsWithoutID(.walk, "policies fields line"),
      "walk needs each row's id; policies fields line leaves it out",
      ["Keep id among the fields (fields id, …), and leave out by."], .usage),

    // Importing CSV
    Row(.csvQuoteNotClosed, "a quoted field is not closed"),
    Row(
      .unknownColumn("Premum", kind: .carrier, field: "premum", suggestion: "name"),
      "unknown column 'Premum': carriers have no field premum",
      [
        "Did you mean name?",
        "The fields of carriers: "
          + KindID.carrier.spec.fields.map(\.name).joined(separator: ", "),
      ]),
    Row(
      .cell(
        field: "effective", because: .unreadable("13/45/2026", as: .day, reason: "no month 13")),
      "effective: '13/45/2026' is not a day: no month 13"),
    Row(
      .unknownColumn("Nmae", kind: .person, field: "nmae", suggestion: "name"),
      "unknown column 'Nmae': team has no field nmae",
      [
        "Did you mean name?",
        "The fields of team: " + KindID.person.spec.fields.map(\.name).joined(separator: ", "),
      ]),
    Row(.tooManyCells(5, columns: 4), "5 cells where the header has 4 columns"),

    // Syntax
    Row(
      .expected("a kind", found: Token(.separator, "", origin..<origin)),
      "expected a kind, found the end of the command", [], .usage),
    Row(
      .expectedCommand(found: Token(.money, "12", origin..<origin)),
      "expected a command or a kind, found '$12'", ["See: help"], .usage),
    Row(.givenTwice("where"), "'where' is given twice in this query", [], .usage),
    Row(
      .unknownVerb("audit", verb: "clsoe", suggestion: "close", verbs: ["open", "close"]),
      "unknown audit command 'clsoe'",
      ["Did you mean 'audit close'?", "The audit commands: audit open, audit close"], .usage),
    Row(
      .unknownCommandOrKind("polcies", suggestion: "policies"),
      "unknown command or kind 'polcies'",
      ["Did you mean 'policies'?", "Commands and kinds: help"],
      .usage),
    Row(
      .unknownKind("widget", suggestion: nil), "unknown kind 'widget'", ["Kinds: help kinds"],
      .usage),

    // Macros
    Row(
      .macroArguments("chase", needed: 2, given: 1, body: "show $1 $2"),
      "macro chase takes 2 words after its name ($1…$2); 1 given", ["It runs: show $1 $2"],
      .usage),
    Row(
      .noMacro("chse", suggestion: "chase"), "no macro chse",
      ["Did you mean chase?", "The macros: macros"]),
  ]

  @Test(arguments: rows)
  func rendersItsWording(_ row: Row) {
    #expect(row.refusal.message == row.message)
    #expect(row.refusal.notes == row.notes)
    #expect(row.refusal.status == row.status)
  }

  @Test func anErrorCarriesTheRefusalAtItsPlace() {
    let start = SourceLocation(line: 1, column: 5)
    let error = LanguageError.refused(
      .noAccount("ACMX", suggestion: nil), at: start..<SourceLocation(line: 1, column: 9))
    #expect(error.status == .failed)
    #expect(error.diagnostics.count == 1)
    #expect(error.diagnostics.first?.message == "no account ACMX")
    #expect(error.diagnostics.first?.location == start)
    #expect(error.diagnostics.first?.notes == ["List them: accounts"])
  }

  @Test func aUsageRefusalExitsTwo() {
    #expect(LanguageError.refused(.lastIsReserved).exitCode == 2)
    #expect(LanguageError.refused(.lastNotSet).exitCode == 1)
  }
}
