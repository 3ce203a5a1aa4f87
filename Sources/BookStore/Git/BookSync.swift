import BookModel

/// `book sync`: commits what is not committed, fetches, renumbers our new ids that upstream
/// took too, merges the upstream (ours: this clone, theirs: the upstream), checks the
/// result, pushes (DESIGN.md, "Beyond one person's machine").
public struct BookSync: Sendable {
  /// How a sync ended: what it says, the problems to show, and the exit status (0 synced, 1
  /// conflicts or a failure, 4 the remote moved during the push).
  public struct Report: Sendable {
    public var lines: [String] = []
    public var problems: [Diagnostic] = []
    public var conflicts: [OpenConflict] = []
    public var status: ExitStatus = .ok
  }

  let repository: GitRepository
  let directory: DataDirectory
  /// The command git runs as the driver (`/usr/bin/book`; ` merge %O %A %B %P` is added).
  let driver: String
  /// Who syncs, on which day (for the renumbering's transaction).
  let context: BookContext

  public init(
    repository: GitRepository, directory: DataDirectory, driver: String, context: BookContext
  ) {
    self.repository = repository
    self.directory = directory
    self.driver = driver
    self.context = context
  }

  public func run(push: Bool) -> Report {
    var report = Report()
    do throws(GitProblem) {
      try sync(push: push, into: &report)
    } catch {
      report.problems += error.diagnostics
      report.status = error.status
    }
    return report
  }

  private func sync(push: Bool, into report: inout Report) throws(GitProblem) {
    if !repository.exists {
      // A book inside another repository is not made a repository of its own.
      let enclosing = repository.run(["rev-parse", "--show-toplevel"])
      if enclosing.succeeded {
        throw .insideRepository(
          enclosing.stdout.split(separator: "\n").first.map(String.init) ?? "")
      }
      try repository.initialize(driver: driver)
      try commitAll(message: "book: the first commit of \(agencyName())")
      report.lines.append("made a git repository in \(repository.root), with a first commit")
    } else {
      try repository.registerDriver(driver)
    }
    if repository.mergeUnfinished {
      guard try finishMerge(into: &report) else { return }
    } else if !repository.uncommitted().isEmpty {
      // What is committed here is valid: an invalid book is mended before it travels.
      let problems = check()
      guard problems.isEmpty else {
        report.problems += problems
        report.problems.append(
          StoreProblem.syncOfInvalidBook.diagnostic)
        report.status = .invalidBook
        return
      }
      let listed = try unsyncedTransactions()
      try commitAll(message: Self.message(listed))
      report.lines.append(
        "committed \(listed.count) transaction\(listed.count == 1 ? "" : "s")")
    }
    guard let branch = repository.branch() else {
      throw .gitFailed(
        ["symbolic-ref"],
        GitOutput(status: 1, stdout: "", stderr: "HEAD is detached: check out a branch"))
    }
    guard let remote = repository.remote(branch: branch) else {
      report.lines.append(
        "no remote to sync with: committed here only (add one: git remote add origin URL)")
      return
    }
    try repository.require(["fetch", "-q", remote])
    let upstream = "refs/remotes/\(remote)/\(branch)"
    if repository.commit(upstream) != nil {
      guard try merge(upstream, into: &report) else { return }
    }
    guard push else {
      report.lines.append("merged; not pushed (--no-push)")
      return
    }
    let pushed = repository.run(["push", "-q", "-u", remote, "HEAD:refs/heads/\(branch)"])
    if !pushed.succeeded {
      let said = pushed.stderr
      // `! [rejected] … (fetch first)`: someone pushed since our fetch; `cannot lock ref`:
      // someone pushed while ours was under way. A hook's refusal or an authentication
      // failure is git's error, shown as it is.
      if said.contains("[rejected]") || said.contains("cannot lock ref") {
        report.problems.append(
          StoreProblem.remoteMoved.diagnostic)
        report.status = .busy
        return
      }
      throw .gitFailed(["push"], pushed)
    }
    report.lines.append("synced with \(remote)/\(branch)")
  }

  /// Merges the upstream into the branch, renumbering clashing ids first; false when the
  /// merge stops (conflicts or broken rules).
  private func merge(_ upstream: String, into report: inout Report) throws(GitProblem) -> Bool {
    if repository.run(["merge-base", "--is-ancestor", upstream, "HEAD"]).succeeded {
      return true
    }
    if repository.run(["merge-base", "--is-ancestor", "HEAD", upstream]).succeeded {
      try repository.require(["merge", "-q", "--ff-only", upstream])
      report.lines.append("took the upstream's changes")
      return true
    }
    let base =
      try repository.require(["merge-base", "HEAD", upstream]).stdout
      .split(separator: "\n").first.map(String.init) ?? ""
    try renumber(base: base, upstream: upstream, into: &report)
    let merged = repository.run(["merge", "-q", "--no-ff", "--no-commit", upstream])
    if !merged.succeeded {
      let open = repository.openConflicts()
      guard !open.isEmpty else { throw .gitFailed(["merge"], merged) }
      report.conflicts = open
      report.status = .failed
      return false
    }
    let problems = check()
    guard problems.isEmpty else {
      repository.run(["merge", "--abort"])
      report.problems += problems
      report.problems.append(
        StoreProblem.mergeBreaksRules(count: problems.count, unfinished: false).diagnostic)
      report.status = .failed
      return false
    }
    try commit(["commit", "-q", "--no-edit"])
    report.lines.append("merged the upstream's changes")
    return true
  }

  /// Renumbers our new records whose ids upstream added too, in a commit of its own.
  private func renumber(base: String, upstream: String, into report: inout Report)
    throws(GitProblem)
  {
    let renumberings = SyncCollisions.renumberings(
      base: { repository.show(base, $0.spec.file) },
      ours: { repository.show("HEAD", $0.spec.file) },
      theirs: { repository.show(upstream, $0.spec.file) })
    guard !renumberings.isEmpty else { return }
    let said = renumberings.map { "\($0.from) → \($0.to) (also added upstream)" }
    let result: CommitResult
    do throws(StoreError) {
      var transaction = Transaction(base: try directory.load())
      for renumbering in renumberings {
        try transaction.rename(renumbering.kind, from: renumbering.from, to: renumbering.to)
      }
      result = try directory.commit(
        transaction, context.request(command: "sync: " + said.joined(separator: ", ")))
    } catch {
      throw .store(error)
    }
    try followInJournal(renumberings, base: base, renumbering: result.transaction)
    try commitAll(message: "book sync: " + said.joined(separator: ", "))
    report.lines += said.map { "renumbered " + $0 }
  }

  /// Our journal follows the new ids (see `JournalFollow`): what the base already holds is
  /// kept as written.
  private func followInJournal(
    _ renumberings: [SyncCollisions.Renumbering], base: String, renumbering: String
  ) throws(GitProblem) {
    let name = directory.paths.journal(user: context.user)
    let path = directory.paths.path(name)
    var synced: Set<String> = []
    if let bytes = repository.show(base, name),
      let file = try? RecParser.parse(name: name, bytes: bytes)
    {
      for index in 0..<file.records.count {
        if let txn = file.record(index).value("txn") { synced.insert(txn) }
      }
    }
    let follow = JournalFollow(
      renamed: Dictionary(
        renumberings.map { ($0.from, $0.to) }, uniquingKeysWith: { first, _ in first }),
      synced: synced, renumbering: renumbering)
    let lock: any FileLock
    do {
      lock = try directory.takeLock(exclusive: true)
    } catch {
      throw .store(error)
    }
    defer { lock.release() }
    do {
      guard let bytes = try directory.fs.read(path),
        let rewritten = follow.rewrite(bytes, name: name)
      else { return }
      try directory.fs.write(path, rewritten)
    } catch {
      throw .file(error)
    }
  }

  /// Finishes a merge whose conflicts are all resolved; false while some remain.
  private func finishMerge(into report: inout Report) throws(GitProblem) -> Bool {
    let open = repository.openConflicts()
    guard open.isEmpty else {
      report.conflicts = open
      report.status = .failed
      return false
    }
    let problems = check()
    guard problems.isEmpty else {
      report.problems += problems
      report.problems.append(
        StoreProblem.mergeBreaksRules(count: problems.count, unfinished: true).diagnostic)
      report.status = .failed
      return false
    }
    try repository.require(["add", "-A"])
    try commit(["commit", "-q", "--no-edit"])
    repository.forgetResolved()
    report.lines.append("finished the merge")
    return true
  }

  /// The book's problems as `book check` finds them.
  private func check() -> [Diagnostic] {
    do {
      let snapshot = try directory.load()
      var problems = Validation.check(snapshot)
      do { _ = try directory.history() } catch { problems += error.diagnostics }
      return problems
    } catch {
      return error.diagnostics
    }
  }

  /// Commits everything, as the syncing person.
  private func commitAll(message: String) throws(GitProblem) {
    try repository.require(["add", "-A"])
    try commit(["commit", "-q", "-m", message])
  }

  private func commit(_ arguments: [String]) throws(GitProblem) {
    try repository.require(arguments + (author().map { ["--author", $0] } ?? []))
  }

  /// `Name <email>` from the team record of the person syncing, when it has both.
  private func author() -> String? {
    guard let person = try? directory.load().record(.person, context.user),
      let name = person.nonEmpty("name"), let email = person.nonEmpty("email")
    else { return nil }
    return "\(name) <\(email)>"
  }

  private func agencyName() -> String {
    ((try? directory.load())?.records(.agency).first?.nonEmpty("name")) ?? "the book"
  }

  /// The transactions in the journals that HEAD does not hold yet, in commit order.
  private func unsyncedTransactions() throws(GitProblem) -> [JournalTransaction] {
    let history: History
    do {
      history = try directory.history()
    } catch {
      throw .store(error)
    }
    var synced: Set<String> = []
    let names = repository.run(["ls-tree", "--name-only", "HEAD", "journal/"]).stdout
      .split(separator: "\n")
    for name in names {
      guard let bytes = repository.show("HEAD", String(name)),
        let file = try? RecParser.parse(name: String(name), bytes: bytes)
      else { continue }
      for index in 0..<file.records.count {
        if let txn = file.record(index).value("txn") { synced.insert(txn) }
      }
    }
    return history.transactions.filter { !synced.contains($0.txn) }
  }

  /// The sync commit's message: a summary line, then one line per transaction.
  static func message(_ transactions: [JournalTransaction]) -> String {
    let people = Set(transactions.map(\.user)).sorted().joined(separator: ", ")
    guard !transactions.isEmpty else { return "book sync: files changed outside book" }
    let count = transactions.count
    let lines = transactions.map { transaction in
      let command = transaction.command.split(separator: "\n").first.map(String.init) ?? ""
      return "\(transaction.txn) \(transaction.user): \(command)"
    }
    return "book sync: \(count) transaction\(count == 1 ? "" : "s") by \(people)\n\n"
      + lines.joined(separator: "\n")
  }
}
