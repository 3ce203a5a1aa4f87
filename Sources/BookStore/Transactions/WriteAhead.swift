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

  public var entries: [Entry]

  public init(entries: [Entry]) {
    self.entries = entries
  }

  static let magic = "book-wal 1\n"

  /// The file's bytes.
  public func encoded() -> [UInt8] {
    var out = Array(Self.magic.utf8)
    // One allocation: the files it holds may be large, and growing would copy them again.
    out.reserveCapacity(
      entries.reduce(64) { total, entry in
        switch entry {
        case .replace(let path, let bytes), .append(let path, _, let bytes):
          return total + bytes.count + path.utf8.count + 48
        }
      })
    for entry in entries {
      switch entry {
      case .replace(let path, let bytes):
        out += Array("replace \(bytes.count) \(path)\n".utf8)
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

  /// Reads a write-ahead file; nil when it is incomplete or damaged (its writer died before
  /// it was synced, so no data file was touched).
  public static func decode(_ bytes: [UInt8]) -> WriteAhead? {
    let magic = Array(Self.magic.utf8)
    guard bytes.starts(with: magic) else { return nil }
    var offset = magic.count
    var entries: [Entry] = []
    while offset < bytes.count {
      guard let lineEnd = bytes[offset...].firstIndex(of: 0x0A) else { return nil }
      let header = String(decoding: bytes[offset..<lineEnd], as: UTF8.self)
      let parts = header.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
      if parts.first == "end" {
        guard parts.count == 2, String(parts[1]) == String(checksum(bytes[..<offset])),
          lineEnd + 1 == bytes.count
        else { return nil }
        return WriteAhead(entries: entries)
      }
      let start = lineEnd + 1
      switch parts.first {
      case "replace":
        guard parts.count >= 3, let count = Int(parts[1]) else { return nil }
        let path = parts[2...].joined(separator: " ")
        guard start + count < bytes.count else { return nil }
        entries.append(.replace(path: path, bytes: Array(bytes[start..<start + count])))
        offset = start + count + 1
      case "append":
        guard parts.count == 4, let count = Int(parts[1]), let at = Int64(parts[2]) else {
          return nil
        }
        guard start + count < bytes.count else { return nil }
        entries.append(
          .append(path: String(parts[3]), offset: at, bytes: Array(bytes[start..<start + count])))
        offset = start + count + 1
      default:
        return nil
      }
    }
    return nil
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
