import BookModel

/// A book's data directory: loads consistent snapshots under the shared lock, finishes a
/// commit left half-done by a writer that died, and commits transactions (Committer).
public struct DataDirectory: Sendable {
  public let paths: BookPaths
  public let fs: any FileSystem
  /// How long to wait for the lock, in seconds (`--wait`).
  public var wait: Double

  public init(root: String, fs: any FileSystem = PosixFileSystem(), wait: Double = 10) {
    self.paths = BookPaths(root: root)
    self.fs = fs
    self.wait = wait
  }

  /// Whether a sync's merge is unfinished in the book's repository: then it is read-only.
  public var isMerging: Bool { fs.stamp(paths.mergeHead) != nil }

  /// The kinds that have a file of their own (all but the journal).

  public static let dataKinds = KindID.allCases.filter { $0 != .change }

  /// Whether a path (of a file that may not exist yet) lies inside the data directory, links
  /// resolved: its files change only through transactions, never by `into` or `export`.
  public func contains(_ path: String) -> Bool {
    guard let root = fs.canonicalPath(paths.root) else { return false }
    let parent = Self.directory(of: path)
    guard let directory = fs.canonicalPath(parent) else { return false }
    return directory == root || directory.hasPrefix(root == "/" ? "/" : root + "/")
  }

  /// Whether any data file changed on disk (size, mtime, inode) since the snapshot read it:
  /// another shell, an editor or `git pull` wrote the book.
  public func hasChanged(since snapshot: Snapshot) -> Bool {
    Self.dataKinds.contains { fs.stamp(paths.path($0.spec.file)) != snapshot.stamps[$0] }
  }

  /// Whether the directory holds a book (an `agency.rec`).
  public var exists: Bool {
    fs.stamp(paths.path(KindID.agency.spec.file)) != nil
  }

  /// Reads every kind's file at one moment: under the shared lock, after replaying a
  /// write-ahead file a dead writer left.
  public func load() throws(StoreError) -> Snapshot {
    try ReadStats.timed { () throws(StoreError) -> Snapshot in try loadNow() }
  }

  private func loadNow() throws(StoreError) -> Snapshot {
    try requireBook()
    try recoverIfNeeded()
    var lock = try takeReadLock()
    // A writer may have died while this reader waited for the lock: finish its commit first,
    // so that no reader sees half of it.
    while lock != nil, fs.stamp(paths.writeAheadFile) != nil {
      lock?.release()
      try recoverIfNeeded()
      lock = try takeReadLock()
    }
    defer { lock?.release() }
    // Each file is opened now, under the lock, so the snapshot is of one moment; a file whose
    // stamp parsed cleanly before is parsed only when a command reads its kind.
    let vouched = ValidatedStamps.read(paths.parsedStampsFile, fs: fs)
    var parsed = ValidatedStamps(stamps: [:])
    var files: [KindID: LazyRecFile] = [:]
    var stamps: [KindID: FileStamp] = [:]
    var problems: [Diagnostic] = []
    for kind in Self.dataKinds {
      do throws(StoreError) {
        let (file, stamp) = try open(kind, vouched: vouched)
        files[kind] = file
        stamps[kind] = stamp
        parsed.stamps[kind.spec.file] = stamp
        parsed.counts[kind.spec.file] = file.knownCount
      } catch {
        problems += error.diagnostics
      }
    }
    guard problems.isEmpty else { throw .invalidBook(problems) }
    ParsedStamps.remember(parsed, replacing: vouched, paths: paths, fs: fs)
    return Snapshot(paths: paths, files: files, stamps: stamps, fs: fs)
  }

  /// Opens one kind's file; parses it now unless its stamp is vouched for.
  private func open(_ kind: KindID, vouched: ValidatedStamps)
    throws(StoreError) -> (LazyRecFile, FileStamp)
  {
    let name = kind.spec.file
    let path = paths.path(name)
    let opened: (any OpenedFile)?
    do {
      opened = try fs.openForReading(path)
    } catch {
      throw .invalid(.unreadable(error.description, file: path))
    }
    // A kind's file missing (deleted by hand, lost in a merge) would read as no records, and
    // new ids would start again at -0001, reusing ids the journals still name.
    guard let opened else { throw StoreError.missingFile(kind: kind, root: paths.root) }
    if vouched.stamps[name] == opened.stamp {
      ReadStats.add { $0.filesDeferred += 1 }
      let file = LazyRecFile(
        name: name, source: .opened(opened, path: path), count: vouched.counts[name])
      return (file, opened.stamp)
    }
    let storage: RecBytes
    do {
      storage = try opened.bytes()
    } catch {
      throw .invalid(.unreadable(error.description, file: path))
    }
    let file: RecFile
    do {
      file = try RecParser.parse(name: name, storage: storage)
    } catch {
      throw .invalidBook([error.diagnostic(path: path, storage: storage)])
    }
    try checkRecordType(file, kind, path: path)
    ReadStats.add {
      $0.filesParsed += 1
      $0.bytesParsed += storage.count
    }
    return (LazyRecFile(name: name, parsed: file), opened.stamp)
  }

  /// Reads and parses one kind's file, with the stamp it had before reading.
  func read(_ kind: KindID) throws(StoreError) -> (RecFile, FileStamp?) {
    let name = kind.spec.file
    let path = paths.path(name)
    let stamp = fs.stamp(path)
    // A kind's file missing (deleted by hand, lost in a merge) would read as no records, and
    // new ids would start again at -0001, reusing ids the journals still name.
    guard stamp != nil else { throw StoreError.missingFile(kind: kind, root: paths.root) }
    let file = try parsedFile(at: path, name: name)
    try checkRecordType(file, kind, path: path)
    return (file, stamp)
  }

  /// Refuses a file that declares records of another kind.
  private func checkRecordType(_ file: RecFile, _ kind: KindID, path: String) throws(StoreError) {
    let name = kind.spec.file
    if let declared = file.recordType, declared != kind.spec.recordType {
      let line = Int(file.descriptorSpan?.line ?? 1)
      throw .invalidBook([
        StoreProblem.wrongRecordType(
          file: name, declared: declared, kind: kind, path: path, line: line,
          sourceLine: file.lineText(line)
        ).diagnostic
      ])
    }
  }

  /// Reads and parses a rec file; an unreadable or malformed one is an invalid book.
  func parsedFile(at path: String, name: String) throws(StoreError) -> RecFile {
    let bytes: [UInt8]
    do {
      bytes = try fs.read(path) ?? []
    } catch {
      throw .invalid(.unreadable(error.description, file: path))
    }
    do {
      return try RecParser.parse(name: name, bytes: bytes)
    } catch {
      throw .invalidBook([error.diagnostic(path: path, bytes: bytes)])
    }
  }

  private func requireBook() throws(StoreError) {
    guard fs.isDirectory(paths.root) else {
      throw .invalid(.noDataDirectory(root: paths.root))
    }
    guard exists else {
      throw .invalid(.notABook(root: paths.root))
    }
  }

  /// Takes the book's lock, waiting up to `wait` seconds.
  func takeLock(exclusive: Bool) throws(StoreError) -> any FileLock {
    let lock: (any FileLock)?
    do {
      lock = try lockOrTimeout(exclusive: exclusive)
    } catch {
      throw .invalid(.unreadable(error.description))
    }
    guard let lock else { throw .lockTimeout(seconds: wait) }
    return lock
  }

  /// The shared lock for reading; nil when the book is read-only to us (a read-only mount, a
  /// directory we may not write), where the lock cannot be made: such a book is read without
  /// it — each file is still whole, as writers replace files by renaming.
  func takeReadLock() throws(StoreError) -> (any FileLock)? {
    let lock: (any FileLock)?
    do {
      lock = try lockOrTimeout(exclusive: false)
    } catch  where error.deniesWriting {
      return nil
    } catch {
      throw .invalid(.unreadable(error.description))
    }
    guard let lock else { throw .lockTimeout(seconds: wait) }
    return lock
  }

  /// The lock, or nil when it could not be had within `wait` seconds.
  private func lockOrTimeout(exclusive: Bool) throws(FileSystemError) -> (any FileLock)? {
    try fs.makeDirectory(paths.privateDirectory)
    return try fs.lock(paths.lockFile, exclusive: exclusive, timeout: wait)
  }

  /// Replays a write-ahead file left by a writer that died, under the exclusive lock.
  public func recoverIfNeeded() throws(StoreError) {
    guard fs.stamp(paths.writeAheadFile) != nil else { return }
    let lock = try takeLock(exclusive: true)
    defer { lock.release() }
    try recoverLocked()
  }

  /// Replays or discards the write-ahead file; the caller holds the exclusive lock.
  func recoverLocked() throws(StoreError) {
    do {
      guard let bytes = try fs.read(paths.writeAheadFile) else { return }
      if let log = WriteAhead.decode(bytes) {
        let stale = try log.stalePaths { (path) throws(FileSystemError) in
          try fs.read(paths.path(path))
        }
        guard stale.isEmpty else {
          throw StoreError.staleWriteAhead(paths: stale, root: paths.root)
        }
        try apply(log)
      }
      try fs.remove(paths.writeAheadFile)
      try fs.syncDirectory(paths.privateDirectory)
    } catch let error as StoreError {
      throw error
    } catch let error as FileSystemError {
      throw .writeFailed(error, restored: false)
    } catch {
      throw .invalid(.unreadable("\(error)"))
    }
  }

  /// Puts every entry of a write-ahead log in place: temp file, sync, rename; appends at their
  /// offsets; then syncs the directories. Idempotent, so replay may repeat it.
  /// A rewritten file keeps its permissions; a new one takes the agency file's (a book its
  /// owner made private stays private), else the umask's.
  func apply(_ log: WriteAhead) throws(FileSystemError) {
    var directories: Set<String> = []
    let bookMode = fs.permissions(paths.path(KindID.agency.spec.file))
    for entry in log.entries {
      let path = paths.path(entry.path)
      let mode = fs.permissions(path) ?? bookMode
      switch entry {
      case .replace(_, let bytes):
        let temporary = path + ".book-tmp"
        try fs.write(temporary, bytes, mode: mode)
        try fs.sync(temporary)
        try fs.rename(temporary, path)
      case .append(_, let offset, let bytes):
        try fs.makeDirectory(Self.directory(of: path))
        try fs.writeAt(path, offset: offset, bytes, mode: mode)
        try fs.sync(path)
      }
      directories.insert(Self.directory(of: path))
    }
    for directory in directories.sorted() {
      try fs.syncDirectory(directory)
    }
  }

  /// The directory part of a path (`.` when it has none).
  public static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}
