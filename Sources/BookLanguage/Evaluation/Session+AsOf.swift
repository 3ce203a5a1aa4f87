import BookModel
import BookStore

extension Session {
  /// A read-only session on the book as it was at the end of a day (`as of DAY`), rebuilt
  /// from the journals' before-images, or from git where they do not reach (a note on stderr
  /// names the commit), with that day as today; its output is this session's.
  func asOf(_ node: ValueNode) throws(LanguageError) -> Session {
    let day = try ValueInterpreter(session: self).day(node)
    guard day <= context.today else {
      throw .refused(.asOfFuture(day, today: context.today), at: node.range)
    }
    let repository = GitRepository(root: directory.paths.root, fs: directory.fs)
    let answer = try storing { () throws(StoreError) in
      try PastBook(current: view.base, history: try directory.history(), repository: repository)
        .answer(day, today: self.context.today)
    }
    let past: Snapshot
    switch answer {
    case .unreachable(let problem):
      throw .refused(.asOfOutOfReach(day, problem), at: node.range)
    case .book(let snapshot, .journals):
      past = snapshot
    case .book(let snapshot, .git(let commit, let journals)):
      past = snapshot
      output.report(
        "note: as of \(day.iso) from git commit \(commit.short) (\(commit.day.iso))"
          + (journals ? " and the journals' changes after it" : "") + "\n")
    }
    var context = self.context
    context.today = day
    let session = Session(
      registry: registry, directory: directory, snapshot: past, context: context,
      output: output, options: options, safe: true, unit: unit, clock: clock)
    session.focus = focus
    return session
  }
}
