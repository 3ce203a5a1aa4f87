import BookModel
import Foundation
import Synchronization
import Testing

@testable import BookStore

/// Planted FIFOs, devices and symbolic links, and a doctored write-ahead file: the store
/// neither hangs on them nor writes through them, and keeps each file's permissions.
@Suite struct HostileFileTests {
  func addNote(_ book: DataDirectory) throws -> CommitResult {
    var transaction = Transaction(base: try book.load())
    try transaction.add(
      .note,
      Record([
        Field("about", "ACME"), Field("by", "jkim"), Field("at", "2026-11-23 09:15"),
        Field("text", "Called Jim"),
      ]))
    return try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)
  }

  func refusal(_ body: () throws -> Void) -> String? {
    do {
      try body()
      return nil
    } catch let error as StoreError {
      return error.diagnostics.map(\.message).joined(separator: "\n")
    } catch {
      return "\(error)"
    }
  }

  func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  @Test func aDataFileThatIsAFIFOIsRefusedWithoutHanging() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    try FileManager.default.removeItem(atPath: directory.path + "/notes.rec")
    #expect(mkfifo(directory.path + "/notes.rec", 0o644) == 0)
    let message = refusal { _ = try book.load() }
    #expect(
      message
        == "cannot read \(directory.path)/notes.rec: it is a FIFO; book reads and writes plain files only"
    )
  }

  @Test func aDataFileLinkedToADeviceIsRefusedWithoutHanging() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    try FileManager.default.removeItem(atPath: directory.path + "/notes.rec")
    try FileManager.default.createSymbolicLink(
      atPath: directory.path + "/notes.rec", withDestinationPath: "/dev/zero")
    let message = refusal { _ = try book.load() }
    #expect(
      message
        == "cannot read \(directory.path)/notes.rec: it is a device; book reads and writes plain files only"
    )
  }

  /// Each planted link points at a file outside the book, which must stay as it was.
  @Test(arguments: ["notes.rec.book-tmp", "journal/jkim.rec", "journal", ".book"])
  func aPlantedSymbolicLinkIsNeverWrittenThrough(_ planted: String) throws {
    let directory = TemporaryDirectory()
    let outside = TemporaryDirectory("outside")
    let book = try Fixtures.book(in: directory)
    try outside.write("victim", "untouched\n")
    try outside.write("jkim.rec", "untouched\n")
    try outside.write("lock", "untouched\n")
    let target =
      planted.hasSuffix(".rec") || planted.hasSuffix("-tmp")
      ? outside.path + "/victim" : outside.path
    try? FileManager.default.removeItem(atPath: directory.path + "/" + planted)
    try FileManager.default.createSymbolicLink(
      atPath: directory.path + "/" + planted, withDestinationPath: target)
    let notes = directory.bytes("notes.rec")
    let message = try #require(refusal { _ = try addNote(book) })
    #expect(message.contains("it is a symbolic link; book never writes through one (remove it)"))
    #expect(outside.text("victim") == "untouched\n")
    #expect(outside.text("jkim.rec") == "untouched\n")
    #expect(outside.text("lock") == "untouched\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: outside.path).sorted()
        == ["jkim.rec", "lock", "victim"])
    #expect(directory.bytes("notes.rec") == notes)
  }

  @Test func aWriteAheadFileNamingAPathOutsideTheBookIsNotReplayed() throws {
    let directory = TemporaryDirectory()
    let outside = TemporaryDirectory("outside")
    let book = try Fixtures.book(in: directory)
    let escape = "../" + (outside.path as NSString).lastPathComponent + "/evil.txt"
    for path in [escape, outside.path + "/evil.txt", "journal/../../evil.txt"] {
      let log = WriteAhead(entries: [.replace(path: path, bytes: Array("evil\n".utf8))])
      try FileManager.default.createDirectory(
        atPath: directory.path + "/.book", withIntermediateDirectories: true)
      try Data(log.encoded()).write(to: URL(fileURLWithPath: directory.path + "/.book/wal"))
      _ = try book.load()
      #expect(outside.bytes("evil.txt") == nil, "replayed \(path)")
      #expect(directory.bytes(".book/wal") == nil)
    }
    #expect(WriteAhead.isPlainPath("policies.rec"))
    #expect(WriteAhead.isPlainPath("journal/jkim.rec"))
    #expect(!WriteAhead.isPlainPath("journal/../agency.rec"))
    #expect(!WriteAhead.isPlainPath(".book/lock"))
    #expect(!WriteAhead.isPlainPath("a/b.rec"))
  }

  @Test(arguments: [0o600, 0o664, 0o640])
  func aRewrittenDataFileKeepsItsPermissions(_ permissions: Int) throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    for name in ["notes.rec", "agency.rec"] {
      try FileManager.default.setAttributes(
        [.posixPermissions: permissions], ofItemAtPath: directory.path + "/" + name)
    }
    _ = try addNote(book)
    #expect(directory.text("notes.rec")?.contains("text: Called Jim") == true)
    #expect(try mode(directory.path + "/notes.rec") == permissions)
    // A new journal takes the book's own permissions (the agency file's).
    #expect(try mode(directory.path + "/journal/jkim.rec") == permissions)
    #expect(try mode(directory.path + "/.book/lock") == 0o600)
    #expect(try mode(directory.path + "/.book/validated") == 0o600)
  }

  @Test func theWriteAheadFileIsPrivate() throws {
    let directory = TemporaryDirectory()
    let fs = FaultyFileSystem()
    let book = try Fixtures.book(in: directory, fs: fs)
    // The data is in place, but removing the write-ahead file fails: it stays, private.
    fs.fail(.remove, at: 1)
    _ = try addNote(book)
    #expect(directory.bytes(".book/wal") != nil)
    #expect(try mode(directory.path + "/.book/wal") == 0o600)
  }
}

/// A write-ahead file left by a writer that died is replayed only onto the files as that
/// writer left them; an edit made since is never overwritten.
@Suite struct StaleWriteAheadTests {
  /// The log a commit adding a note would write, not yet applied.
  func pendingLog(_ directory: TemporaryDirectory) throws -> WriteAhead {
    let notes = try #require(directory.bytes("notes.rec"))
    let journal = directory.bytes("journal/jkim.rec")
    let added = notes + Array("\nid: N-0001\nabout: ACME\ntext: from the log\n".utf8)
    let log = WriteAhead(
      entries: [
        .replace(path: "notes.rec", bytes: added),
        .append(
          path: "journal/jkim.rec", offset: Int64(journal?.count ?? 0),
          bytes: Array("%rec: Change\n\ntxn: t1\n".utf8)),
      ],
      before: ["notes.rec": WriteAhead.Fingerprint(notes)])
    try FileManager.default.createDirectory(
      atPath: directory.path + "/.book", withIntermediateDirectories: true)
    try Data(log.encoded()).write(to: URL(fileURLWithPath: directory.path + "/.book/wal"))
    return log
  }

  func failure(_ body: () throws -> Void) -> StoreError? {
    do {
      try body()
      return nil
    } catch {
      return error as? StoreError
    }
  }

  @Test func aLogOntoUntouchedFilesIsReplayed() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    _ = try pendingLog(directory)
    let snapshot = try book.load()
    #expect(snapshot.record(.note, "N-0001")?.value("text") == "from the log")
    #expect(directory.text("journal/jkim.rec") == "%rec: Change\n\ntxn: t1\n")
    #expect(directory.bytes(".book/wal") == nil)
  }

  @Test func aLogHalfAppliedIsFinished() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let log = try pendingLog(directory)
    guard case .replace(_, let bytes) = log.entries[0] else { return }
    try Data(bytes).write(to: URL(fileURLWithPath: directory.path + "/notes.rec"))
    _ = try book.load()
    #expect(directory.text("journal/jkim.rec") == "%rec: Change\n\ntxn: t1\n")
    #expect(directory.bytes(".book/wal") == nil)
  }

  @Test func aFileEditedSinceIsNotOverwritten() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    _ = try pendingLog(directory)
    let edited = (directory.text("notes.rec") ?? "") + "\n# edited by hand\n"
    try directory.write("notes.rec", edited)
    let error = try #require(failure { _ = try book.load() })
    #expect(error.exitCode == 3)
    #expect(
      error.diagnostics.first?.formatted
        == """
        error: a commit that was interrupted (.book/wal) no longer matches the files: notes.rec \
        changed since; nothing was replayed
          If the files as they are now are right, drop the interrupted commit: rm \(directory.path)/.book/wal
          To finish it instead, put notes.rec back as they were (git checkout -- notes.rec in the book's repository), then run book again.
        """)
    #expect(directory.text("notes.rec") == edited)
    #expect(directory.bytes(".book/wal") != nil)
    // The hint works: without the log the book opens, with the edit.
    try FileManager.default.removeItem(atPath: directory.path + "/.book/wal")
    #expect(try book.load().file(.note).bytes == Array(edited.utf8))
  }

  /// A writer that died part-way through appending to the journal left a prefix of the
  /// log's own bytes: that is finished, not taken for someone else's edit.
  @Test(arguments: [1, 7, 12])
  func aJournalAppendCutShortByADeadWriterIsFinished(written: Int) throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    let log = try pendingLog(directory)
    guard case .append(_, _, let appended) = log.entries[1] else { return }
    try directory.write(
      "journal/jkim.rec", String(decoding: appended.prefix(written), as: UTF8.self))
    _ = try book.load()
    #expect(directory.text("journal/jkim.rec") == "%rec: Change\n\ntxn: t1\n")
    #expect(directory.bytes(".book/wal") == nil)
  }

  @Test func aJournalAppendedSinceIsNotCut() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    _ = try pendingLog(directory)
    try directory.write("journal/jkim.rec", "%rec: Change\n\ntxn: later\n")
    let error = try #require(failure { _ = try book.load() })
    guard case .staleWriteAhead(let paths, _) = error else {
      Issue.record("expected a stale log, got \(error)")
      return
    }
    #expect(paths == ["journal/jkim.rec"])
    #expect(directory.text("journal/jkim.rec") == "%rec: Change\n\ntxn: later\n")
  }

  @Test func aReaderThatWaitedForTheLockFinishesADeadWritersCommitFirst() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    _ = try book.load()
    // The "writer" holds the lock, writes its log, and dies (releases) without applying it.
    let held = try #require(
      try PosixFileSystem().lock(
        directory.path + "/.book/lock", exclusive: true, timeout: 1))
    let result = Mutex<Snapshot?>(nil)
    let reader = Thread { result.withLock { $0 = try? book.load() } }
    reader.start()
    usleep(200_000)
    _ = try pendingLog(directory)
    held.release()
    for _ in 0..<400 where result.withLock({ $0 == nil }) { usleep(10_000) }
    let snapshot = try #require(result.withLock { $0 })
    #expect(snapshot.record(.note, "N-0001")?.value("text") == "from the log")
  }
}
