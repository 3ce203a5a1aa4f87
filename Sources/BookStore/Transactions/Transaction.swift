import BookModel

/// A record as the transaction sees it: as loaded, or as changed.
public enum RecordView: FieldReader, Sendable {
  case loaded(LoadedRecord)
  case edited(Record)

  public var fieldList: [Field] {
    switch self {
    case .loaded(let record): return record.fieldList
    case .edited(let record): return record.fields
    }
  }

  public func value(_ name: String) -> String? {
    switch self {
    case .loaded(let record): return record.value(name)
    case .edited(let record): return record.value(name)
    }
  }

  public func values(_ name: String) -> [String] {
    switch self {
    case .loaded(let record): return record.values(name)
    case .edited(let record): return record.values(name)
    }
  }

  /// The record as an editable value.
  public var record: Record {
    switch self {
    case .loaded(let record): return record.record
    case .edited(let record): return record
    }
  }
}

/// One record's change within a transaction: what it was when read and what it becomes.
public struct PendingChange: Sendable, Equatable {
  public enum Operation: String, Sendable { case add, set, delete }

  public let kind: KindID
  /// The record's key now (after a rename, the new one).
  public internal(set) var id: String
  /// The record's key in the file as read (nil for an added record).
  public internal(set) var key: String?
  /// The key of the record that follows: for a deleted record, where it stood (set at commit);
  /// for a record put back by undo, the record it goes back before.
  public internal(set) var insertBefore: String?
  /// The record as read (nil for an added record).
  public let before: Record?
  /// The record as it will be written (nil for a deleted record).
  public internal(set) var after: Record?
  /// The id was assigned here, so it may be renumbered at commit.
  public let assignedID: Bool
  /// The commands that made the change, in order (`stdin:12: set …`); the journal names
  /// them. Empty: the commit's command made it.
  public internal(set) var commands: [String] = []
  /// Brought in as it already stood elsewhere (an `import`): judged as `book check` judges the
  /// book (`RecordRules.Moment.standing`), not by the rules of the day it is written, so a
  /// certificate issued before today imports as it was.
  public internal(set) var standing = false

  public var operation: Operation {
    before == nil ? .add : (after == nil ? .delete : .set)
  }

  init(
    kind: KindID, id: String, before: Record?, after: Record?, assignedID: Bool,
    insertBefore: String? = nil
  ) {
    self.kind = kind
    self.id = id
    self.key = before == nil ? nil : id
    self.before = before
    self.after = after
    self.assignedID = assignedID
    self.insertBefore = insertBefore
  }
}

/// Changes made on top of a snapshot, not yet written. Reads through it see the changes.
public struct Transaction: Sendable {
  public internal(set) var base: Snapshot
  public private(set) var changes: [PendingChange] = []
  private var position: [KindID: [String: Int]] = [:]
  /// The indexes of each kind's changes, in order.
  private var byKind: [KindID: [Int]] = [:]
  /// The change of each record of the base that the transaction changes, by its key as read.
  private var byKey: [KindID: [String: Int]] = [:]
  private var highest: [KindID: Int] = [:]
  /// Keys of the base that a rename moved away from.
  private var vacated: [KindID: Set<String>] = [:]
  /// The command changing the transaction now, and how to take back what it did.
  private var command: CommandLog?

  public init(base: Snapshot) {
    self.base = base
  }

  /// Whether nothing would be written.
  public var isEmpty: Bool { effectiveChanges.isEmpty }

  /// The changes that change something (an add later deleted, or a set back to what it was,
  /// writes nothing).
  public var effectiveChanges: [PendingChange] {
    changes.filter { $0.before != $0.after }
  }

  /// The record of a kind with that key, as the transaction sees it.
  public func record(_ kind: KindID, _ key: String) -> RecordView? {
    if let index = position[kind]?[key] {
      return changes[index].after.map(RecordView.edited)
    }
    if vacated[kind]?.contains(key) == true { return nil }
    return base.record(kind, key).map(RecordView.loaded)
  }

  /// Every record of a kind, in file order, added ones last.
  public func records(_ kind: KindID) -> [RecordView] {
    let mine = byKind[kind] ?? []
    // Nothing of this kind changed: the records as read, without looking at a key.
    guard !mine.isEmpty else { return base.records(kind).map(RecordView.loaded) }
    var touched: [String: Int] = [:]
    for index in mine {
      if let key = changes[index].key { touched[key] = index }
    }
    var out: [RecordView] = []
    for record in base.records(kind) {
      if let key = kind.key(of: record), let index = touched[key] {
        if let after = changes[index].after, changes[index].before != nil {
          out.append(.edited(after))
        }
      } else {
        out.append(.loaded(record))
      }
    }
    for index in mine where changes[index].before == nil {
      if let after = changes[index].after { out.append(.edited(after)) }
    }
    return out
  }

  /// The next id the kind would assign (`P-0072`), nil for kinds whose ids people choose.
  public func nextID(_ kind: KindID) -> String? {
    guard let prefix = kind.spec.idPrefix else { return nil }
    let number = max(highest[kind] ?? 0, base.highestNumber(kind)) + 1
    return IDNumber.make(prefix: prefix, number: number)
  }

  /// Adds a record, assigning the next id when it has none; returns its id.
  @discardableResult
  public mutating func add(_ kind: KindID, _ record: Record) throws(StoreError) -> String {
    var record = record
    guard let keyField = kind.spec.keyField else {
      throw .refusal(.notAddable(kind))
    }
    var assigned = false
    if record.nonEmpty(keyField) == nil {
      guard let id = nextID(kind) else {
        throw .refusal(.needsID(kind, keyField: keyField))
      }
      record.fields.insert(Field(keyField, id), at: 0)
      assigned = true
    }
    let key = record.value(keyField) ?? ""
    if self.record(kind, key) != nil {
      throw .refusal(.idTaken(kind, key, lookable: true))
    }
    if let number = IDNumber.number(in: key), kind.spec.idPrefix.map(key.hasPrefix) == true {
      highest[kind] = max(highest[kind] ?? 0, number)
    }
    append(PendingChange(kind: kind, id: key, before: nil, after: record, assignedID: assigned))
    return key
  }

  /// Replaces a record's fields. A new key in the record renames it in place (references are
  /// the caller's to follow: see `rename`).
  public mutating func update(_ kind: KindID, _ key: String, _ record: Record)
    throws(StoreError)
  {
    guard let current = self.record(kind, key) else { throw notFound(kind, key) }
    let newKey = kind.spec.keyField.flatMap { record.value($0) } ?? key
    if newKey != key && self.record(kind, newKey) != nil {
      throw .refusal(.idTaken(kind, newKey, lookable: false))
    }
    let index: Int
    if let existing = position[kind]?[key] {
      index = existing
      modify(index) { $0.after = record }
    } else {
      index = changes.count
      append(
        PendingChange(
          kind: kind, id: key, before: current.record, after: record, assignedID: false))
    }
    guard newKey != key else { return }
    modify(index) { $0.id = newKey }
    setPosition(kind, key, nil)
    setPosition(kind, newKey, index)
    if base.record(kind, key) != nil { setVacated(kind, key, true) }
    setVacated(kind, newKey, false)
  }

  /// Puts back a record a delete removed, before the record that followed it (undo); when
  /// that record is gone, at the end.
  public mutating func restore(_ kind: KindID, _ record: Record, before next: String?)
    throws(StoreError)
  {
    let key = try add(kind, record)
    if let index = position[kind]?[key] {
      modify(index) { $0.insertBefore = next }
    }
  }

  /// Deletes a record.
  public mutating func delete(_ kind: KindID, _ key: String) throws(StoreError) {
    guard let current = self.record(kind, key) else { throw notFound(kind, key) }
    if let index = position[kind]?[key] {
      modify(index) { change in
        change.after = nil
        change.id = change.key ?? key
      }
    } else {
      append(
        PendingChange(kind: kind, id: key, before: current.record, after: nil, assignedID: false))
    }
  }

  /// Notes, for each deleted record, the key of the record that follows it in the file as it
  /// is now (the journal keeps it, so that undo puts the record back in its place).
  mutating func placeDeletions() {
    for index in changes.indices where changes[index].operation == .delete {
      let change = changes[index]
      guard let key = change.key, let loaded = base.record(change.kind, key) else { continue }
      let file = base.file(change.kind)
      changes[index].insertBefore =
        loaded.index + 1 < file.records.count
        ? change.kind.key(of: file.record(loaded.index + 1)) : nil
    }
  }

  /// Calls the body with each change of one kind that leaves a record (set or added), in the
  /// order made, without copying them.
  func forEachRecordChange(of kind: KindID, _ body: (PendingChange, Record) -> Void) {
    guard let indexes = byKind[kind] else { return }
    for index in indexes {
      guard let after = changes[index].after else { continue }
      body(changes[index], after)
    }
  }

  /// Whether the transaction changes (sets, renames or deletes) the base's record of that key.
  func changesBase(_ kind: KindID, _ key: String) -> Bool {
    byKey[kind]?[key] != nil
  }

  /// Whether a change of the transaction moves a record of the base away from that key
  /// (deletes it, or renames it).
  func vacates(_ kind: KindID, _ key: String) -> Bool {
    guard let index = byKey[kind]?[key] else { return false }
    return changes[index].after == nil || changes[index].id != key
  }

  /// The largest number in the ids of a kind's changes (0 when none).
  func highestChangedNumber(_ kind: KindID) -> Int {
    (byKind[kind] ?? []).compactMap { IDNumber.number(in: changes[$0].id) }.max() ?? 0
  }

  private mutating func append(_ change: PendingChange) {
    var change = change
    if let text = command?.text { change.commands = [text] }
    if command?.standing == true { change.standing = true }
    command?.touch(changes.count)
    setPosition(change.kind, change.id, changes.count)
    byKind[change.kind, default: []].append(changes.count)
    if let key = change.key { byKey[change.kind, default: [:]][key] = changes.count }
    changes.append(change)
  }

  /// Changes a change in place; a command running names itself in it and keeps what it was.
  private mutating func modify(_ index: Int, _ body: (inout PendingChange) -> Void) {
    if let text = command?.text {
      command?.keep(index, changes[index])
      if changes[index].commands.last != text { changes[index].commands.append(text) }
    }
    body(&changes[index])
  }

  private mutating func setPosition(_ kind: KindID, _ key: String, _ index: Int?) {
    command?.positions.append((kind, key, position[kind]?[key]))
    position[kind, default: [:]][key] = index
  }

  private mutating func setVacated(_ kind: KindID, _ key: String, _ vacant: Bool) {
    let was = vacated[kind]?.contains(key) == true
    guard was != vacant else { return }
    command?.vacated.append((kind, key, was))
    if vacant { vacated[kind, default: []].insert(key) } else { vacated[kind]?.remove(key) }
  }

  // MARK: Commands

  /// Starts a command: the changes it makes name it (the journal's `command`), `commandChanges`
  /// lists them, and `undoCommand` takes them back. `standing`: the records it adds are
  /// brought in as they stood elsewhere (`PendingChange.standing`).
  public mutating func beginCommand(_ text: String, standing: Bool = false) {
    command = CommandLog(text: text, count: changes.count, highest: highest, standing: standing)
  }

  /// The changes the current command touched that change something, in the order first touched.
  public var commandChanges: [PendingChange] {
    (command?.touched ?? []).map { changes[$0] }.filter { $0.before != $0.after }
  }

  /// The changes the current command touched that change something, each with its record
  /// as it was before the command under the same id (nil: none was).
  public var commandEdits: [(change: PendingChange, before: Record?)] {
    guard let log = command else { return [] }
    return log.touched.compactMap { index in
      let change = changes[index]
      guard change.before != change.after else { return nil }
      if let kept = log.kept[index] { return (change, kept.id == change.id ? kept.after : nil) }
      return (change, change.key == change.id ? change.before : nil)
    }
  }

  /// Takes back everything the current command changed, and ends it.
  public mutating func undoCommand() {
    guard let log = command else { return }
    command = nil
    for (index, change) in log.kept { changes[index] = change }
    for change in changes[log.count...] {
      if let key = change.key { byKey[change.kind]?[key] = nil }
    }
    changes.removeSubrange(log.count...)
    for (kind, key, index) in log.positions.reversed() { position[kind, default: [:]][key] = index }
    for (kind, key, was) in log.vacated.reversed() {
      if was { vacated[kind, default: []].insert(key) } else { vacated[kind]?.remove(key) }
    }
    for kind in Array(byKind.keys) {
      while let last = byKind[kind]?.last, last >= log.count { byKind[kind]?.removeLast() }
    }
    highest = log.highest
  }

  /// Ends the current command, keeping its changes.
  public mutating func endCommand() {
    command = nil
  }

  private func notFound(_ kind: KindID, _ key: String) -> StoreError {
    .refusal(.notFound(kind, key))
  }

  /// Applies the id renumberings decided at commit (per kind, old id → new) to the changes
  /// and every reference in them, in one pass over the changes.
  mutating func renumber(_ moves: [KindID: [String: String]]) {
    guard !moves.isEmpty else { return }
    for index in changes.indices {
      let kind = changes[index].kind
      if let new = moves[kind]?[changes[index].id] {
        changes[index].id = new
        if let keyField = kind.spec.keyField { changes[index].after?.set(keyField, new) }
      }
      guard var after = changes[index].after else { continue }
      let spec = kind.spec
      for field in after.fields.indices {
        guard let fieldSpec = spec.field(after.fields[field].name) else { continue }
        for (target, map) in moves where Self.mayRefer(fieldSpec, to: target) {
          after.fields[field].value = Self.replacing(map, in: after.fields[field].value)
        }
      }
      changes[index].after = after
    }
    for (kind, map) in moves {
      for (old, new) in map {
        let moved = position[kind]?[old]
        position[kind]?[new] = moved
        position[kind]?[old] = nil
      }
    }
  }

  /// Whether a field may hold ids of that kind (a reference, or a certificate's policy list).
  static func mayRefer(_ field: FieldSpec, to kind: KindID) -> Bool {
    switch field.type {
    case .reference(let target): return target == kind
    case .anyReference: return true
    case .text: return kind == .policy && ["ai", "wos", "pnc"].contains(field.name)
    default: return false
    }
  }

  /// A value that is one of the ids, or a comma-separated list holding some, with each
  /// replaced by its new id.
  static func replacing(_ map: [String: String], in value: String) -> String {
    if let new = map[value] { return new }
    guard value.contains(",") else { return value }
    let parts = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let trimmed = parts.map(trimSpaces)
    guard trimmed.contains(where: { map[$0] != nil }) else { return value }
    return zip(parts, trimmed).map { map[$1] ?? $0 }.joined(separator: ",")
  }

  /// A value that is the id, or a comma-separated list holding it, with the id replaced.
  static func replacing(_ old: String, with new: String, in value: String) -> String {
    if value == old { return new }
    guard value.contains(",") else { return value }
    let parts = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let trimmed = parts.map(trimSpaces)
    guard trimmed.contains(old) else { return value }
    return zip(parts, trimmed).map { $1 == old ? new : $0 }.joined(separator: ",")
  }

  private static func trimSpaces(_ text: String) -> String {
    String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}

/// A transaction answers the rules' lookups with the book as it will be after it commits.
extension Transaction: RecordLookup {}
