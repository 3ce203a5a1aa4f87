import BookModel
import Synchronization

/// The book's files as opened at one moment, under the shared lock, with the stamp each had:
/// a kind's file is parsed into offsets when a command first reads it.
public struct Snapshot: Sendable {
  public let paths: BookPaths
  private var files: [KindID: LazyRecFile]
  public internal(set) var stamps: [KindID: FileStamp]
  /// Key indexes, built for a kind the first time a record of it is looked up by key.
  private var indexes: KeyIndexCache
  /// Where the column cache is read and written; nil: no cache.
  private let cacheFileSystem: (any FileSystem)?

  init(
    paths: BookPaths, files: [KindID: LazyRecFile], stamps: [KindID: FileStamp],
    fs: (any FileSystem)? = nil
  ) {
    self.paths = paths
    self.files = files
    self.stamps = stamps
    self.indexes = KeyIndexCache()
    self.cacheFileSystem = fs
  }

  /// A field of every record of a kind as a typed column (money or text), from the column
  /// cache when it holds one for the file as read, else read from the file (and written to
  /// the cache for next time); nil when some value is not in a form a column holds.
  public func column(_ kind: KindID, _ field: String) -> Column? {
    guard let type = kind.spec.field(field)?.type, Column.holds(type),
      kind.spec.field(field)?.repeats != true
    else { return nil }
    return indexes.column(kind, field) { () -> Column? in
      guard let fs = cacheFileSystem, let stamp = stamps[kind] else {
        return Column.build(file(kind), field: field, type: type)
      }
      return ColumnCache(paths: paths, fs: fs).column(
        kind, field, type: type, stamp: stamp, file: { file(kind) })
    }
  }

  /// The file of a kind (empty when the book has none), parsed on first use.
  public func file(_ kind: KindID) -> RecFile {
    files[kind]?.file ?? RecFile(name: kind.spec.file, bytes: [])
  }

  /// The number of records of a kind: from `.book/cache/parsed` while the file is not parsed
  /// and its stamp is vouched for there (the banner needs no parse), else from the file.
  public func recordCount(_ kind: KindID) -> Int {
    files[kind]?.recordCount ?? 0
  }

  /// The kinds whose files have been parsed so far (for `--stats` and tests).
  public var parsedKinds: [KindID] {
    DataDirectory.dataKinds.filter { files[$0]?.isParsed == true }
  }

  /// The records of a kind, in file order.
  public func records(_ kind: KindID) -> [LoadedRecord] {
    let file = file(kind)
    return (0..<file.records.count).map { file.record($0) }
  }

  /// The record of a kind with that key. The one record of a kind without keys (the agency)
  /// goes by the kind's name (`agency`).
  public func record(_ kind: KindID, _ key: String) -> LoadedRecord? {
    guard let index = index(kind).positions[key] else { return nil }
    return file(kind).record(index)
  }

  /// The largest number used in ids of the kind's prefix (`P-0042` → 42), in its file or in
  /// any journal (a deleted record's id is never given to another), 0 when none.
  public func highestNumber(_ kind: KindID) -> Int {
    indexes.highest(kind) {
      var highest = KeyIndex.highestNumber(in: file(kind), kind: kind)
      if let fs = cacheFileSystem, let prefix = kind.spec.idPrefix {
        highest = max(
          highest,
          JournaledIDs.highestNumber(prefix: prefix, directory: paths.journalDirectory, fs: fs))
      }
      return highest
    }
  }

  /// The records of the snapshot that refer to a key of a kind, in kind, file and field order
  /// (the index is made for the kind the first time one is asked for).
  func referrers(to kind: KindID, _ key: String) -> [ReferenceIndex.Referrer] {
    indexes.references(kind) { ReferenceIndex(self, target: kind) }.referrers[key] ?? []
  }

  /// Replaces one kind's file (after re-reading it at commit).
  mutating func replace(_ kind: KindID, with file: RecFile, stamp: FileStamp?) {
    files[kind] = LazyRecFile(name: file.name, parsed: file)
    stamps[kind] = stamp
    indexes = indexes.dropping(kind)
  }

  /// Replaces one kind's file with bytes `book` wrote, parsed when first read.
  mutating func replace(_ kind: KindID, written bytes: [UInt8], stamp: FileStamp?) {
    files[kind] = LazyRecFile(name: kind.spec.file, source: .written(RecBytes(copying: bytes)))
    stamps[kind] = stamp
    indexes = indexes.dropping(kind)
  }

  private func index(_ kind: KindID) -> KeyIndex {
    indexes.index(kind) { KeyIndex(file: file(kind), kind: kind) }
  }
}

/// The key and reference indexes of a snapshot, made on first use and shared by its copies
/// (the files they index never change).
final class KeyIndexCache: @unchecked Sendable {
  private let lock = Mutex<[KindID: KeyIndex]>([:])
  private let referenceLock = Mutex<[KindID: ReferenceIndex]>([:])
  private let highestLock = Mutex<[KindID: Int]>([:])
  private let columnLock = Mutex<[IndexName: Column?]>([:])

  /// A kind and a field: the key of columns.
  struct IndexName: Hashable {
    let kind: KindID
    let field: String
  }

  func column(_ kind: KindID, _ field: String, make: () -> Column?) -> Column? {
    let key = IndexName(kind: kind, field: field)
    if let column = columnLock.withLock({ $0[key] }) { return column }
    let column = make()
    columnLock.withLock { $0[key] = column }
    return column
  }

  func highest(_ kind: KindID, make: () -> Int) -> Int {
    if let number = highestLock.withLock({ $0[kind] }) { return number }
    let number = make()
    highestLock.withLock { $0[kind] = number }
    return number
  }

  func index(_ kind: KindID, make: () -> KeyIndex) -> KeyIndex {
    if let index = lock.withLock({ $0[kind] }) { return index }
    let index = make()
    lock.withLock { $0[kind] = index }
    return index
  }

  func references(_ kind: KindID, make: () -> ReferenceIndex) -> ReferenceIndex {
    if let index = referenceLock.withLock({ $0[kind] }) { return index }
    let index = make()
    referenceLock.withLock { $0[kind] = index }
    return index
  }

  /// A new cache with the key indexes made so far but one kind's (whose file was replaced),
  /// and no reference index (any file may refer to any kind).
  func dropping(_ kind: KindID) -> KeyIndexCache {
    let copy = KeyIndexCache()
    var kept = lock.withLock { $0 }
    kept[kind] = nil
    copy.lock.withLock { $0 = kept }
    var highest = highestLock.withLock { $0 }
    highest[kind] = nil
    copy.highestLock.withLock { $0 = highest }
    let columns = columnLock.withLock { $0 }.filter { $0.key.kind != kind }
    copy.columnLock.withLock { $0 = columns }
    return copy
  }
}

/// Key → record position for one file.
struct KeyIndex: Sendable {
  var positions: [String: Int] = [:]

  /// The largest number in the file's ids (`P-0042` → 42), 0 when none: only when a new id
  /// is made, so a lookup never pays for it.
  static func highestNumber(in file: RecFile, kind: KindID) -> Int {
    guard let keyField = kind.spec.keyField else { return 0 }
    var highest = 0
    for index in 0..<file.records.count {
      guard let key = file.record(index).value(keyField) else { continue }
      highest = max(highest, IDNumber.number(in: key) ?? 0)
    }
    return highest
  }

  init(file: RecFile, kind: KindID) {
    guard let keyField = kind.spec.keyField else {
      if !file.records.isEmpty { positions[kind.spec.singular] = 0 }
      return
    }
    positions.reserveCapacity(file.records.count)
    for index in 0..<file.records.count {
      guard let key = file.record(index).value(keyField) else { continue }
      if positions[key] == nil { positions[key] = index }
    }
  }
}

/// The numeric part of assigned ids (`P-0042`) and how new ones are made.
public enum IDNumber {
  /// The number after the last `-` when the rest is all digits.
  public static func number(in id: String) -> Int? {
    // Over the bytes, from the end: this runs for every record when a kind is indexed.
    var number = 0
    var scale = 1
    var count = 0
    for byte in id.utf8.reversed() {
      if byte == UInt8(ascii: "-") { return count == 0 ? nil : number }
      guard byte >= 0x30 && byte <= 0x39, count < 17 else { return nil }
      number += Int(byte - 0x30) * scale
      scale *= 10
      count += 1
    }
    return nil
  }

  /// An id with the prefix and at least four digits (`P-0001`, `P-10000`).
  public static func make(prefix: String, number: Int) -> String {
    let digits = String(number)
    return prefix + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}

/// A snapshot answers the rules' lookups with the book as read (`book check`).
extension Snapshot: RecordLookup {}
