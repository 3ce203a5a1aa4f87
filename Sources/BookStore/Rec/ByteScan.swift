#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Fast searches over bytes: `memchr` for a byte, eight bytes at a time for anything that is
/// not plain ASCII text.
enum ByteScan {
  /// The offset of the first `byte` at or after `start`, nil when there is none.
  static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard let base = bytes.baseAddress, start < bytes.count else { return nil }
    guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  /// How many times `byte` occurs.
  static func count(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var total = 0
    var index = 0
    while let found = find(byte, in: bytes, from: index) {
      total += 1
      index = found + 1
    }
    return total
  }

  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The offset of the first byte at or after `start` that is NUL or not ASCII (bit 7 set).
  static func firstNonASCIIOrNUL(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let count = bytes.count
    var index = start
    let raw = UnsafeRawPointer(base)
    while index + 8 <= count {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      // A zero byte sets its high bit in (word - 0x01…) & ~word; a non-ASCII one has it set.
      let suspicious = (word | ((word &- ones) & ~word)) & highs
      if suspicious != 0 { break }
      index += 8
    }
    while index < count {
      let byte = base[index]
      if byte == 0 || byte >= 0x80 { return index }
      index += 1
    }
    return nil
  }
}
