import BookModel

/// Why a journal's Change record cannot be read; the wording of each case lives here.
enum JournalProblem: Equatable {
  case notAJournal(declared: String)
  case missingField(String)
  case badDay(String)
  case unknownKind(String)
  case unknownOperation(String)
  case unexpectedField(String, op: String)
  case unreadableRecord(field: String, reason: String)
  case notOneRecord(field: String)

  var message: String {
    switch self {
    case .notAJournal(let declared):
      return "a journal holds Change records; this one declares '\(declared)'"
    case .missingField(let name):
      return "this Change has no '\(name)'"
    case .badDay(let text):
      return "'\(text)' is not a day (YYYY-MM-DD)"
    case .unknownKind(let word):
      return "'\(word)' is no kind the book knows"
    case .unknownOperation(let word):
      return "'\(word)' is not an op: it is add, set or delete"
    case .unexpectedField(let name, let op):
      return "a Change with op \(op) has no '\(name)'"
    case .unreadableRecord(let field, let reason):
      return "the record in '\(field)' cannot be read: \(reason)"
    case .notOneRecord(let field):
      return "'\(field)' must hold exactly one record"
    }
  }

  /// What to do about any of them.
  static let note =
    "The journal is written by book: put the file back from git, or mend this Change by hand."
}
