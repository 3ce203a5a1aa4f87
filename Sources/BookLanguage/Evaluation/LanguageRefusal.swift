import BookModel
import BookStore

/// Why the language refused a command: the data only. The wording of every case (message,
/// notes, and whether it is a usage error) is in LanguageRefusal+Messages.swift (the phrases
/// it shares in LanguageRefusal+Phrases.swift), and a call site throws
/// `.refused(case, at: range)`.
indirect enum LanguageRefusal: Error, Sendable, Equatable {
  // MARK: Commands written wrongly

  /// `VERB needs FIELD=`, with an example.
  case needsField(verb: String, field: String, example: String)
  /// `VERB needs` something other than a field, with an example.
  case needs(verb: String, Needed, example: String)
  /// A report or listing with no account named and no focus (`orFocus`: the hint offers `use`).
  case needsAccount(verb: String, example: String, orFocus: Bool)
  /// `WHAT needs a reason` (a verb, or "cancelling a delegation"), with an example.
  case needsReason(String, example: String)
  /// `cert issue` without an account and no focus.
  case certificateNeedsAccount
  /// `cert issue` without a holder.
  case certificateNeedsHolder(account: String)
  /// `cert issue` without the policies to list.
  case certificateNeedsPolicies(account: String)
  /// An assignment a verb does not take; `bare` are the bare words it takes besides.
  case takesNoField(verb: String, field: String, takes: [String], bare: [String] = [])
  /// An option a verb does not take; `takes` lists those it does, `seeHelp` adds the help line.
  case noOption(verb: String, option: String, takes: [String], seeHelp: Bool)
  /// A verb that takes only `FIELD="…"`, with an example.
  case takesOnlyField(verb: String, field: String, example: String)
  /// `reinstate P-… FIELD=…`.
  case reinstateTakesOnlyPolicy(String)
  /// `verify P-… --OTHER`.
  case verifyTakesOnlyYes(String)
  /// A verb given both an id and a where condition.
  case idAndCondition(Targeted)
  /// A verb given neither an id nor a where condition.
  case needsIDOrCondition(Targeted)
  /// A variable, parameter or macro name that is not an identifier.
  case notAName(String)
  /// A command that is not in the registry.
  case unknownCommand(String)
  /// `as FORMAT` naming no format.
  case unknownFormat(String, formats: [String])
  /// `requirements … as FORMAT` naming no format.
  case noOutputFormat(String, example: String)
  /// A document asked for in a format it does not print as.
  case documentFormat(document: String, allowed: [OutputFormat], word: String, example: String)
  /// `into FILE` whose format cannot be told from its name.
  case formatFromName(String)
  /// `quote WORD` where WORD is close to a quote verb and no account.
  case unknownQuoteCommand(String, suggestion: String, verbs: [String])
  /// A renewal stage that is none.
  case noStage(String, suggestion: String?, stages: [String])
  /// A line of business that is none.
  case noLine(String, suggestion: String?, lines: [String])
  /// `lossrun ACCOUNT WINDOW` with a window that is not Ny.
  case notYears(String, account: String)
  /// `xlist WINDOW` with a window that is no length of time.
  case notAWindow(String)
  /// `review PERSON YEAR` with a year that is none.
  case notAYear(String, example: String)
  /// `expect count` with a count that is no whole number.
  case notACount(String)
  /// `import … --OPTION` other than `--dry-run`.
  case importOption(String, example: String)
  /// `compare … vs Q-…` without `coverage`.
  case versusWithoutCoverage(account: String)
  /// `by` without an aggregate.
  case byWithoutAggregate(plural: String, by: String)
  /// `$last` given a value by `let`.
  case lastIsReserved
  /// `param NAME` with no value given and none by default.
  case parameterWithoutValue(String)
  /// `reason=` without `accept_gaps`.
  case reasonWithoutGaps(example: String)
  /// `note` with no record named and no focus.
  case noteNeedsSubject
  /// `note ABOUT ""`.
  case noteNeedsText(about: String)
  /// `done D-…` with an assignment other than outcome= and note=.
  case doneOptions(String)
  /// `cancel D-… on DAY`.
  case delegationCancelDay(String)
  /// A limit that is not a name and an amount.
  case notALimit(String)
  /// `allocate` naming a location twice.
  case namedTwice(String, example: String)
  /// `allocate` with an exposure that is no number of 0 or more.
  case notAnExposure(location: String, text: String, example: String)

  // MARK: Values

  /// Money beyond what `Money` holds.
  case tooLarge(String, field: String, maximum: String)
  /// A value that does not read as the field's type (money, number, whole number, yes/no).
  case notOfType(String, field: String, type: ValueType)
  /// A value outside the field's allowed values.
  case notAllowed(String, field: String, allowed: [String], suggestion: String?)
  /// A value that does not read as a rate, a day or a length of time.
  case unreadable(String, as: ValueForm, reason: String)
  /// A period that is not START..END.
  case notAPeriod(String)
  /// A period that ends before it starts.
  case periodBackwards(start: Day, end: Day)
  /// An audit mod that is no positive factor.
  case notAMod(String)
  /// An id that names no record (of a kind, or of any kind).
  case noRecord(KindID?, String, closest: [String])
  /// An id of one kind where another was wanted.
  case otherKind(KindID, String, isA: String)
  /// An account that no id or name names.
  case noAccount(String, suggestion: String?)
  /// A name that several accounts match (`list`: "ID  NAME" of the first few).
  case accountsMatch(String, count: Int, list: [String])
  /// `show WORD` that names nothing.
  case nothingNamed(String)
  /// A person who is not on the team.
  case notOnTeam(String, closest: [String])
  /// `allocate` naming a location not of the account.
  case notALocation(String, account: String, suggestion: String?, locations: [String])
  /// `+=` or `-=` on a field that holds one value.
  case notRepeating(operation: String, field: String, value: String, kind: KindID)
  /// `+=` of a value the field holds already.
  case alreadyHolds(field: String, value: String)
  /// `-=` of a value the field does not hold.
  case doesNotHold(field: String, value: String, holding: [String])
  /// `$last` before any record was added.
  case lastNotSet
  /// A variable that is not set.
  case noVariable(String, suggestion: String?)

  // MARK: Fields and queries

  /// A field of the kind that does not exist.
  case noField(KindID, String, suggestion: String?)
  /// `set` of a path through a reference.
  case fieldOfAnotherRecord(name: String, path: [String])
  /// `set` of a derived field.
  case derivedField(String, plural: String)
  /// `within` on a field that is no day.
  case withinNeedsDay(field: String, type: ValueType)
  /// A bare field in a condition that is not yes/no.
  case needsComparison(field: String, written: String)
  /// `sum` or `avg` of a field that is no number.
  case notANumberField(function: String, field: String, type: ValueType)
  /// A sum beyond what can be added up exactly.
  case aggregateTooLarge(function: String, field: String)
  /// A table total beyond what can be added up exactly.
  case totalTooLarge(column: String)
  /// The book as of a day after today.
  case asOfFuture(Day, today: Day)
  /// `as of DAY` where neither the journals nor git reach.
  case asOfOutOfReach(Day, PastProblem)

  // MARK: Records and their states

  /// A kind that `add` and `delete` do not take.
  case notAddable(KindID)
  /// A kind that `import` does not take.
  case notImportable(KindID)
  /// A record that lacks a mandatory field (`writing` is the hint as the language writes it).
  case missingField(KindID, String, field: String, writing: String)
  /// A rule of BookModel refused (its own wording).
  case rule(message: String, hint: String?)
  /// A record of a kind that does not read as its type.
  case unreadableRecord(KindID, String, reason: String)
  /// A delegation or a subjectivity that is closed.
  case closed(KindID, String, reason: String)
  /// An invoice paid already.
  case alreadyPaid(String, on: String, day: Day)
  /// An endorsement already in the status asked.
  case endorsementAlready(String, status: String)
  /// Rows added to an audit past its review.
  case auditReviewed(String, status: String, choices: String)
  /// An audit with no audited exposures to bill.
  case nothingToBill(String)
  /// An audit whose premium is beyond money.
  case auditPremiumTooLarge(String)
  /// A delegation reassigned that is no longer open.
  case notReassignable(String, status: String)
  /// A quote moved to a status it cannot reach from its own.
  case quoteStatus(String, status: String?, to: String, from: [String])
  /// A policy of another account than the one named.
  case policyOfOtherAccount(String, owner: String?, account: String)
  /// A quote of another account than the one compared.
  case quoteOfOtherAccount(String, owner: String?, account: String)
  /// A policy whose status does not read.
  case noValidStatus(String?)
  /// A policy verb that does not apply to the policy's status.
  case policyStatus(verb: String, policy: String, status: PolicyStatus, cancelled: Day?)
  /// A policy with a renewal term already.
  case alreadyRenewed(policy: String, renewal: String)
  /// A renewal that could not be built.
  case cannotRenew(String, reason: String)
  /// `renew … from Q-…` on a quote that does not fit.
  case renewalQuote(String, policy: String, problem: QuoteProblem)
  /// `cancel` on a record that is not a policy nor a delegation.
  case notCancellable(String)
  /// An assignment a policy verb does not take.
  case doesNotTake(verb: String, field: String, takes: [String])
  /// A cancel or non-renewal without a reason.
  case policyNeedsReason(verb: String, policy: String)
  /// A certificate that could not be reissued, and why.
  case cannotReissue(String, because: LanguageRefusal)
  /// No certificate by that id (within a reissue).
  case noCertificate(String)
  /// A certificate that is not live (within a reissue).
  case notLive(status: String?, account: String?)
  /// A policy with no renewal term (within a reissue).
  case noRenewalTerm(String)
  /// The exposures of an allocation add up to zero.
  case exposuresZero(example: String)
  /// `undo` with nothing of yours to undo.
  case nothingToUndo
  /// `redo` with nothing to redo.
  case nothingToRedo

  // MARK: Session, files and scripts

  /// Ctrl-C stopped a long command.
  case cancelled
  /// A command on committed transactions while changes are pending.
  case changesPending(String, inBegin: Bool)
  /// `begin` inside `begin`.
  case transactionOpen
  /// `commit` or `rollback` without `begin`.
  case noTransaction
  /// `into` in safe mode.
  case intoInSafeMode(String)
  /// `into` a path inside the book (`outside` and `name`: where to write instead).
  case intoTheBook(String, outside: String, name: String)
  /// A file that could not be written.
  case cannotWrite(String, reason: String)
  /// A file that does not exist.
  case noFile(String)
  /// A file that could not be read.
  case cannotRead(String, reason: String)
  /// A CSV file without its header row.
  case noHeaderRow(String, kind: KindID)
  /// `help TOPIC` on no topic.
  case noHelp(String, suggestion: String?)
  /// A script file that does not exist.
  case noScript(String)
  /// A script file that could not be read.
  case cannotReadScript(String, reason: String)
  /// A script file that is not UTF-8.
  case scriptNotUTF8(String)
  /// `source` that would include a script in itself.
  case sourceLoop(String, loop: [String])
  /// `run FILE NAME=…` naming a parameter the script does not declare.
  case noParameter(script: String, name: String, suggestion: String?, declared: [String])
  /// `run FILE` without the parameters it needs.
  case missingParameters(script: String, names: [String])
  /// `# expect:` lines that differ from the output.
  case outputDiffers(line: Int, expected: String, got: String?)
  /// Output beyond the `# expect:` lines.
  case outputLonger(count: Int, expected: Int, next: String)
  /// `assert` whose query found nothing.
  case assertion(String, kind: KindID, query: String)
  /// `expect count` that counted otherwise.
  case countDiffers(expected: Int, found: Int, kind: KindID, query: String)
  /// `expect error` whose command ran.
  case notRefused(String)
  /// `walk` or `each` of a command that is no query.
  case notAQuery(ListedRows.Purpose, String)
  /// `walk` or `each` of a query that lists no records (a count, a total).
  case listsNoRecords(ListedRows.Purpose, String)
  /// `walk` or `each` of a query that leaves out the id.
  case rowsWithoutID(ListedRows.Purpose, String)

  // MARK: Macros

  /// A macro declared in a script but not saved.
  case macroNotSaved(String)
  /// A macro name that is a command or a kind.
  case macroNameTaken(String)
  /// `macro NAME =` with nothing after it.
  case macroEmpty
  /// A macro body that does not parse when saved.
  case macroDoesNotParse(message: String, body: String)
  /// A macro called with fewer words than it uses.
  case macroArguments(String, needed: Int, given: Int, body: String)
  /// A macro calling macros too deep.
  case macroTooDeep(String, depth: Int)
  /// A macro call that does not parse with its words filled in.
  case macroCallDoesNotParse(String, message: String, body: String)
  /// `macro delete` of no macro.
  case noMacro(String, suggestion: String?)

  // MARK: Importing CSV

  /// CSV bytes that are not UTF-8.
  case csvNotUTF8
  /// A quote inside an unquoted CSV field.
  case csvQuoteInField
  /// Text after the closing quote of a CSV field.
  case csvTextAfterQuote
  /// A quoted CSV field not closed at the end of the file.
  case csvQuoteNotClosed
  /// A header naming no field of the kind.
  case unknownColumn(String, kind: KindID, field: String, suggestion: String?)
  /// A header naming a field twice.
  case columnTwice(String)
  /// A row with more cells than the header has columns.
  case tooManyCells(Int, columns: Int)
  /// A cell whose field's value does not read.
  case cell(field: String, because: LanguageRefusal)
  /// A cell that is no amount of money.
  case cellNotMoney(String)

  // MARK: Syntax

  /// A token other than the one the grammar expects here (`what`: "a kind", "'to'"…).
  case expected(String, found: Token)
  /// A line that starts with neither a command nor a kind.
  case expectedCommand(found: Token)
  /// A query clause given twice.
  case givenTwice(String)
  /// `WORD VERB` where WORD starts two-word commands and VERB is none of them.
  case unknownVerb(String, verb: String, suggestion: String?, verbs: [String])
  /// A command that is planned but not there yet.
  case plannedCommand(String)
  /// A word that is neither a command nor a kind.
  case unknownCommandOrKind(String, suggestion: String?)
  /// A kind that is none.
  case unknownKind(String, suggestion: String?)
  /// A condition nested deeper than the parser goes.
  case conditionTooDeep(levels: Int)

  /// What a verb needs besides a field.
  enum Needed: Sendable, Equatable {
    case assignments, exposures, period, rowFields, audited
  }

  /// A verb that works on one record by id or on those a where condition selects.
  enum Targeted: Sendable, Equatable {
    case set(KindID)
    case reassign
    case reissue
  }

  /// What a value failed to read as.
  enum ValueForm: Sendable, Equatable {
    case rate, day, period
  }

  /// What is wrong with the quote a renewal is taken from.
  enum QuoteProblem: Sendable, Equatable {
    case missing
    case otherAccount(String)
    case otherLine(String)
    case notSelected(String)
  }
}

extension LanguageError {
  /// The refusal as the language reports it, at that place of the input.
  static func refused(_ refusal: LanguageRefusal, at range: SourceRange? = nil) -> LanguageError {
    LanguageError([refusal.diagnostic(at: range)], status: refusal.status)
  }
}

extension LanguageRefusal {
  /// One diagnostic of the refusal, at that place of the input.
  func diagnostic(at range: SourceRange?) -> Diagnostic {
    Diagnostic(message, location: range?.lowerBound, notes: notes)
  }
}
