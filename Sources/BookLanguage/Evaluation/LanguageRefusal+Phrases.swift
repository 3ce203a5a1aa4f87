import BookModel

// The phrases the refusals share (did-you-mean, how a token is named, a policy verb's rule),
// the notes added to other errors, and the wording of field and lexical errors. The refusals'
// own wording is in LanguageRefusal+Messages.swift.
extension LanguageRefusal {
  /// The note after the first problems of an import: "… and 3 more problems in FILE".
  static func moreProblems(_ count: Int, in file: String) -> String {
    "… and \(count) more \(count == 1 ? "problem" : "problems") in \(file)"
  }

  // Notes added to another error

  /// After a commit of `begin … commit` that failed.
  static let stillOpen = "The transaction is still open: commit to try again, or rollback."

  /// After a script's write refused under a pinned day: the same run on a copy.
  static func practise(with command: String) -> String {
    "Or practise this script on a throw-away copy of the book with: " + command
  }

  /// After an error inside a macro: which macro, and the command of it.
  static func inMacro(_ name: String, _ command: String) -> String {
    "in macro \(name): " + command
  }

  /// A row the book refused without saying why.
  static let rowNotAdded = "cannot be added"

  /// The note that ends a refused import.
  static let nothingImported = "nothing was imported: fix the rows and import the file again"

  static let walkExamples = "For example: walk xlist 60d · walk policies where line = GL"
  static let eachExamples =
    "For example: each audits due 30d where not delegated do delegate \"Follow up the audit\" to mlopez about $id"

  /// The note added to the error of the command `each` ran on a row.
  static func eachStopped(at id: String, _ kind: KindSpec, _ index: Int, of count: Int) -> String {
    "each stopped at \(id), \(kind.singular) \(index + 1) of \(count); nothing of it was written."
  }

  /// The command of a verb that works by id or by a where condition.
  static func verb(_ targeted: Targeted) -> String {
    switch targeted {
    case .set: return "set"
    case .reassign: return "reassign"
    case .reissue: return "cert reissue"
    }
  }

  /// The two forms of such a verb, as placeholders or (`example`) as an example.
  static func forms(_ targeted: Targeted, example: Bool) -> [String] {
    switch targeted {
    case .set(let kind):
      return [
        "set \(kind.spec.singular) ID FIELD=VALUE…",
        "set \(kind.spec.plural) FIELD=VALUE… where COND",
      ]
    case .reassign:
      return [
        "reassign D-… to PERSON",
        example ? "reassign where to = mlopez to tnguyen" : "reassign where COND to PERSON",
      ]
    case .reissue:
      return example
        ? ["cert reissue CE-0001 renewal", "cert reissue where status = needs-reissue renewal"]
        : ["cert reissue CE-… renewal", "cert reissue where COND renewal"]
    }
  }

  /// "Did you mean X?" when there is a suggestion.
  static func didYouMean(_ suggestion: String?) -> [String] {
    suggestion.map { ["Did you mean \($0)?"] } ?? []
  }

  /// "Did you mean 'X'?" when there is a suggestion.
  static func quotedDidYouMean(_ suggestion: String?) -> [String] {
    suggestion.map { ["Did you mean '\($0)'?"] } ?? []
  }

  /// How a token is named in a message.
  static func describe(_ token: Token) -> String {
    switch token.kind {
    case .separator: return token.text == ";" ? "';'" : "the end of the command"
    case .string: return "the string \(Literal.quote(token.text))"
    case .money: return "'$\(token.text)'"
    case .variable: return "'$\(token.text)'"
    case .word, .rawValue, .symbol: return "'\(token.text)'"
    case .comment, .narration: return "a comment"
    }
  }

  /// "A", "A or B", "A, B or C".
  static func either(_ words: [String]) -> String {
    guard let last = words.last, words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " or " + last
  }

  /// Why a policy verb does not apply to a status.
  static func rule(_ verb: String, _ status: PolicyStatus, _ cancelled: Day?) -> String {
    switch (verb, status) {
    case ("renew", .cancelled): return "a cancelled policy is not renewed"
    case ("renew", .pendingCancel):
      return "it is to be cancelled" + (cancelled.map { " on \($0)" } ?? "")
        + "; a policy pending cancellation is not renewed"
    case (_, .renewed): return "it is already renewed"
    case (_, .nonrenewed): return "it is non-renewed"
    case (_, .replaced): return "it was replaced"
    case ("reinstate", _):
      return "only a cancelled policy or one pending cancellation is reinstated"
    case ("cancel", .cancelled): return "it is already cancelled"
    default: return "\(verb) applies to an active, bound or expired term"
    }
  }

  /// What to do instead of a policy verb the status refuses.
  static func hints(_ verb: String, _ policy: String, _ status: PolicyStatus) -> [String] {
    switch status {
    case .cancelled, .pendingCancel:
      return verb == "reinstate" || verb == "cancel"
        ? ["See: show \(policy)"] : ["Reinstate it first: reinstate \(policy)"]
    case .renewed: return ["See its renewal: policies where prior = \(policy)"]
    default: return ["See: show \(policy)"]
    }
  }
}

// The wording of field errors: a path that cannot be read from a kind.
extension FieldError {
  /// One line for people: "policies have no field 'premum'".
  public var message: String {
    switch self {
    case .emptyPath(let kind):
      return "a field of \(kind.spec.plural) is missing"
    case .unknownField(let kind, let name, _):
      return "\(Self.subject(kind)) no field '\(name)'"
    case .notAReference(let kind, let field, let next):
      return
        "'\(field)' of \(kind.spec.plural) is not a reference, so '\(field).\(next)' leads nowhere"
    case .unknownThroughAnyReference(_, let field, let name, _):
      return "no record '\(field)' can name has a field '\(name)'"
    }
  }

  /// What to do about it: a suggestion, where to find the fields.
  public var notes: [String] {
    switch self {
    case .emptyPath(let kind):
      return [Self.helpNote(kind)]
    case .unknownField(let kind, _, let suggestion):
      return Self.didYouMean(suggestion) + [Self.helpNote(kind)]
    case .notAReference(let kind, _, _):
      let references = FieldCatalog.fields(of: kind).filter {
        FieldCatalog.entry($0.name, of: kind)?.isReference == true
      }.map(\.name)
      guard !references.isEmpty else {
        return ["\(Self.subject(kind)) no references to follow", Self.helpNote(kind)]
      }
      return [
        "paths follow references; those of \(kind.spec.plural): "
          + references.joined(separator: ", ")
      ]
    case .unknownThroughAnyReference(_, let field, _, let suggestion):
      return Self.didYouMean(suggestion) + [
        "'\(field)' names an account, a person, a carrier or a record by its id (P-0001)"
      ]
    }
  }

  /// "policies have", "team has" (a plural that is a collective noun takes "has").
  static func subject(_ kind: KindID) -> String {
    let plural = kind.spec.plural
    return plural.hasSuffix("s") ? "\(plural) have" : "\(plural) has"
  }

  static func helpNote(_ kind: KindID) -> String {
    "Fields of \(kind.spec.plural): help \(kind.spec.plural)"
  }

  static func didYouMean(_ suggestion: String?) -> [String] {
    suggestion.map { ["Did you mean '\($0)'?"] } ?? []
  }
}

// The wording of lexical errors: a string, an escape or a character the lexer cannot read.
extension LexError {
  public var message: String {
    switch reason {
    case .unterminatedString:
      return "this string has no closing quote"
    case .badEscape(let character):
      return "'\\\(character)' is not an escape in a string: only \\\" and \\\\ are"
    case .unexpectedCharacter(let character):
      return "unexpected character '\(character)'"
    case .dollarAlone:
      return "'$' must start money ($12,500) or a variable ($days)"
    }
  }

  public var notes: [String] {
    switch reason {
    case .unterminatedString: return ["Close it with \", or continue the line with \\ at its end."]
    case .badEscape: return ["Write a backslash as \\\\."]
    case .unexpectedCharacter:
      return ["Quote text that holds it: \"…\"."]
    case .dollarAlone: return []
    }
  }
}
