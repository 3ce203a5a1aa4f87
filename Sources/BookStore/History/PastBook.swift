import BookModel

/// The book as it was at the end of a day (`as of DAY`), read-only, and what answered.
///
/// The journals answer when they reach back to the day: taking back, newest first, every
/// journaled change made after it finds each record as that change left it, and, in a book
/// kept in git, taking back every change the last commit on or before the day does not hold
/// yet gives exactly that commit's files (so nothing since it changed outside the journals:
/// no hand edit, no pruned or reset journal, no commit of files without their journal).
///
/// Where they do not, git answers: that commit's files, with the journaled changes of the
/// day that commit does not hold made again on them (changes made later in the day, or on
/// another clone and merged since). A commit's day is its committer date on the committer's
/// own clock. Before the first commit only the journals can answer, and only when they were
/// kept then and reach the first commit.
public struct PastBook {
  /// What answered.
  public enum Source: Sendable, Equatable {
    /// The journals alone: the book as it is with the later changes taken back.
    case journals
    /// A commit's files, and whether journaled changes after it were made on them.
    case git(GitCommit, journals: Bool)
  }

  /// The answer: the past book, or why nothing can give it.
  public enum Answer: Sendable {
    case book(Snapshot, Source)
    case unreachable(PastProblem)
  }

  let current: Snapshot
  let history: History
  let repository: GitRepository?

  /// The past of the book as it is now (`current`), its journals, and its repository (nil,
  /// or one that does not exist: a book not in git).
  public init(current: Snapshot, history: History, repository: GitRepository?) {
    self.current = current
    self.history = history
    self.repository = repository
  }

  /// The book at the end of `day`; on `today` or later, with no journaled change after it, the
  /// book as it is (changes made outside the journals since the last commit included).
  public func answer(_ day: Day, today: Day) throws(StoreError) -> Answer {
    if day >= today && !history.transactions.contains(where: { $0.day > day }) {
      return .book(current, .journals)
    }
    let journal = current.journalPast(day, history: history)
    let commits = repository.map { $0.exists ? $0.commitsNewestFirst() : [] } ?? []
    guard let repository, let first = commits.last else {
      if let entry = journal.unjournaled { return .unreachable(.changedOutside(entry)) }
      return .book(try journal.records.snapshot(like: current), .journals)
    }
    let commit = commits.first { $0.day <= day } ?? first
    let (files, synced) = try state(at: commit, in: repository)
    if journal.unjournaled == nil {
      let back = current.taken(back: history.transactions.filter { !synced.contains($0.txn) })
      if back.unjournaled == nil && back.records == files {
        let kept = history.transactions.lazy.filter { synced.contains($0.txn) }.map(\.day).min()
        if commit.day <= day || kept.map({ $0 <= day }) == true {
          return .book(try journal.records.snapshot(like: current), .journals)
        }
        return .unreachable(.beforeFirstCommit(first, earliest: min(first.day, kept ?? first.day)))
      }
    }
    guard commit.day <= day else {
      return .unreachable(.beforeFirstCommit(first, earliest: first.day))
    }
    var past = files
    let later = history.transactions.filter { $0.day <= day && !synced.contains($0.txn) }
    for transaction in later {
      for entry in transaction.entries { past.apply(entry) }
    }
    return .book(try past.snapshot(like: current), .git(commit, journals: !later.isEmpty))
  }

  /// A commit's data records, and the transactions its journals hold.
  private func state(at commit: GitCommit, in repository: GitRepository) throws(StoreError) -> (
    PastRecords, Set<String>
  ) {
    guard let top = repository.recFiles(at: commit.hash, in: ""),
      let journals = repository.recFiles(at: commit.hash, in: "journal")
    else {
      throw .refusal(.unreadableCommit(commit.short))
    }
    var files: [KindID: RecFile] = [:]
    for kind in DataDirectory.dataKinds {
      guard let bytes = top[kind.spec.file] else { continue }
      let name = "\(commit.short):\(kind.spec.file)"
      do {
        files[kind] = try RecParser.parse(name: name, bytes: bytes)
      } catch {
        throw .refused([error.diagnostic(path: name, bytes: bytes)])
      }
    }
    var synced: Set<String> = []
    for bytes in journals.values { synced.formUnion(Self.transactionIDs(in: bytes)) }
    return (PastRecords(files), synced)
  }

  /// The ids on a journal's `txn:` lines.
  static func transactionIDs(in bytes: [UInt8]) -> Set<String> {
    var ids: Set<String> = []
    for line in bytes.split(separator: 0x0A) where line.starts(with: Self.txnField) {
      ids.insert(String(decoding: line.dropFirst(Self.txnField.count), as: UTF8.self))
    }
    return ids
  }

  private static let txnField = Array("txn: ".utf8)
}
