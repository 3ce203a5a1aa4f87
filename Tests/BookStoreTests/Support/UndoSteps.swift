import BookModel
import BookStore

/// Undo and redo as the language runs them: read the history, find the transaction, revert or
/// re-apply it on a fresh snapshot, commit it marked as the undo or the redo.
extension DataDirectory {
  /// Undoes the user's last undoable transaction; nil when there is none.
  @discardableResult
  func undoLast(user: String = "jkim", clock: any Clock = Fixtures.clock) throws
    -> CommitResult?
  {
    guard let target = try history().lastUndoable(user: user) else { return nil }
    var transaction = Transaction(base: try load())
    try transaction.revert(target)
    var request = Fixtures.request
    request.user = user
    request.command = "undo"
    request.undoes = target.txn
    return try commit(transaction, request, clock: clock)
  }

  /// Redoes the user's last undone transaction; nil when there is none.
  @discardableResult
  func redoLast(user: String = "jkim", clock: any Clock = Fixtures.clock) throws
    -> CommitResult?
  {
    let history = try history()
    guard let undo = history.lastRedoable(user: user), let target = undo.undoes,
      let original = history.transaction(target)
    else { return nil }
    var transaction = Transaction(base: try load())
    try transaction.reapply(original)
    var request = Fixtures.request
    request.user = user
    request.command = "redo"
    request.redoes = undo.txn
    return try commit(transaction, request, clock: clock)
  }
}

/// A fresh copy of the example book, and its data files.
enum ExampleCopy {
  static func make(in directory: TemporaryDirectory) throws -> DataDirectory {
    try BookInitializer().write(ExampleAgency.files, into: directory.path + "/book")
    return DataDirectory(root: directory.path + "/book", wait: 2)
  }

  /// Every data file of the book (journal and .book aside), by name.
  static func files(_ book: DataDirectory) -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for kind in DataDirectory.dataKinds {
      let path = book.paths.path(kind.spec.file)
      files[kind.spec.file] = (try? book.fs.read(path)).flatMap { $0 }
    }
    return files
  }

  /// The names of the files that differ, for a failure message.
  static func differences(_ a: [String: [UInt8]], _ b: [String: [UInt8]]) -> [String] {
    Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
  }
}
