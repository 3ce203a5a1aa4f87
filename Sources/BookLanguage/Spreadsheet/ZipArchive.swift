/// A ZIP archive of stored (uncompressed) entries, written deterministically: the entries in
/// the order added, every time stamp 1980-01-01 00:00, so the same content gives the same
/// bytes. Enough for an Office Open XML workbook; no ZIP64 (entries and archive under 4 GB).
struct ZipArchive {
  private var entries: [(name: [UInt8], crc: UInt32, size: UInt32, offset: UInt32)] = []
  private(set) var bytes: [UInt8] = []

  /// 1980-01-01 in MS-DOS date form (the earliest a ZIP time stamp holds).
  private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

  /// Appends a stored entry.
  mutating func add(_ name: String, _ content: [UInt8]) {
    let nameBytes = Array(name.utf8)
    let crc = CRC32.checksum(content)
    let size = UInt32(content.count)
    entries.append((nameBytes, crc, size, UInt32(bytes.count)))
    append32(0x0403_4b50)
    append16(20)  // version needed: 2.0
    append16(0x0800)  // flags: names are UTF-8
    append16(0)  // method: stored
    append16(0)  // time
    append16(Self.dosDate)
    append32(crc)
    append32(size)
    append32(size)
    append16(UInt16(nameBytes.count))
    append16(0)  // extra field length
    bytes += nameBytes
    bytes += content
  }

  /// The archive with its central directory and end record.
  func finished() -> [UInt8] {
    var zip = self
    let start = UInt32(zip.bytes.count)
    for entry in entries {
      zip.append32(0x0201_4b50)
      zip.append16(20)  // made by: 2.0, MS-DOS attributes
      zip.append16(20)
      zip.append16(0x0800)
      zip.append16(0)
      zip.append16(0)
      zip.append16(Self.dosDate)
      zip.append32(entry.crc)
      zip.append32(entry.size)
      zip.append32(entry.size)
      zip.append16(UInt16(entry.name.count))
      zip.append16(0)  // extra
      zip.append16(0)  // comment
      zip.append16(0)  // disk
      zip.append16(0)  // internal attributes
      zip.append32(0)  // external attributes
      zip.append32(entry.offset)
      zip.bytes += entry.name
    }
    let size = UInt32(zip.bytes.count) - start
    zip.append32(0x0605_4b50)
    zip.append16(0)
    zip.append16(0)
    zip.append16(UInt16(entries.count))
    zip.append16(UInt16(entries.count))
    zip.append32(size)
    zip.append32(start)
    zip.append16(0)  // comment length
    return zip.bytes
  }

  private mutating func append16(_ value: UInt16) {
    bytes += [UInt8(value & 0xFF), UInt8(value >> 8)]
  }

  private mutating func append32(_ value: UInt32) {
    bytes += [
      UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF),
      UInt8(value >> 24),
    ]
  }
}
