import BookModel
import BookStore

// The wording of every refusal of the language, in one place: what was wrong, what to do
// (the notes), and whether the command was written wrongly (usage) or refused (failed).
extension LanguageRefusal {
  /// One line for people: "no account ACMX".
  var message: String { wording.message }

  /// What to do about it: a suggestion, an example that works as typed.
  var notes: [String] { wording.notes }

  /// How the process exits: usage for a command written wrongly, else failed.
  var status: ExitStatus {
    switch self {
    case .needsField, .needs, .needsReason, .certificateNeedsAccount, .takesNoField, .noOption,
      .needsAccount, .certificateNeedsHolder, .certificateNeedsPolicies, .takesOnlyField,
      .reinstateTakesOnlyPolicy, .verifyTakesOnlyYes, .idAndCondition, .needsIDOrCondition,
      .notAName, .unknownCommand,
      .unknownFormat, .noOutputFormat, .documentFormat, .formatFromName, .unknownQuoteCommand,
      .noStage, .noLine, .notYears, .notAWindow, .notAYear, .notACount, .importOption,
      .versusWithoutCoverage, .byWithoutAggregate, .lastIsReserved, .parameterWithoutValue,
      .reasonWithoutGaps, .doneOptions, .noteNeedsSubject, .noteNeedsText, .delegationCancelDay,
      .notALimit,
      .namedTwice, .notAnExposure, .doesNotTake, .policyNeedsReason, .noScript,
      .cannotReadScript, .scriptNotUTF8, .sourceLoop, .noParameter, .missingParameters,
      .notAQuery, .listsNoRecords, .rowsWithoutID,
      .macroEmpty, .macroDoesNotParse, .macroArguments,
      .macroCallDoesNotParse, .expected, .expectedCommand, .givenTwice, .unknownVerb,
      .plannedCommand, .unknownCommandOrKind, .unknownKind, .conditionTooDeep:
      return .usage
    default:
      return .failed
    }
  }

  private var wording: (message: String, notes: [String]) {
    switch self {
    // Commands written wrongly
    case .needsField(let verb, let field, let example):
      return ("\(verb) needs \(field)=", ["For example: " + example])
    case .needs(let verb, let needed, let example):
      let what: String
      switch needed {
      case .assignments: what = "at least one FIELD=VALUE"
      case .exposures: what = "at least one LOCATION=EXPOSURE"
      case .period: what = "the audit's period: period=START..END"
      case .rowFields: what = "the row's fields"
      case .audited: what = "the audited exposures: audited=N or audited=CLASS:N,…"
      }
      return ("\(verb) needs \(what)", ["For example: " + example])
    case .needsAccount(let verb, let example, let orFocus):
      return (
        "\(verb) needs an account",
        ["For example: " + example + (orFocus ? " (or use ACME first)" : "")]
      )
    case .needsReason(let what, let example):
      return ("\(what) needs a reason", ["For example: " + example])
    case .certificateNeedsAccount:
      return (
        "cert issue needs an account",
        ["Name it, or focus on it first: use ACME; cert issue holder=\"…\" policies=…"]
      )
    case .certificateNeedsHolder(let account):
      return (
        "cert issue needs a holder",
        ["For example: cert issue \(account) holder=\"City of Sacramento\" policies=…"]
      )
    case .certificateNeedsPolicies(let account):
      return (
        "cert issue needs the policies to list",
        ["For example: policies=P-0001,P-0002 (see: policies where account = \(account))"]
      )
    case .takesNoField(let verb, let field, let takes, let bare):
      return (
        "\(verb) takes no field '\(field)'",
        [
          "It takes: " + takes.map { $0 + "=" }.joined(separator: " ")
            + (bare.isEmpty ? "" : " and bare " + bare.joined(separator: ", "))
        ]
      )
    case .noOption(let verb, let option, let takes, let seeHelp):
      let list =
        takes.isEmpty
        ? "\(verb) takes no FIELD=VALUE"
        : "\(verb) takes " + takes.map { $0 + "=" }.joined(separator: ", ")
      return ("\(verb) has no option '\(option)'", seeHelp ? [list, "See: help \(verb)"] : [list])
    case .takesOnlyField(let verb, let field, let example):
      return ("\(verb) takes only \(field)=\"…\"", ["For example: " + example])
    case .reinstateTakesOnlyPolicy(let id):
      return ("reinstate takes only the policy", ["For example: reinstate \(id)"])
    case .verifyTakesOnlyYes(let id):
      return ("verify takes only --yes", ["For example: verify \(id) --yes"])
    case .idAndCondition(let targeted):
      return (
        "\(Self.verb(targeted)) takes an id or a where condition, not both",
        Self.forms(targeted, example: false)
      )
    case .needsIDOrCondition(let targeted):
      let wanted: String
      switch targeted {
      case .set(let kind):
        wanted = "an id, or a where condition to change several \(kind.spec.plural)"
      case .reassign: wanted = "an id, or a where condition to reassign several delegations"
      case .reissue: wanted = "a certificate, or a where condition to reissue several"
      }
      return ("\(Self.verb(targeted)) needs \(wanted)", Self.forms(targeted, example: true))
    case .notAName(let what):
      return ("a \(what) name is letters, digits and _, starting with a letter", [])
    case .unknownCommand(let name):
      return ("unknown command '\(name)'", [])
    case .unknownFormat(let format, let formats):
      return ("unknown format '\(format)'", ["Formats: " + formats.joined(separator: ", ")])
    case .noOutputFormat(let format, let example):
      return ("no output format '\(format)'", ["For example: " + example])
    case .documentFormat(let document, let allowed, let word, let example):
      let names = allowed.map { $0 == .table ? "table (text)" : $0.rawValue }
      return ("\(document) prints as \(Self.either(names)), not '\(word)'", [example])
    case .formatFromName(let path):
      return (
        "cannot tell the format of '\(path)' from its name",
        ["Name the format: as csv (or tsv, json, md, html, table); a .xlsx file is a workbook."]
      )
    case .unknownQuoteCommand(let word, let close, let verbs):
      return (
        "unknown quote command '\(word)'",
        [
          "Did you mean 'quote \(close)'?",
          "The quote commands: quote ACCOUNT, "
            + verbs.map { "quote \($0)" }.joined(separator: ", "),
        ]
      )
    case .noStage(let word, let suggestion, let stages):
      return (
        "no renewal stage '\(word)'",
        Self.didYouMean(suggestion) + ["The stages, in order: " + stages.joined(separator: ", ")]
      )
    case .noLine(let text, let suggestion, let lines):
      return (
        "no line of business '\(text)'",
        Self.didYouMean(suggestion) + ["Lines: " + lines.joined(separator: ", ")]
      )
    case .notYears(let text, let account):
      return (
        "'\(text)' is not a window of policy years",
        ["Name the years as Ny, 1 to 50: lossrun \(account) 5y"]
      )
    case .notAWindow(let text):
      return (
        "xlist takes a window like 60d, 8w or 3m, not '\(text)'",
        ["For example: xlist 60d", "Conditions come after where: xlist 120d where line = GL"]
      )
    case .notAYear(let text, let example):
      return ("'\(text)' is not a year", ["For example: " + example])
    case .notACount(let text):
      return ("expect count takes a whole number, not \(text)", [])
    case .importOption(let option, let example):
      return ("import takes --dry-run, not --\(option)", ["For example: " + example])
    case .versusWithoutCoverage(let account):
      return (
        "vs Q-… compares coverage", ["For example: compare \(account) coverage vs Q-…"]
      )
    case .byWithoutAggregate(let plural, let by):
      return (
        "'by' groups an aggregate: add count, sum, avg, min or max",
        ["For example: \(plural) count by \(by)"]
      )
    case .lastIsReserved:
      return ("$last is set by add; choose another name", [])
    case .parameterWithoutValue(let name):
      return ("the parameter \(name) has no value", ["Set it first: let \(name) = VALUE"])
    case .reasonWithoutGaps(let example):
      return ("reason= goes with accept_gaps", ["For example: " + example])
    case .noteNeedsSubject:
      return (
        "note needs what it is about",
        ["Name it: note ACME \"Called Jim\"", "Or focus first: use ACME; note \"Called Jim\""]
      )
    case .noteNeedsText(let about):
      return ("a note needs text", ["note \(about) \"…\""])
    case .doneOptions(let id):
      return (
        "done takes outcome=successful|unsuccessful and note=\"…\"",
        ["For example: done \(id) outcome=successful note=\"received from TRAV\""]
      )
    case .delegationCancelDay(let id):
      return (
        "a delegation is cancelled today; on DAY is for a policy",
        ["For example: cancel \(id) reason=\"the insured sent it directly\""]
      )
    case .notALimit(let text):
      return (
        "a required limit is a name and an amount, not '\(text)'",
        ["For example: limit=\"each-occurrence 2000000\""]
      )
    case .namedTwice(let location, let example):
      return ("\(location) is named twice", ["Give each location once: " + example])
    case .notAnExposure(let location, let text, let example):
      return (
        "the exposure of \(location) must be a number of 0 or more, not '\(text)'",
        ["For example: " + example]
      )

    // Values
    case .tooLarge(let source, let field, let maximum):
      return ("'\(source)' is too large for \(field): amounts are limited to ±\(maximum)", [])
    case .notOfType(let source, let field, let type):
      switch type {
      case .money:
        return (
          "'\(source)' is not an amount of money for \(field)",
          ["Write money like 12500, 12,500.00 or $12,500."]
        )
      case .decimal: return ("'\(source)' is not a number for \(field)", [])
      case .int: return ("'\(source)' is not a whole number for \(field)", [])
      case .bool: return ("\(field) is yes or no, not '\(source)'", [])
      default: return ("'\(source)' is not a \(type.rawValue) for \(field)", [])
      }
    case .notAllowed(let text, let field, let allowed, let suggestion):
      return (
        "'\(text)' is not a value of \(field)",
        Self.quotedDidYouMean(suggestion) + [
          "\(field) is one of: " + allowed.joined(separator: ", ")
        ]
      )
    case .unreadable(let source, let form, let reason):
      let what = form == .rate ? "a rate" : form == .day ? "a day" : "a length of time"
      return ("'\(source)' is not \(what): \(reason)", [])
    case .notAPeriod(let source):
      return (
        "'\(source)' is not a period: write period=START..END (2025-01-15..2026-01-15)", []
      )
    case .periodBackwards(let start, let end):
      return ("the period \(start.iso)..\(end.iso) ends before it starts", [])
    case .notAMod(let text):
      return ("'\(text)' is not a mod (a factor like 0.90)", [])
    case .noRecord(let kind, let id, let closest):
      let suggestion = closest.isEmpty ? [] : ["Did you mean \(Self.either(closest))?"]
      guard let kind else { return ("no record has the id \(id)", suggestion) }
      return ("no \(kind.spec.singular) \(id)", suggestion + ["List them: \(kind.spec.plural)"])
    case .otherKind(let kind, let id, let other):
      return (
        "no \(kind.spec.singular) \(id)",
        ["\(id) is the id of a \(other): show \(id)", "List them: \(kind.spec.plural)"]
      )
    case .noAccount(let text, let suggestion):
      return ("no account \(text)", Self.didYouMean(suggestion) + ["List them: accounts"])
    case .accountsMatch(let text, let count, let list):
      return ("\(count) accounts match '\(text)'", ["Name one by its id:"] + list)
    case .nothingNamed(let wanted):
      return (
        "nothing has the id or name '\(wanted)'",
        ["Ids look like ACME, P-0001, AU-0001; names are matched in part: show \"acme\"."]
      )
    case .notOnTeam(let id, let closest):
      let suggestion = closest.isEmpty ? [] : ["Did you mean \(Self.either(closest))?"]
      return (
        "\(id) is not on the team", suggestion + ["A delegation goes to a team member: team"]
      )
    case .notALocation(let typed, let account, let suggestion, let locations):
      return (
        "\(typed.uppercased()) is not a location of \(account)",
        Self.didYouMean(suggestion) + [
          locations.isEmpty
            ? "\(account) has no location yet: add location account=\(account) name=\"…\""
            : "The locations of \(account): " + locations.joined(separator: ", ")
        ]
      )
    case .notRepeating(let operation, let name, let value, let kind):
      let verb = operation == "+=" ? "adds a value to" : "removes a value from"
      let repeating = kind.spec.fields.filter(\.repeats).map(\.name)
      return (
        "\(operation) \(verb) a field that repeats; \(name) holds one value",
        ["Replace its value: \(name)=\(value)"]
          + (repeating.isEmpty
            ? []
            : ["Fields of \(kind.spec.plural) that repeat: " + repeating.joined(separator: ", ")])
      )
    case .alreadyHolds(let field, let value):
      return ("\(field) already holds '\(value)'", [])
    case .doesNotHold(let field, let value, let holding):
      return (
        "\(field) holds no '\(value)'",
        Self.quotedDidYouMean(Suggestion.closest(to: value, in: holding)) + [
          holding.isEmpty
            ? "\(field) is empty"
            : "\(field) holds: " + holding.map { "'\($0)'" }.joined(separator: ", ")
        ]
      )
    case .lastNotSet:
      return ("$last is not set: no record has been added yet", [])
    case .noVariable(let name, let suggestion):
      return (
        "no variable $\(name)",
        (suggestion.map { ["Did you mean $\($0)?"] } ?? []) + ["Set it first: let \(name) = VALUE"]
      )

    // Fields and queries
    case .noField(let kind, let name, let suggestion):
      let error = FieldError.unknownField(kind: kind, name: name, suggestion: suggestion)
      return (error.message, error.notes)
    case .fieldOfAnotherRecord(let name, let path):
      return (
        "\(name) is a field of another record; set it there",
        [
          "For example: set \(path.first ?? "") ID \(path.dropFirst().joined(separator: "."))=…"
        ]
      )
    case .derivedField(let name, let plural):
      return (
        "\(name) is derived from other fields of \(plural); it cannot be set",
        ["help \(plural) lists the fields that can be set."]
      )
    case .withinNeedsDay(let field, let type):
      return ("within needs a date field; \(field) is \(type.rawValue)", [])
    case .needsComparison(let field, let written):
      return (
        "\(field) is not a yes/no field, so it needs a comparison",
        ["Compare it: \(written) = VALUE, or test it: \(written) is empty"]
      )
    case .notANumberField(let function, let field, let type):
      return (
        "\(function) needs a number or money field; \(field) is \(type.rawValue)",
        ["min and max work on any field; count counts records."]
      )
    case .aggregateTooLarge(let function, let field):
      return (
        "the \(function) of \(field) is too large to add up exactly",
        ["Narrow the query with where."]
      )
    case .totalTooLarge(let column):
      return (
        "the total of \(column) is too large to add up exactly",
        ["Narrow the query with where, or see the rows without a total: as csv."]
      )
    case .asOfFuture(let day, let today):
      return ("as of \(day.iso) is after today (\(today.iso)): the book's past only", [])
    case .asOfOutOfReach(let day, let problem):
      return ("as of \(day.iso) is out of reach: \(problem.reason)", problem.notes)

    // Records and their states
    case .notAddable(let kind):
      return ("\(kind.spec.plural) cannot be added or deleted this way", [])
    case .notImportable(let kind):
      return ("\(kind.spec.plural) cannot be imported", [])
    case .missingField(let kind, let id, let field, let writing):
      return (
        "\(kind.spec.singular) \(id): \(Violation.missing(field: field).message)", [writing]
      )
    case .rule(let message, let hint):
      return (message, hint.map { [$0] } ?? [])
    case .unreadableRecord(let kind, let id, let reason):
      let reads = kind == .delegation ? "does not read" : "cannot be read"
      return ("\(kind.spec.singular) \(id) \(reads): \(reason)", [])
    case .closed(let kind, let id, let reason):
      let hint =
        kind == .subjectivity
        ? "Open it again first: set subjectivity \(id) status=open received="
        : "Reopen it first: reopen \(id)"
      return ("\(kind.spec.singular) \(id): \(reason)", [hint])
    case .alreadyPaid(let id, let was, let day):
      return (
        "invoice \(id) was already paid on \(was)",
        ["To change the day: set invoice \(id) paid=\(day.iso)"]
      )
    case .endorsementAlready(let id, let status):
      return ("endorsement \(id) is already \(status)", ["See it: show \(id)"])
    case .auditReviewed(let id, let status, let choices):
      return ("\(id) is \(status): rows are added before it is reviewed", [choices])
    case .nothingToBill(let id):
      return (
        "\(id) has no audited exposures to bill",
        ["Record them first: audit complete \(id) audited=N"]
      )
    case .auditPremiumTooLarge(let id):
      return ("audit \(id)'s premium is beyond what money can hold", [])
    case .notReassignable(let id, let status):
      return (
        "\(id) is \(status): only a delegation still to do is reassigned",
        ["Reopen it first: reopen \(id)"]
      )
    case .quoteStatus(let id, let status, let target, let allowed):
      return (
        "\(id) is \(status ?? "without a status"): a quote is made \(target) from "
          + allowed.sorted().joined(separator: " or "),
        ["See: show \(id)"]
      )
    case .policyOfOtherAccount(let policy, let owner, let account):
      return (
        "\(policy) is a policy of \(owner ?? "another account"), not of \(account)",
        ["List \(account)'s policies: policies where account = \(account)"]
      )
    case .quoteOfOtherAccount(let quote, let owner, let account):
      return (
        "\(quote) is a quote for \(owner ?? "another account"), not \(account)",
        ["See the account's quotes: quotes where account = \(account)"]
      )
    case .noValidStatus(let id):
      return ("\(id ?? "the policy") has no valid status; see: book check", [])
    case .policyStatus(let verb, let policy, let status, let cancelled):
      return (
        "\(policy) is \(status.rawValue): \(Self.rule(verb, status, cancelled))",
        Self.hints(verb, policy, status)
      )
    case .alreadyRenewed(let policy, let renewal):
      return (
        "\(policy) is already renewed: its renewal term is \(renewal)", ["See: show \(renewal)"]
      )
    case .cannotRenew(let id, let reason):
      return ("\(id) cannot be renewed: \(reason)", [])
    case .renewalQuote(let quote, let policy, let problem):
      switch problem {
      case .missing:
        return ("no quote \(quote)", ["List them: quotes where status = selected"])
      case .otherAccount(let account):
        return (
          "\(quote) is a quote for \(account), not for \(policy)'s account",
          ["List its account's quotes: quotes where status = selected"]
        )
      case .otherLine(let line):
        return ("\(quote) quotes \(line), not \(policy)'s line", ["See: show \(quote)"])
      case .notSelected(let status):
        return (
          "\(quote) is \(status): a renewal is taken from the selected quote",
          ["Select it first: quote select \(quote)"]
        )
      }
    case .notCancellable(let id):
      return (
        "cancel takes a policy (cancel P-… on DAY reason=\"…\") or a delegation "
          + "(cancel D-… reason=\"…\"), not \(id)",
        ["For example: cancel P-0002 on 2026-12-31 reason=\"sold the business\""]
      )
    case .doesNotTake(let verb, let field, let takes):
      return (
        "\(verb) does not take \(field)=",
        ["It takes: " + takes.map { "\($0)=…" }.joined(separator: " ")]
      )
    case .policyNeedsReason(let verb, let policy):
      return (
        "\(verb) needs a reason",
        ["For example: \(verb) \(policy)\(verb == "cancel" ? " on today" : "") reason=\"…\""]
      )
    case .cannotReissue(let id, let because):
      return ("\(id) cannot be reissued: \(because.message)", because.notes)
    case .noCertificate(let id):
      return ("no certificate \(id)", [])
    case .notLive(let status, let account):
      return (
        "it is \(status ?? "without a status"); "
          + "only an issued certificate or one that needs reissue is reissued",
        ["Issue a new one: cert issue \(account ?? "ACCOUNT") holder=…"]
      )
    case .noRenewalTerm(let policy):
      return (
        "\(policy) has no renewal term (no policy names it as prior)", ["See: show \(policy)"]
      )
    case .exposuresZero(let example):
      return (
        "the exposures add up to zero: there is nothing to share the premium by",
        ["Give at least one location an exposure: " + example]
      )
    case .nothingToUndo:
      return ("nothing of yours to undo", ["log shows what was changed, and by whom."])
    case .nothingToRedo:
      return ("nothing to redo", [])

    // Session, files and scripts
    case .cancelled:
      return ("cancelled (Ctrl-C); nothing was changed", [])
    case .changesPending(let name, let inBegin):
      return (
        "\(name) works on committed transactions, and changes are pending",
        [inBegin ? "Commit or roll back first." : "Run it on its own, not inside a script."]
      )
    case .transactionOpen:
      return ("a transaction is already open", ["End it with commit or rollback."])
    case .noTransaction:
      return ("no transaction is open", ["Start one with begin."])
    case .intoInSafeMode(let path):
      return (
        "into is off in safe mode: no file is written outside the book",
        ["Print the result instead (drop 'into \(path)')."]
      )
    case .intoTheBook(let path, let outside, let name):
      return (
        "into: \(path) is inside the book's data directory; nothing was written",
        [
          "The book's files change only through its commands. Write results elsewhere:",
          "into " + Literal.quote((outside == "/" ? "" : outside) + "/" + name),
        ]
      )
    case .cannotWrite(let path, let reason):
      return ("could not write \(path): \(reason)", [])
    case .noFile(let path):
      return ("no file \(path)", [])
    case .cannotRead(let path, let reason):
      return ("could not read \(path): \(reason)", [])
    case .noHeaderRow(let file, let kind):
      let plural = kind.spec.plural
      return (
        "\(file) has no header row",
        ["The first row names the columns: the fields of \(plural) (help \(plural))."]
      )
    case .noHelp(let topic, let suggestion):
      return (
        "no help on '\(topic)'",
        (suggestion.map { ["Did you mean: help \($0)?"] } ?? [])
          + ["help lists the commands; help kinds lists the kinds."]
      )
    case .noScript(let label):
      return (
        "no script \(label)",
        ["Name a .book file by its path, from where you are or from the root (/…)."]
      )
    case .cannotReadScript(let label, let reason):
      return ("cannot read the script \(label): \(reason)", [])
    case .scriptNotUTF8(let label):
      return ("the script \(label) is not UTF-8 text; save it as UTF-8", [])
    case .sourceLoop(let name, let loop):
      return (
        "source \(name) would include itself: " + loop.joined(separator: " → "),
        ["A script may source another only once along a chain; remove the loop."]
      )
    case .noParameter(let script, let name, let suggestion, let declared):
      return (
        "\(script) has no parameter \(name)",
        (suggestion.map { ["Did you mean \($0)=…?"] } ?? []) + [
          declared.isEmpty
            ? "It takes no parameters." : "Its parameters: " + declared.joined(separator: ", ")
        ]
      )
    case .missingParameters(let script, let names):
      return (
        "\(script) needs " + names.map { "\($0)=VALUE" }.joined(separator: " "),
        [
          "Give \(names.count == 1 ? "it" : "them") after the file name: run \(script) "
            + names.map { "\($0)=…" }.joined(separator: " ")
        ]
      )
    case .outputDiffers(let line, let expected, let got):
      return (
        "the output differs from this expectation (line \(line) of the output)",
        ["expected: " + expected, "got:      " + (got ?? "(no more output)")]
      )
    case .outputLonger(let count, let expected, let next):
      return (
        "the output has more lines than the expectations (\(count), not \(expected))",
        ["next: " + next]
      )
    case .assertion(let message, let kind, let query):
      return ("assertion failed: " + message, ["No \(kind.spec.singular) meets: " + query])
    case .countDiffers(let expected, let found, let kind, let query):
      let noun = expected == 1 ? kind.spec.singular : kind.spec.plural
      return ("expected \(expected) \(noun), found \(found)", ["query: " + query])
    case .notRefused(let source):
      return ("expected this command to be refused, and it ran: " + source, [])
    case .notAQuery(.walk, let name):
      return (
        "walk goes through the rows of a query or the X list, not \(name)", [Self.walkExamples]
      )
    case .notAQuery(.each, let name):
      return (
        "each goes through the rows of a query, not \(name)",
        ["Only queries list the rows (policies where …, xlist, audits due).", Self.eachExamples]
      )
    case .listsNoRecords(let purpose, let source):
      let examples = purpose == .walk ? Self.walkExamples : Self.eachExamples
      return (
        purpose == .walk
          ? "\(source) lists no records to walk through"
          : "\(source) lists no records for each to go through",
        ["\(purpose) takes a query that lists records (not a count or a total).", examples]
      )
    case .rowsWithoutID(let purpose, let source):
      return (
        "\(purpose) needs each row's id; \(source) leaves it out",
        ["Keep id among the fields (fields id, …), and leave out by."]
      )

    // Macros
    case .macroNotSaved(let name):
      return ("macro \(name) is not saved", [])
    case .macroNameTaken(let name):
      return ("\(name) is a command or a kind already; choose another name for the macro", [])
    case .macroEmpty:
      return ("a macro needs a command after '='", [])
    case .macroDoesNotParse(let message, let body):
      return ("the macro's command does not parse: " + message, [body])
    case .macroArguments(let name, let needed, let given, let body):
      return (
        "macro \(name) takes \(needed) word\(needed == 1 ? "" : "s") after its name"
          + " (\(needed == 1 ? "$1" : "$1…$\(needed)")); \(given) given",
        ["It runs: " + body]
      )
    case .macroTooDeep(let name, let depth):
      return ("macro \(name) calls macros more than \(depth) deep; does it call itself?", [])
    case .macroCallDoesNotParse(let name, let message, let body):
      return ("macro \(name) does not parse: " + message, [body])
    case .noMacro(let name, let suggestion):
      return ("no macro \(name)", Self.didYouMean(suggestion) + ["The macros: macros"])

    // Importing CSV
    case .csvNotUTF8:
      return ("not UTF-8 text (save the file as CSV UTF-8)", [])
    case .csvQuoteInField:
      return ("a quote inside an unquoted field (quote the field and double the quote)", [])
    case .csvTextAfterQuote:
      return ("text after a closing quote (double a quote inside a quoted field)", [])
    case .csvQuoteNotClosed:
      return ("a quoted field is not closed", [])
    case .unknownColumn(let title, let kind, let field, let suggestion):
      let plural = kind.spec.plural
      return (
        "unknown column '\(title)': \(FieldError.subject(kind)) no field \(field)",
        Self.didYouMean(suggestion) + [
          "The fields of \(plural): " + kind.spec.fields.map(\.name).joined(separator: ", ")
        ]
      )
    case .columnTwice(let field):
      return ("the column \(field) is there twice", [])
    case .tooManyCells(let count, let columns):
      return ("\(count) cells where the header has \(columns) columns", [])
    case .cell(let field, let because):
      return ("\(field): \(because.message)", because.notes)
    case .cellNotMoney(let text):
      return ("'\(text)' is not an amount of money", [])

    // Syntax
    case .expected(let what, let token):
      return ("expected \(what), found \(Self.describe(token))", [])
    case .expectedCommand(let token):
      return ("expected a command or a kind, found \(Self.describe(token))", ["See: help"])
    case .givenTwice(let word):
      return ("'\(word)' is given twice in this query", [])
    case .unknownVerb(let word, let verb, let suggestion, let verbs):
      return (
        "unknown \(word) command '\(verb)'",
        (suggestion.map { ["Did you mean '\(word) \($0)'?"] } ?? [])
          + ["The \(word) commands: " + verbs.map { "\(word) \($0)" }.joined(separator: ", ")]
      )
    case .plannedCommand(let word):
      return ("unknown command '\(word)'", ["The commands there are: help"])
    case .unknownCommandOrKind(let word, let suggestion):
      return (
        "unknown command or kind '\(word)'",
        Self.quotedDidYouMean(suggestion) + ["Commands and kinds: help"]
      )
    case .unknownKind(let word, let suggestion):
      return ("unknown kind '\(word)'", Self.quotedDidYouMean(suggestion) + ["Kinds: help kinds"])
    case .conditionTooDeep(let levels):
      return (
        "the condition nests too deeply: more than \(levels) levels of and, or, not "
          + "and parentheses",
        ["For a long list of values write FIELD in (A, B, …); split a long query in two."]
      )
    }
  }
}
