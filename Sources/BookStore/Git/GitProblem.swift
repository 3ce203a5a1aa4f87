import BookModel

/// Why a git operation of `book` failed; the wording lives here.
public enum GitProblem: Error, Sendable {
  /// Git itself failed: the arguments and what it said.
  case gitFailed([String], GitOutput)
  /// A file of the repository could not be read or written.
  case file(FileSystemError)
  /// The book could not be loaded or changed.
  case store(StoreError)

  public var diagnostics: [Diagnostic] {
    switch self {
    case .gitFailed(let arguments, let output):
      let said = (output.stderr + output.stdout).split(separator: "\n").map(String.init)
      return [
        Diagnostic(
          "git \(arguments.first ?? "") failed (exit \(output.status))",
          notes: said.isEmpty ? [] : said)
      ]
    case .file(let error):
      return [Diagnostic(error.description)]
    case .store(let error):
      return error.diagnostics
    }
  }

  public var status: ExitStatus {
    switch self {
    case .gitFailed, .file: return .failed
    case .store(let error): return error.status
    }
  }
}
