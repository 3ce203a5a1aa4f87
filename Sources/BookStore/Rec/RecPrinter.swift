import BookModel

/// Prints records in the recutils format, refusing values recutils would read differently.
public enum RecPrinter {
  /// Why a record cannot be written.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    case badFieldName(String)
    case trailingBackslash(field: String)
    case controlCharacter(field: String)

    public var description: String {
      switch self {
      case .badFieldName(let name):
        return "'\(name)' is not a field name: use a letter, then letters, digits or _"
      case .trailingBackslash(let field):
        return
          "\(field): a line may not end in '\\' (recutils would join it with the next line); remove it or add a space after it"
      case .controlCharacter(let field):
        return "\(field): the value holds a control character (NUL, CR or the like); remove it"
      }
    }
  }

  /// The record's text: `name: value` lines, `+ ` continuation lines, a final newline.
  public static func text(of record: Record) throws(Failure) -> String {
    String(decoding: try bytes(of: record), as: UTF8.self)
  }

  /// The record's text as UTF-8 bytes (what `text(of:)` holds, without making a String).
  public static func bytes(of record: Record) throws(Failure) -> [UInt8] {
    var out: [UInt8] = []
    try append(record, to: &out)
    return out
  }

  /// Appends the record's text.
  public static func append(_ record: Record, to out: inout [UInt8]) throws(Failure) {
    for field in record.fields {
      try append(field, to: &out)
    }
  }

  /// Appends one field (and its continuation lines) to the output.
  public static func append(_ field: Field, to out: inout String) throws(Failure) {
    var bytes: [UInt8] = []
    try append(field, to: &bytes)
    out += String(decoding: bytes, as: UTF8.self)
  }

  /// Appends one field (and its continuation lines) as bytes, in one pass over the value.
  public static func append(_ field: Field, to out: inout [UInt8]) throws(Failure) {
    guard isValidName(field.name) else { throw .badFieldName(field.name) }
    let start = out.count
    out.append(contentsOf: field.name.utf8)
    out.append(UInt8(ascii: ":"))
    // Most values are one line without control characters: copied whole.
    let plain = field.value.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.last != UInt8(ascii: "\\") && !bytes.contains { $0 < 0x20 && $0 != 0x09 }
    }
    if plain == true {
      if !field.value.isEmpty { out.append(0x20) }
      out.append(contentsOf: field.value.utf8)
      out.append(0x0A)
      return
    }
    var previous: UInt8 = 0
    var atLineStart = true
    var broken = false
    for byte in field.value.utf8 {
      if byte == 0x0A {
        broken = broken || previous == UInt8(ascii: "\\")
        out.append(0x0A)
        out.append(UInt8(ascii: "+"))
        atLineStart = true
        previous = byte
        continue
      }
      broken = broken || (byte < 0x20 && byte != 0x09)
      if atLineStart {
        out.append(0x20)
        atLineStart = false
      }
      out.append(byte)
      previous = byte
    }
    if broken || previous == UInt8(ascii: "\\") {
      out.removeSubrange(start...)
      throw failure(in: field)
    }
    out.append(0x0A)
  }

  /// Why a field's value cannot be written, line by line as recutils would read it.
  private static func failure(in field: Field) -> Failure {
    for line in field.value.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.utf8.last == UInt8(ascii: "\\") { return .trailingBackslash(field: field.name) }
      if line.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 }) {
        return .controlCharacter(field: field.name)
      }
    }
    return .controlCharacter(field: field.name)
  }

  /// A letter, then letters, digits or `_` (Field.isValidName, over the bytes at hand).
  private static func isValidName(_ name: String) -> Bool {
    var first = true
    for byte in name.utf8 {
      let letter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
      guard letter || (!first && ((byte >= 0x30 && byte <= 0x39) || byte == 0x5F)) else {
        return false
      }
      first = false
    }
    return !first
  }
}
