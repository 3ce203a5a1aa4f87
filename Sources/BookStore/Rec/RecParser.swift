import BookModel

/// Reads the recutils format into a `RecFile`: one pass over the bytes, recording offsets.
public enum RecParser {
  /// Why a file cannot be read, and where.
  public struct Failure: Error, Sendable, Equatable {
    public var location: SourceLocation
    public var message: String

    /// The failure as a diagnostic on the file it was found in, with the offending line.
    public func diagnostic(path: String, bytes: [UInt8]) -> Diagnostic {
      diagnostic(path: path, storage: RecBytes(copying: bytes))
    }

    /// The failure as a diagnostic on the file it was found in, with the offending line.
    public func diagnostic(path: String, storage: RecBytes) -> Diagnostic {
      Diagnostic(
        message, file: path, location: location,
        sourceLine: RecFile(name: path, storage: storage).lineText(location.line))
    }
  }

  /// Indexes a file's records and fields, checking that it is valid UTF-8 with no NUL byte
  /// and that every line is a field, a continuation, a comment or blank.
  public static func parse(name: String, bytes: [UInt8]) throws(Failure) -> RecFile {
    try parse(name: name, storage: RecBytes(copying: bytes))
  }

  /// Indexes the records and fields of bytes held in storage (mapped from the file).
  public static func parse(name: String, storage: RecBytes) throws(Failure) -> RecFile {
    var file = Parts()
    var state = State()
    try scan(storage.buffer, into: &file, state: &state)
    return RecFile(
      name: name, storage: storage, descriptor: file.descriptor,
      descriptorSpan: file.descriptorSpan, records: file.records, fields: file.fields)
  }

  /// What a scan finds, before it becomes a `RecFile`.
  private struct Parts {
    var descriptor: [Field] = []
    var descriptorSpan: RecFile.RecordSpan?
    var records: [RecFile.RecordSpan] = []
    var fields: [RecFile.FieldSpan] = []
  }

  private struct State {
    var recordStart: Int = -1
    var recordLine: Int32 = 0
    var firstField: Int32 = 0
    var inDescriptor = false
    var sawDescriptor = false
  }

  private static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, into file: inout Parts, state: inout State
  ) throws(Failure) {
    let count = bytes.count
    var offset = 0
    var line: Int32 = 1
    var lastFieldContinues = false  // the previous line ended in `\`
    var backslash = (line: Int32(0), offset: 0)  // where the last continuation's `\` stands

    func fail(_ at: Int, _ message: String) -> Failure {
      Failure(
        location: SourceLocation(line: Int(line), column: column(bytes, at)), message: message)
    }

    if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
      throw fail(
        0, "the file starts with a byte-order mark (BOM): save it as UTF-8 without a BOM")
    }
    // The text is checked once, a word at a time; its first bad byte is reported when the
    // line holding it is reached, so an earlier line's error still comes first.
    let bad = firstBadByte(bytes)
    let badOffset = bad?.offset ?? Int.max
    let lines = ByteScan.count(0x0A, in: bytes)
    file.fields.reserveCapacity(lines + 1)
    file.records.reserveCapacity(lines / 4 + 1)
    while offset < count {
      let end = ByteScan.find(0x0A, in: bytes, from: offset) ?? count
      if badOffset < end, let bad {
        throw fail(bad.offset, bad.message)
      }
      let next = end < count ? end + 1 : end
      if end > offset && bytes[end - 1] == UInt8(ascii: "\\") { backslash = (line, end - 1) }
      let first = offset < end ? bytes[offset] : 0x0A

      if lastFieldContinues {
        lastFieldContinues = endsInBackslash(bytes, offset, end)
        file.fields[file.fields.count - 1].valueEnd = Int32(end)
      } else if first == UInt8(ascii: "#") {
        // A comment: kept in the bytes, part of no field.
      } else if first == UInt8(ascii: "+") {
        guard state.recordStart >= 0, !file.fields.isEmpty else {
          throw fail(offset, "a '+' continuation line with no field before it")
        }
        file.fields[file.fields.count - 1].valueEnd = Int32(end)
        file.fields[file.fields.count - 1].continued = true
        lastFieldContinues = endsInBackslash(bytes, offset, end)
      } else if isBlank(bytes, offset, end) {
        closeRecord(&file, &state, end: offset, bytes: bytes)
      } else {
        var nameEnd = offset
        if bytes[nameEnd] == UInt8(ascii: "%") { nameEnd += 1 }
        guard nameEnd < end, isLetter(bytes[nameEnd]) else {
          throw fail(
            offset, "expected a field 'name: value', a '+' line, a comment or a blank line")
        }
        while nameEnd < end && isNameByte(bytes[nameEnd]) { nameEnd += 1 }
        guard nameEnd < end, bytes[nameEnd] == UInt8(ascii: ":") else {
          throw fail(
            nameEnd,
            nameEnd < end
              ? "'\(text(bytes, offset, nameEnd))' is not followed by ':': field names use letters, digits and _"
              : "expected ':' after the field name '\(text(bytes, offset, nameEnd))'")
        }
        guard nameEnd - offset <= Int(UInt16.max) else {
          throw fail(offset, "a field name longer than 65,535 bytes")
        }
        let isDescriptorField = bytes[offset] == UInt8(ascii: "%")
        if state.recordStart < 0 {
          state.recordStart = offset
          state.recordLine = line
          state.firstField = Int32(file.fields.count)
          state.inDescriptor = isDescriptorField
          if isDescriptorField {
            guard !state.sawDescriptor && file.records.isEmpty else {
              throw fail(offset, "a second record descriptor: keep one kind per file")
            }
            state.sawDescriptor = true
          }
        } else if isDescriptorField != state.inDescriptor {
          throw fail(offset, "descriptor fields (%…) and record fields mixed in one record")
        }
        let continues = endsInBackslash(bytes, offset, end)
        file.fields.append(
          RecFile.FieldSpan(nameStart: Int32(offset), valueEnd: Int32(end), continued: continues))
        lastFieldContinues = continues
      }
      offset = next
      line += 1
    }
    if lastFieldContinues {
      line = backslash.line
      throw fail(
        backslash.offset, "the file ends in a '\\' continuation: the last value is cut short")
    }
    closeRecord(&file, &state, end: count, bytes: bytes)
  }

  /// The first NUL byte or invalid UTF-8 sequence, with what is wrong with it.
  private static func firstBadByte(_ bytes: UnsafeBufferPointer<UInt8>)
    -> (offset: Int, message: String)?
  {
    var index = 0
    while let suspect = ByteScan.firstNonASCIIOrNUL(in: bytes, from: index) {
      if bytes[suspect] == 0 {
        return (suspect, "NUL byte: this is not a text file, or it is damaged")
      }
      let length = utf8Length(bytes, suspect)
      if length == 0 { return (suspect, "invalid UTF-8: save the file as UTF-8 text") }
      index = suspect + length
    }
    return nil
  }

  private static func closeRecord(
    _ file: inout Parts, _ state: inout State, end: Int, bytes: UnsafeBufferPointer<UInt8>
  ) {
    guard state.recordStart >= 0 else { return }
    let span = RecFile.RecordSpan(
      start: Int32(state.recordStart), end: Int32(end), line: state.recordLine,
      firstField: state.firstField, fieldCount: Int32(file.fields.count) - state.firstField)
    if state.inDescriptor {
      file.descriptorSpan = span
      let first = Int(span.firstField)
      file.descriptor = file.fields[first..<first + Int(span.fieldCount)].map { field in
        let name = text(bytes, Int(field.nameStart), field.nameEnd(in: bytes))
        let valueStart = field.valueStart(in: bytes)
        let value =
          field.continued
          ? RecValueDecoder.decode(bytes[valueStart..<Int(field.valueEnd)])
          : text(bytes, valueStart, Int(field.valueEnd))
        return Field(name, value)
      }
      file.fields.removeSubrange(first..<first + Int(span.fieldCount))
    } else {
      file.records.append(span)
    }
    state.recordStart = -1
    state.inDescriptor = false
  }

  // MARK: Bytes

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
  }

  private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Bool
  {
    for index in start..<end where bytes[index] != 0x20 && bytes[index] != 0x09 { return false }
    return true
  }

  private static func endsInBackslash(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> Bool {
    end > start && bytes[end - 1] == UInt8(ascii: "\\")
  }

  private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> String
  {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }

  private static func column(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
    var start = min(offset, bytes.count)
    while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
    var column = 1
    for index in start..<min(offset, bytes.count) where bytes[index] & 0xC0 != 0x80 {
      column += 1
    }
    return column
  }

  /// The length of a valid UTF-8 sequence starting at `index`, or 0 when it is invalid.
  private static func utf8Length(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
    let lead = bytes[index]
    let length: Int
    let minimum: UInt32
    var scalar: UInt32
    switch lead {
    case 0xC2...0xDF: (length, minimum, scalar) = (2, 0x80, UInt32(lead & 0x1F))
    case 0xE0...0xEF: (length, minimum, scalar) = (3, 0x800, UInt32(lead & 0x0F))
    case 0xF0...0xF4: (length, minimum, scalar) = (4, 0x10000, UInt32(lead & 0x07))
    default: return 0
    }
    guard index + length <= bytes.count else { return 0 }
    for offset in 1..<length {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else { return 0 }
      scalar = scalar << 6 | UInt32(byte & 0x3F)
    }
    guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
      return 0
    }
    return length
  }
}
