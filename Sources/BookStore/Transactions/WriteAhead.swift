/// The write-ahead file: every file a commit will write, in full (or the bytes to append at an
/// offset), then a checksum trailer. Written and synced before any data file is touched, so a
/// writer that dies leaves either no complete write-ahead file (nothing happened) or one that
/// replays to the whole transaction.
public struct WriteAhead: Sendable, Equatable {
  /// One file to put in place.
  public enum Entry: Sendable, Equatable {
    /// Replace the file (relative path) with these bytes.
    case replace(path: String, bytes: [UInt8])
    /// Truncate the file to `offset` and write these bytes there (journal appends).
    case append(path: String, offset: Int64, bytes: [UInt8])

    public var path: String {
      switch self {
      case .replace(let path, _), .append(let path, _, _): return path
      }
    }
  }

  /// What a replaced file held when the log was written, so that replay puts the new bytes
  /// only onto that exact state (never over an edit made since).
  public struct Fingerprint: Sendable, Equatable {
    /// The size in bytes, nil when the file did not exist.
    public var size: Int?
    public var checksum: UInt64

    public init(_ bytes: [UInt8]?) {
      size = bytes?.count
      checksum = bytes.map { WriteAhead.checksum($0) } ?? 0
    }

    init(size: Int?, checksum: UInt64) {
      self.size = size
      self.checksum = checksum
    }

    /// Whether a file's content (nil: missing) is the one fingerprinted.
    public func matches(_ bytes: [UInt8]?) -> Bool {
      guard let bytes else { return size == nil }
      return size == bytes.count && checksum == WriteAhead.checksum(bytes)
    }
  }

  public var entries: [Entry]
  /// The state before, by path, of the files the entries replace (absent for logs of an older
  /// format, which replay without the check).
  public var before: [String: Fingerprint]

  public init(entries: [Entry], before: [String: Fingerprint] = [:]) {
    self.entries = entries
    self.before = before
  }

  static let magic = "book-wal 2\n"
  static let olderMagic = "book-wal 1\n"

  /// The file's bytes.
  public func encoded() -> [UInt8] {
    var out = Array(Self.magic.utf8)
    // One allocation: the files it holds may be large, and growing would copy them again.
    out.reserveCapacity(
      entries.reduce(64) { total, entry in
        switch entry {
        case .replace(let path, let bytes), .append(let path, _, let bytes):
          return total + bytes.count + path.utf8.count + 96
        }
      })
    for entry in entries {
      switch entry {
      case .replace(let path, let bytes):
        let prior = before[path].map { "\($0.size ?? -1) \($0.checksum)" } ?? "? ?"
        out += Array("replace \(bytes.count) \(prior) \(path)\n".utf8)
        out += bytes
      case .append(let path, let offset, let bytes):
        out += Array("append \(bytes.count) \(offset) \(path)\n".utf8)
        out += bytes
      }
      out.append(0x0A)
    }
    out += Array("end \(Self.checksum(out))\n".utf8)
    return out
  }

  /// Whether a path may appear in a write-ahead file: a data file's plain name (`policies.rec`)
  /// or a journal's (`journal/jkim.rec`) — never a path that leaves the data directory.
  static func isPlainPath(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 1 || (parts.count == 2 && parts[0] == "journal"),
      let name = parts.last, let first = name.utf8.first, first != UInt8(ascii: ".")
    else { return false }
    return name.utf8.allSatisfy { $0 >= 0x20 && $0 != 0x7F }
  }

  /// Reads a write-ahead file; nil when it is incomplete or damaged (its writer died before
  /// it was synced, so no data file was touched) or names a path outside the data directory.
  public static func decode(_ bytes: [UInt8]) -> WriteAhead? {
    let current = bytes.starts(with: Array(Self.magic.utf8))
    guard current || bytes.starts(with: Array(Self.olderMagic.utf8)) else { return nil }
    var offset = Self.magic.utf8.count
    var entries: [Entry] = []
    var before: [String: Fingerprint] = [:]
    while offset < bytes.count {
      guard let lineEnd = bytes[offset...].firstIndex(of: 0x0A) else { return nil }
      let header = String(decoding: bytes[offset..<lineEnd], as: UTF8.self)
      let parts = header.split(
        separator: " ", maxSplits: current ? 4 : 3, omittingEmptySubsequences: false)
      if parts.first == "end" {
        guard parts.count == 2, String(parts[1]) == String(checksum(bytes[..<offset])),
          lineEnd + 1 == bytes.count
        else { return nil }
        guard entries.allSatisfy({ isPlainPath($0.path) }) else { return nil }
        return WriteAhead(entries: entries, before: before)
      }
      let start = lineEnd + 1
      switch parts.first {
      case "replace":
        let pathAt = current ? 4 : 2
        guard parts.count == pathAt + 1, let count = Int(parts[1]) else { return nil }
        let path = String(parts[pathAt])
        if current, let size = Int(parts[2]), let sum = UInt64(parts[3]) {
          before[path] = Fingerprint(size: size < 0 ? nil : size, checksum: sum)
        }
        guard start + count < bytes.count else { return nil }
        entries.append(.replace(path: path, bytes: Array(bytes[start..<start + count])))
        offset = start + count + 1
      case "append":
        guard parts.count >= 4, let count = Int(parts[1]), let at = Int64(parts[2]) else {
          return nil
        }
        guard start + count < bytes.count else { return nil }
        let path = parts[3...].joined(separator: " ")
        entries.append(
          .append(path: path, offset: at, bytes: Array(bytes[start..<start + count])))
        offset = start + count + 1
      default:
        return nil
      }
    }
    return nil
  }

  /// The paths whose content is neither as before the commit nor as after it: changed since
  /// the log was written (an editor, `git pull`), so replaying would lose that change.
  func stalePaths(reading read: (String) throws(FileSystemError) -> [UInt8]?)
    throws(FileSystemError) -> [String]
  {
    var stale: [String] = []
    for entry in entries {
      let current = try read(entry.path)
      switch entry {
      case .replace(let path, let bytes):
        guard current != bytes, let prior = before[path] else { continue }
        if !prior.matches(current) { stale.append(path) }
      case .append(let path, let offset, let bytes):
        // As before, as after, or part-way: a writer that died while appending left a prefix
        // of these very bytes. Anything else was written since.
        let now = current ?? []
        let start = Int(offset)
        let ours =
          now.count >= start && now.count <= start + bytes.count
          && now[start...].elementsEqual(bytes.prefix(now.count - start))
        if !ours { stale.append(path) }
      }
    }
    return stale
  }

  /// FNV-1a, 64 bits: enough to tell a torn write-ahead file from a whole one.
  static func checksum<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x100_0000_01b3
    }
    return hash
  }
}
