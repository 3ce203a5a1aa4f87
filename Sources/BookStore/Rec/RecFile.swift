import BookModel

/// A rec file held as its bytes, with records and fields indexed by offset: nothing is decoded
/// until it is used.
public struct RecFile: Sendable {
  /// One field: where its name and value lie in the bytes (20 bytes: a book has millions).
  public struct FieldSpan: Sendable {
    public var nameStart: Int32
    /// Start of the value on the field's first line (after the one space that follows `:`).
    public var valueStart: Int32
    /// End of the field's last line, before its newline.
    public var valueEnd: Int32
    public var line: Int32
    /// The length of the name in bytes.
    public var nameLength: UInt16
    /// The value spans several lines (`+` or `\` continuation) and must be decoded.
    public var continued: Bool

    public init(
      nameStart: Int32, nameEnd: Int32, valueStart: Int32, valueEnd: Int32, line: Int32,
      continued: Bool
    ) {
      self.nameStart = nameStart
      self.valueStart = valueStart
      self.valueEnd = valueEnd
      self.line = line
      self.nameLength = UInt16(clamping: nameEnd - nameStart)
      self.continued = continued
    }

    /// End of the name (before its `:`).
    public var nameEnd: Int32 { nameStart + Int32(nameLength) }
  }

  /// One record: its byte range (whole lines, comments inside included) and its fields.
  public struct RecordSpan: Sendable {
    public var start: Int32
    /// End of the record's last line, including its newline.
    public var end: Int32
    public var line: Int32
    public var firstField: Int32
    public var fieldCount: Int32
  }

  /// The parsed parts, in one box: a record read in place holds the box and an index only.
  final class Contents: Sendable {
    let storage: RecBytes
    let descriptor: [Field]
    let descriptorSpan: RecordSpan?
    let records: [RecordSpan]
    let fields: [FieldSpan]

    init(
      storage: RecBytes, descriptor: [Field], descriptorSpan: RecordSpan?,
      records: [RecordSpan], fields: [FieldSpan]
    ) {
      self.storage = storage
      self.descriptor = descriptor
      self.descriptorSpan = descriptorSpan
      self.records = records
      self.fields = fields
    }
  }

  /// The file's name within the data directory (`policies.rec`).
  public let name: String
  let contents: Contents
  /// The bytes, mapped from the file or held in memory.
  public var storage: RecBytes { contents.storage }
  /// The file's bytes, as a collection.
  public var bytes: ByteView { ByteView(storage: contents.storage) }
  /// The file's bytes in place, for scans (valid while this file or its storage lives).
  public var buffer: UnsafeBufferPointer<UInt8> { contents.storage.buffer }
  /// The `%` descriptor fields (`%rec`, `%key`, …) as decoded pairs, in order.
  public var descriptor: [Field] { contents.descriptor }
  /// The byte range and line of the descriptor block, if there is one.
  public var descriptorSpan: RecordSpan? { contents.descriptorSpan }
  public var records: [RecordSpan] { contents.records }
  public var fields: [FieldSpan] { contents.fields }

  init(name: String, bytes: [UInt8]) {
    self.init(name: name, storage: RecBytes(copying: bytes))
  }

  init(
    name: String, storage: RecBytes, descriptor: [Field] = [], descriptorSpan: RecordSpan? = nil,
    records: [RecordSpan] = [], fields: [FieldSpan] = []
  ) {
    self.name = name
    self.contents = Contents(
      storage: storage, descriptor: descriptor, descriptorSpan: descriptorSpan,
      records: records, fields: fields)
  }

  /// The `%rec:` type the file declares.
  public var recordType: String? {
    descriptor.first { $0.name == "%rec" }.map { String($0.value.prefix { $0 != " " }) }
  }

  /// The record at an index, readable as fields.
  public func record(_ index: Int) -> LoadedRecord {
    LoadedRecord(file: self, index: index)
  }

  /// The decoded name of a field.
  public func name(of field: FieldSpan) -> String {
    String(decoding: buffer[Int(field.nameStart)..<Int(field.nameEnd)], as: UTF8.self)
  }

  /// Whether a field's name equals the given name, without decoding it.
  public func field(_ field: FieldSpan, isNamed name: String) -> Bool {
    var name = name
    return name.withUTF8 { wanted in
      let length = Int(field.nameLength)
      guard wanted.count == length else { return false }
      let start = Int(field.nameStart)
      let bytes = self.buffer
      for offset in 0..<length where bytes[start + offset] != wanted[offset] { return false }
      return true
    }
  }

  /// The decoded value of a field (continuation lines joined as recutils reads them).
  public func value(of field: FieldSpan) -> String {
    let start = Int(field.valueStart)
    let end = Int(field.valueEnd)
    guard field.continued else {
      return String(decoding: buffer[start..<end], as: UTF8.self)
    }
    return RecValueDecoder.decode(buffer[start..<end])
  }

  /// The text of a whole line (1-based), for diagnostics.
  public func lineText(_ line: Int) -> String? {
    var current = 1
    var start = 0
    for (offset, byte) in buffer.enumerated() where byte == 0x0A {
      if current == line { break }
      current += 1
      start = offset + 1
    }
    guard current == line, start <= buffer.count else { return nil }
    let end = buffer[start...].firstIndex(of: 0x0A) ?? buffer.count
    return String(decoding: buffer[start..<end], as: UTF8.self)
  }

  /// The 1-based column (in Unicode scalars) of a byte offset.
  public func column(of offset: Int) -> Int {
    var lineStart = offset
    while lineStart > 0 && buffer[lineStart - 1] != 0x0A { lineStart -= 1 }
    return buffer[lineStart..<offset].reduce(1) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
  }
}

/// Joins the lines of a multi-line value: `+ ` lines add a newline, a trailing `\` joins lines.
enum RecValueDecoder {
  static func decode(_ raw: Slice<UnsafeBufferPointer<UInt8>>) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(raw.count)
    var index = raw.startIndex
    var atLineStart = false
    while index < raw.endIndex {
      let byte = raw[index]
      if atLineStart {
        atLineStart = false
        if byte == UInt8(ascii: "+") {
          out.append(0x0A)
          index += 1
          if index < raw.endIndex && raw[index] == UInt8(ascii: " ") { index += 1 }
          continue
        }
      }
      if byte == UInt8(ascii: "\\"), index + 1 < raw.endIndex, raw[index + 1] == 0x0A {
        index += 2
        continue
      }
      if byte == 0x0A {
        atLineStart = true
        index += 1
        continue
      }
      out.append(byte)
      index += 1
    }
    return String(decoding: out, as: UTF8.self)
  }
}
