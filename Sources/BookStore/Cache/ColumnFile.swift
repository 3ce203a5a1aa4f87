import BookModel

/// The bytes of a column in `.book/cache/` (`policies.premium.col`): a header naming the
/// format version and the stamp (size, mtime, inode) of the data file it was read from, the
/// values, and a checksum of everything before it. A column whose version, stamp, length or
/// checksum does not match is ignored (and rebuilt): the cache is derived, never needed.
enum ColumnFile {
  /// Bumped whenever the layout changes: a column of another version is never read.
  static let version: UInt32 = 1
  static let magic: [UInt8] = Array("BOOKCOL\n".utf8)

  /// The cache file of a kind's field.
  static func path(_ paths: BookPaths, _ kind: KindID, _ field: String) -> String {
    paths.cacheDirectory + "/" + kind.spec.file + "." + field + ".col"
  }

  static func encode(_ column: Column, stamp: FileStamp, version: UInt32 = version) -> [UInt8] {
    var out = magic
    append(UInt64(version), to: &out)
    append(UInt64(bitPattern: stamp.size), to: &out)
    append(UInt64(bitPattern: stamp.modified), to: &out)
    append(stamp.inode, to: &out)
    append(UInt64(column.count), to: &out)
    switch column {
    case .money(let cents):
      append(1, to: &out)
      out.reserveCapacity(out.count + cents.count * 8 + 8)
      for value in cents { append(UInt64(bitPattern: value), to: &out) }
    case .text(let values, let codes):
      append(2, to: &out)
      append(UInt64(values.count), to: &out)
      for value in values {
        append(UInt64(value.count), to: &out)
        out += value
        while out.count % 8 != 0 { out.append(0) }
      }
      for code in codes { append(UInt64(code), to: &out) }
    }
    append(checksum(out[...]), to: &out)
    return out
  }

  /// The column, when the bytes hold a whole column of this version for that stamp.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, stamp: FileStamp) -> Column? {
    var reader = Reader(bytes: bytes)
    guard bytes.count >= magic.count + 8 * 8, bytes.count % 8 == 0,
      bytes.prefix(magic.count).elementsEqual(magic)
    else { return nil }
    reader.offset = magic.count
    guard reader.next() == UInt64(version),
      reader.next() == UInt64(bitPattern: stamp.size),
      reader.next() == UInt64(bitPattern: stamp.modified),
      reader.next() == stamp.inode,
      let count = reader.next().map(Int.init(clamping:)), let type = reader.next()
    else { return nil }
    let body = bytes.count - 8
    var trailer = Reader(bytes: bytes, offset: body)
    guard
      let stored = trailer.next(),
      stored == checksum(UnsafeBufferPointer(rebasing: bytes[..<body]))
    else { return nil }
    switch type {
    case 1:
      guard reader.offset + count * 8 == body else { return nil }
      var cents: [Int64] = []
      cents.reserveCapacity(count)
      for _ in 0..<count {
        guard let value = reader.next() else { return nil }
        cents.append(Int64(bitPattern: value))
      }
      return .money(cents)
    case 2:
      guard let distinct = reader.next(), distinct <= UInt64(count) else { return nil }
      var values: [[UInt8]] = []
      for _ in 0..<distinct {
        guard let length = reader.next().map(Int.init(clamping:)),
          reader.offset + length <= body
        else { return nil }
        values.append(
          Array(UnsafeBufferPointer(rebasing: bytes[reader.offset..<reader.offset + length])))
        reader.offset += (length + 7) / 8 * 8
      }
      guard reader.offset + count * 8 == body else { return nil }
      var codes: [UInt32] = []
      codes.reserveCapacity(count)
      for _ in 0..<count {
        guard let code = reader.next(), code <= distinct else { return nil }
        codes.append(UInt32(code))
      }
      return .text(values: values, codes: codes)
    default:
      return nil
    }
  }

  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    mutating func next() -> UInt64? {
      guard offset + 8 <= bytes.count, let base = bytes.baseAddress else { return nil }
      let value = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      offset += 8
      return UInt64(littleEndian: value)
    }
  }

  private static func append(_ value: UInt64, to out: inout [UInt8]) {
    withUnsafeBytes(of: value.littleEndian) { out += $0 }
  }

  /// FNV-1a over the column's own bytes (a damaged cache file, not the data files).
  private static func checksum<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return hash
  }
}
