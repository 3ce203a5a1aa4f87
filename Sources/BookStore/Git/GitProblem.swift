import BookModel

/// Why a git operation of `book` failed (the wording is in StoreMessages.swift).
public enum GitProblem: Error, Sendable {
  /// Git itself failed: the arguments and what it said.
  case gitFailed([String], GitOutput)
  /// A file of the repository could not be read or written.
  case file(FileSystemError)
  /// The book could not be loaded or changed.
  case store(StoreError)
  /// The book lies inside another repository (its top level), not at one's top level.
  case insideRepository(String)

  public var status: ExitStatus {
    switch self {
    case .gitFailed, .file, .insideRepository: return .failed
    case .store(let error): return error.status
    }
  }
}
