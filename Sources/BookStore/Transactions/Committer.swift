import BookModel

/// Commits a transaction: under the exclusive lock, re-reads files changed on disk and applies
/// the changes onto them by id (renumbering new ids taken meanwhile, refusing when a changed
/// record was itself changed), validates, then writes through the write-ahead file.
extension DataDirectory {
  public func commit(
    _ transaction: Transaction, _ request: CommitRequest, clock: any Clock = SystemClock()
  ) throws(StoreError) -> CommitResult {
    var transaction = transaction
    guard !transaction.isEmpty else {
      return CommitResult(
        transaction: "", renumbered: [], files: [], snapshot: transaction.base)
    }
    if request.dayPinned && !request.sandbox
      && transaction.base.records(.agency).first?.nonEmpty("today") == nil
    {
      throw .pinnedDay(request.day)
    }
    try Self.checkUser(request.user)
    if isMerging { throw .mergeUnfinished }
    let lock = try takeLock(exclusive: true)
    defer { lock.release() }
    try recoverLocked()
    let renumbered = try rebase(&transaction)
    transaction.placeDeletions()
    let validated = try requireValidBook(transaction.base)
    try Validation.refuseInvalid(
      transaction, today: request.day, restoring: request.undoes != nil || request.redoes != nil)

    let time = clock.now()
    let id =
      "\(time.compact)-\(request.user)-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))"
    let changes = transaction.effectiveChanges
    let journal = paths.journal(user: request.user)
    guard WriteAhead.isPlainPath(journal) else {
      throw .refusal(.journalName(user: request.user))
    }
    let existing: [UInt8]?
    do {
      existing = try fs.read(paths.path(journal))
    } catch {
      throw .invalid(.unreadable(error.description))
    }
    let log: WriteAhead
    var previous: [String: [UInt8]?] = [:]
    var written: [(KindID, [UInt8])] = []
    do {
      var entries: [WriteAhead.Entry] = []
      let changedKinds = Set(changes.map(\.kind))
      for kind in DataDirectory.dataKinds where changedKinds.contains(kind) {
        let file = transaction.base.file(kind)
        let bytes = try newContent(transaction.base, kind, changes)
        entries.append(.replace(path: kind.spec.file, bytes: bytes))
        written.append((kind, bytes))
        previous[kind.spec.file] = Array(file.buffer)
      }
      let bytes = try Journal.appendix(
        for: changes, transaction: id, time: time, request: request, existing: existing)
      entries.append(.append(path: journal, offset: Int64(existing?.count ?? 0), bytes: bytes))
      log = WriteAhead(entries: entries, before: previous.mapValues(WriteAhead.Fingerprint.init))
    } catch {
      throw .refusal(.unreadable(error.description))
    }
    try requireWritableJournal(journal, at: Int64(existing?.count ?? 0))
    try write(log, previous: previous)
    remember(validated, after: log)
    return CommitResult(
      transaction: id, renumbered: renumbered, files: log.entries.map(\.path),
      snapshot: snapshot(transaction.base, after: written))
  }

  /// The book as it is after a commit: the files as read or re-read under the lock, and the
  /// ones written, parsed from the bytes written when first read, with their new stamps (as a
  /// fresh load would read them, without reading them).
  private func snapshot(_ base: Snapshot, after written: [(KindID, [UInt8])]) -> Snapshot {
    var snapshot = base
    for (kind, bytes) in written {
      let stamp = fs.stamp(paths.path(kind.spec.file))
      snapshot.replace(kind, written: bytes, stamp: stamp)
    }
    return snapshot
  }

  /// Refuses to write into a book that does not validate (exit 3), checking it whole only
  /// when a file changed since it last validated; returns the stamps it validated.
  private func requireValidBook(_ snapshot: Snapshot) throws(StoreError) -> ValidatedStamps {
    var current: [String: FileStamp] = [:]
    for kind in DataDirectory.dataKinds {
      if let stamp = snapshot.stamps[kind] { current[kind.spec.file] = stamp }
    }
    let cached = ValidatedStamps.read(paths.validatedStampsFile, fs: fs)
    if cached.stamps == current { return cached }
    let problems = Validation.check(snapshot)
    guard problems.isEmpty else {
      throw .invalidBook(
        problems + [StoreProblem.bookHasProblems(count: problems.count).diagnostic])
    }
    return ValidatedStamps(stamps: current)
  }

  /// Records the written files' new stamps as validated (best effort: it is only a cache).
  private func remember(_ validated: ValidatedStamps, after log: WriteAhead) {
    var validated = validated
    for entry in log.entries {
      guard case .replace(let name, _) = entry else { continue }
      validated.stamps[name] = fs.stamp(paths.path(name))
    }
    try? fs.write(paths.validatedStampsFile, Array(validated.text.utf8), mode: 0o600)
  }

  static func checkUser(_ user: String) throws(StoreError) {
    let allowed = user.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        || $0 == "_" || $0 == "-" || $0 == "."
    }
    guard allowed, !user.isEmpty, !user.hasPrefix(".") else {
      throw .refusal(.unusableUser(user))
    }
  }

  /// Re-reads every file changed on disk since the snapshot and re-applies the changes onto it.
  private func rebase(_ transaction: inout Transaction) throws(StoreError)
    -> [CommitResult.Renumbering]
  {
    var changedKinds: Set<KindID> = []
    for kind in DataDirectory.dataKinds
    where fs.stamp(paths.path(kind.spec.file)) != transaction.base.stamps[kind] {
      let (file, stamp) = try read(kind)
      transaction.base.replace(kind, with: file, stamp: stamp)
      changedKinds.insert(kind)
    }
    var renumbered: [CommitResult.Renumbering] = []
    var moves: [KindID: [String: String]] = [:]
    var highest: [KindID: Int] = [:]
    for change in transaction.effectiveChanges where changedKinds.contains(change.kind) {
      let current = transaction.base.record(change.kind, change.key ?? change.id)
      if change.operation == .set, let key = change.key, key != change.id,
        transaction.base.record(change.kind, change.id) != nil,
        !transaction.vacates(change.kind, change.id)
      {
        throw .conflict(
          kind: change.kind, id: change.id, reason: "another writer added one with that id")
      }
      switch change.operation {
      case .add:
        guard current != nil, !transaction.vacates(change.kind, change.id) else { continue }
        guard change.assignedID, let prefix = change.kind.spec.idPrefix else {
          throw .conflict(
            kind: change.kind, id: change.id, reason: "another writer added one with that id")
        }
        // The next number neither on disk nor pending (nor given to another renumbered id).
        let number =
          (highest[change.kind]
            ?? max(
              transaction.base.highestNumber(change.kind),
              transaction.highestChangedNumber(change.kind))) + 1
        highest[change.kind] = number
        let next = IDNumber.make(prefix: prefix, number: number)
        moves[change.kind, default: [:]][change.id] = next
        renumbered.append(.init(kind: change.kind, from: change.id, to: next))
      case .set, .delete:
        guard let current else {
          throw .conflict(kind: change.kind, id: change.id, reason: "it was deleted")
        }
        guard current.record == change.before else {
          throw .conflict(kind: change.kind, id: change.id, reason: "its fields differ")
        }
      }
    }
    transaction.renumber(moves)
    if !changedKinds.isEmpty { try refuseNewReferrers(transaction) }
    return renumbered
  }

  /// Refuses a rename when another writer made a record refer to the old id meanwhile (the
  /// rename changed every reference it could see).
  private func refuseNewReferrers(_ transaction: Transaction) throws(StoreError) {
    for change in transaction.effectiveChanges where change.operation == .set {
      guard let key = change.key, key != change.id else { continue }
      if let referrer = Validation.referrers(to: change.kind, key, in: transaction).first {
        throw .conflict(
          kind: change.kind, id: key, reason: "\(referrer) was made to refer to it meanwhile")
      }
    }
  }

  private func newContent(_ snapshot: Snapshot, _ kind: KindID, _ changes: [PendingChange])
    throws(RecPrinter.Failure) -> [UInt8]
  {
    let plan = SplicePlan(snapshot, kind, changes)
    return try FileSplicer.splice(
      snapshot.file(kind), kind: kind, edits: plan.edits, insertions: plan.insertions,
      additions: plan.additions)
  }

  /// Refuses, before anything is written, a commit whose journal cannot take the append: a
  /// change that cannot be logged is not made (and no log is left to fail at every open).
  private func requireWritableJournal(_ journal: String, at offset: Int64) throws(StoreError) {
    let path = paths.path(journal)
    guard fs.stamp(path) != nil else { return }
    do {
      try fs.writeAt(path, offset: offset, [], mode: nil)
    } catch {
      throw .writeFailed(error, restored: true)
    }
  }

  /// Writes the log, then the files; on a failure puts back what was written.
  private func write(_ log: WriteAhead, previous: [String: [UInt8]?]) throws(StoreError) {
    do {
      try fs.write(paths.writeAheadFile, log.encoded(), mode: 0o600)
      try fs.sync(paths.writeAheadFile)
      try fs.syncDirectory(paths.privateDirectory)
    } catch {
      try? fs.remove(paths.writeAheadFile)
      throw .writeFailed(error, restored: true)
    }
    do {
      try apply(log)
    } catch {
      throw .writeFailed(error, restored: restore(log, previous: previous))
    }
    do {
      try fs.remove(paths.writeAheadFile)
      try fs.syncDirectory(paths.privateDirectory)
    } catch {
      // The data is in place; a leftover log only replays the same bytes again.
    }
  }

  /// Puts every file of the log back as it was; true when that worked and the log is gone.
  private func restore(_ log: WriteAhead, previous: [String: [UInt8]?]) -> Bool {
    var undo: [WriteAhead.Entry] = []
    for entry in log.entries {
      switch entry {
      case .replace(let path, _):
        guard let old = previous[path] else { return false }
        undo.append(.replace(path: path, bytes: old ?? []))
      case .append(let path, let offset, _):
        // A journal the failed commit could not even create has nothing to cut back.
        guard fs.stamp(paths.path(path)) != nil else { continue }
        undo.append(.append(path: path, offset: offset, bytes: []))
      }
    }
    do {
      try apply(WriteAhead(entries: undo))
      try fs.remove(paths.writeAheadFile)
      try fs.syncDirectory(paths.privateDirectory)
      return true
    } catch {
      return false
    }
  }
}
