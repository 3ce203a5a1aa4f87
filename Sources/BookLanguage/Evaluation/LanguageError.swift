import BookModel
import BookStore

/// Why a command failed: the diagnostics to print and the exit code DESIGN.md gives the case
/// (1 refused or not found, 2 usage or syntax, 3 the book is invalid, 4 lock or conflict).
public struct LanguageError: Error, Sendable, Equatable {
  public var diagnostics: [Diagnostic]
  public var exitCode: Int32

  public init(_ diagnostics: [Diagnostic], exitCode: Int32) {
    self.diagnostics = diagnostics
    self.exitCode = exitCode
  }

  /// A command that could not do what was asked (exit 1).
  public static func failed(_ message: String, notes: [String] = [], at range: SourceRange? = nil)
    -> LanguageError
  {
    LanguageError([Diagnostic(message, location: range?.lowerBound, notes: notes)], exitCode: 1)
  }

  /// A command written wrongly (exit 2).
  public static func usage(_ message: String, notes: [String] = [], at range: SourceRange? = nil)
    -> LanguageError
  {
    LanguageError([Diagnostic(message, location: range?.lowerBound, notes: notes)], exitCode: 2)
  }

  public init(_ error: StoreError) {
    self.init(error.diagnostics, exitCode: error.exitCode)
  }

  public init(_ error: ParseError) {
    self.init(
      [Diagnostic(error.message, location: error.location, notes: error.notes)], exitCode: 2)
  }

  public init(_ error: FieldError, at range: SourceRange) {
    self.init(
      [Diagnostic(error.message, location: range.lowerBound, notes: error.notes)], exitCode: 1)
  }
}

/// Runs a store operation, turning its error into the language's.
func storing<T>(_ body: () throws(StoreError) -> T) throws(LanguageError) -> T {
  do {
    return try body()
  } catch {
    throw LanguageError(error)
  }
}
