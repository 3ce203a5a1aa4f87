import BookModel

/// A data directory kept in git: the few git operations `book` needs, each run as a
/// subprocess through one `GitRunning`. The data directory is the repository's top level.
public struct GitRepository: Sendable {
  public let root: String
  let git: any GitRunning
  let fs: any FileSystem

  public init(
    root: String, git: any GitRunning = GitProcess(), fs: any FileSystem = PosixFileSystem()
  ) {
    self.root = root
    self.git = git
    self.fs = fs
  }

  /// What `.gitattributes` holds: rec files through `book merge`, journals as a union.
  public static let attributes = "*.rec merge=book\njournal/*.rec merge=union\n"
  /// What `.gitignore` holds: the private directory (lock, write-ahead file, caches).
  public static let ignore = ".book/\n"

  /// Runs git in the data directory.
  @discardableResult
  func run(_ arguments: [String]) -> GitOutput {
    git.run(arguments, in: root)
  }

  /// Runs git; a failure becomes an error carrying git's own message.
  @discardableResult
  func require(_ arguments: [String]) throws(GitProblem) -> GitOutput {
    let output = run(arguments)
    guard output.succeeded else { throw .gitFailed(arguments, output) }
    return output
  }

  /// Whether the data directory is (in) a git repository.
  public var exists: Bool {
    fs.stamp(root + "/.git") != nil || fs.isDirectory(root + "/.git")
  }

  /// Whether a merge is under way (`.git/MERGE_HEAD`): the book is read-only until it ends.
  public var mergeUnfinished: Bool {
    fs.stamp(root + "/.git/MERGE_HEAD") != nil
  }

  /// Makes the repository: `git init`, the ignore and attributes files, the driver.
  public func initialize(driver: String) throws(GitProblem) {
    try require(["init", "-q"])
    try writeSetupFiles()
    try registerDriver(driver)
  }

  /// Writes `.gitignore` and `.gitattributes` when missing.
  func writeSetupFiles() throws(GitProblem) {
    for (name, text) in [(".gitignore", Self.ignore), (".gitattributes", Self.attributes)]
    where fs.stamp(root + "/" + name) == nil {
      do {
        try fs.write(root + "/" + name, Array(text.utf8))
      } catch {
        throw .file(error)
      }
    }
  }

  /// Registers `book merge` as the merge driver `book` in the repository's config (a clone
  /// does not carry config, so every sync does it again).
  public func registerDriver(_ command: String) throws(GitProblem) {
    try require(["config", "merge.book.name", "book: record by record"])
    try require(["config", "merge.book.driver", command + " merge %O %A %B %P"])
  }

  /// The names of the files git sees changed, added or deleted and not yet committed.
  func uncommitted() -> [String] {
    run(["status", "--porcelain", "--untracked-files=all"]).stdout.split(separator: "\n").map {
      String($0.dropFirst(3))
    }
  }

  /// The file's content at a revision (`HEAD`, `:2`), nil when it has none there.
  func show(_ revision: String, _ path: String) -> [UInt8]? {
    let output = run(["show", "\(revision):\(path)"])
    return output.succeeded ? Array(output.stdout.utf8) : nil
  }

  /// The commit a revision names, nil when it names none.
  func commit(_ revision: String) -> String? {
    let output = run(["rev-parse", "--verify", "-q", revision + "^{commit}"])
    let hash = output.stdout.split(separator: "\n").first.map(String.init)
    return output.succeeded ? hash : nil
  }

  /// The current branch's name (nil when detached).
  func branch() -> String? {
    let output = run(["symbolic-ref", "--short", "-q", "HEAD"])
    return output.succeeded ? output.stdout.split(separator: "\n").first.map(String.init) : nil
  }

  /// The remote the branch pulls from (`origin` when it names none but one exists).
  func remote(branch: String) -> String? {
    let configured = run(["config", "branch.\(branch).remote"]).stdout.split(separator: "\n")
    if let name = configured.first { return String(name) }
    let remotes = run(["remote"]).stdout.split(separator: "\n").map(String.init)
    return remotes.contains("origin") ? "origin" : remotes.first
  }

  /// The paths git holds unmerged (in conflict), sorted.
  func unmergedPaths() -> [String] {
    run(["diff", "--name-only", "--diff-filter=U"]).stdout.split(separator: "\n").map(String.init)
      .sorted()
  }
}
