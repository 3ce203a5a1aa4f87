import BookModel

/// Why a git operation of `book` failed; the wording lives here.
public enum GitProblem: Error, Sendable {
  /// Git itself failed: the arguments and what it said.
  case gitFailed([String], GitOutput)
  /// A file of the repository could not be read or written.
  case file(FileSystemError)
  /// The book could not be loaded or changed.
  case store(StoreError)
  /// The book lies inside another repository (its top level), not at one's top level.
  case insideRepository(String)

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
    case .insideRepository(let top):
      return [
        Diagnostic(
          "the book is inside the git repository \(top): book sync keeps a book at a repository's top level",
          notes: ["Sync a book of its own: copy it out, then run book sync there."])
      ]
    }
  }

  public var status: ExitStatus {
    switch self {
    case .gitFailed, .file, .insideRepository: return .failed
    case .store(let error): return error.status
    }
  }
}
