import ArgumentParser
import BookLanguage
import BookModel

/// What the command line itself refuses, as data; the wording of every case lives here.
enum CommandLineProblem: Equatable {
  case noDataDirectory
  case badToday(text: String, reason: String)
  case unknownFormat(String)
  case standardInputNotUTF8
  case argumentNotUTF8(position: Int)
  case problemsFound(count: Int, root: String)
  case agencyNameUnprintable(reason: String)
  case noAccount(String)
  case waitOutOfRange(Double, longest: Double)
  case tooFewAccounts
  case teamForExample
  case badUser(String)
  case badUserName(String)
  case badParameter(String)
  case keepWithoutSandbox
  case safeRefuses(what: String, path: String)

  /// The problem as a diagnostic, for stderr.
  var diagnostic: Diagnostic {
    switch self {
    case .noDataDirectory:
      return Diagnostic(
        "no data directory: give --data DIR, set BOOK_DATA, or run inside a book"
          + " (a directory holding agency.rec, or below one) or where ./book/ holds one",
        notes: ["Try the demo: book init demo --example && book --data demo"])
    case .badToday(let text, let reason):
      return Diagnostic(
        "--today: '\(text)' is not a day: \(reason)",
        notes: ["Write it as 2026-03-01, 03/01/2026, today - 2w or +5d."])
    case .unknownFormat(let name):
      return Diagnostic(
        "unknown format '\(name)'",
        notes: ["Formats: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")])
    case .standardInputNotUTF8:
      return Diagnostic("stdin is not UTF-8 text", file: "stdin")
    case .argumentNotUTF8(let position):
      return Diagnostic(
        "argument \(position) is not valid UTF-8 text; nothing was run",
        notes: ["Save the script as UTF-8 and run it from a file: book < script.book"])
    case .problemsFound(let count, let root):
      let problems = count == 1 ? "1 problem" : "\(count) problems"
      return Diagnostic("\(problems) in \(root); nothing was changed")
    case .agencyNameUnprintable(let reason):
      return Diagnostic("the agency's name cannot be written: \(reason)")
    case .noAccount(let account):
      return Diagnostic("no account \(account)")
    case .safeRefuses(let what, let path):
      return Diagnostic(
        "safe mode (--safe, BOOK_SAFE): \(what) would write \(path), outside the data directory;"
          + " nothing was run",
        notes: [
          "Run it without \(what.split(separator: " ").first ?? "it") on a shared demo machine."
        ])
    default:
      return Diagnostic(message)
    }
  }

  /// The problem as the argument parser reports it (usage and exit 2).
  var validation: ValidationError { ValidationError(message) }

  /// The problem's one-line message.
  var message: String {
    switch self {
    case .waitOutOfRange(let wait, let longest):
      return "--wait takes a number of seconds from 0 to \(Int(longest)), not '\(wait)'"
    case .tooFewAccounts: return "--accounts must be at least 1"
    case .teamForExample:
      return "--user and --user-name are for an empty book; the demo has its team"
    case .badUser(let reason): return "--user: " + reason
    case .badUserName(let reason): return "--user-name: " + reason
    case .badParameter(let text):
      return "'\(text)' is not NAME=VALUE: a script's parameters are given as days=14"
    case .keepWithoutSandbox: return "--keep keeps a sandbox: give it with --sandbox"
    default: return diagnostic.message
    }
  }
}
