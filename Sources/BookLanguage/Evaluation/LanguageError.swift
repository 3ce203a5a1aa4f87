import BookModel
import BookStore

/// Why a command failed: the diagnostics to print and the exit status DESIGN.md gives the case
/// (failed: refused or not found; usage: usage or syntax; invalidBook; busy: lock or conflict).
public struct LanguageError: Error, Sendable, Equatable {
  public var diagnostics: [Diagnostic]
  public var status: ExitStatus

  public init(_ diagnostics: [Diagnostic], status: ExitStatus) {
    self.diagnostics = diagnostics
    self.status = status
  }

  /// The process exit code for this error.
  public var exitCode: Int32 { status.rawValue }

  /// A command that could not do what was asked (`failed`).
  public static func failed(_ message: String, notes: [String] = [], at range: SourceRange? = nil)
    -> LanguageError
  {
    LanguageError([Diagnostic(message, location: range?.lowerBound, notes: notes)], status: .failed)
  }

  /// A command written wrongly (`usage`).
  public static func usage(_ message: String, notes: [String] = [], at range: SourceRange? = nil)
    -> LanguageError
  {
    LanguageError([Diagnostic(message, location: range?.lowerBound, notes: notes)], status: .usage)
  }

  public init(_ error: StoreError) {
    self.init(error.diagnostics, status: error.status)
  }

  public init(_ error: ParseError) {
    self.init(
      [Diagnostic(error.message, location: error.location, notes: error.notes)], status: .usage)
  }

  public init(_ error: FieldError, at range: SourceRange) {
    self.init(
      [Diagnostic(error.message, location: range.lowerBound, notes: error.notes)], status: .failed)
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
