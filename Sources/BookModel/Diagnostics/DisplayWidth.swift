/// How many terminal columns text takes: 0 for combining marks, 2 for wide East Asian
/// characters and emoji, 1 otherwise.
public enum DisplayWidth {
  /// Columns taken by one scalar.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value == 0 { return 0 }
    if value < 0x300 { return 1 }
    if isZeroWidth(value) { return 0 }
    return isWide(value) ? 2 : 1
  }

  /// Columns taken by a string.
  public static func of<S: StringProtocol>(_ text: S) -> Int {
    text.unicodeScalars.reduce(0) { $0 + of($1) }
  }

  private static func isZeroWidth(_ v: UInt32) -> Bool {
    (0x300...0x36F).contains(v) || (0x200B...0x200F).contains(v) || v == 0xFE0F
      || (0x1AB0...0x1AFF).contains(v) || (0x20D0...0x20FF).contains(v)
      || (0xFE20...0xFE2F).contains(v)
  }

  private static func isWide(_ v: UInt32) -> Bool {
    (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
      || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
      || (0x1F900...0x1F9FF).contains(v) || (0x1F680...0x1F6FF).contains(v)
      || (0x20000...0x3FFFD).contains(v)
  }
}
