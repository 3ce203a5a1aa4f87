import BookModel

/// A rec file held as its bytes, with records and fields indexed by offset: nothing is decoded
/// until it is used.
public struct RecFile: Sendable {
  /// One field: where its name starts and its value ends in the bytes (8 bytes: a book has
  /// millions); where the name ends and the value starts is read from the bytes.
  public struct FieldSpan: Sendable {
    public let nameStart: Int32
    /// The value's end, with `continued` in the top bit (offsets fit in 31 bits).
    private var end: UInt32

    public init(nameStart: Int32, valueEnd: Int32, continued: Bool) {
      self.nameStart = nameStart
      self.end = UInt32(bitPattern: valueEnd) | (continued ? Self.continuedBit : 0)
    }

    private static let continuedBit: UInt32 = 0x8000_0000

    /// End of the field's last line, before its newline.
    public var valueEnd: Int32 {
      get { Int32(bitPattern: end & ~Self.continuedBit) }
      set { end = UInt32(bitPattern: newValue) | (end & Self.continuedBit) }
    }

    /// The value spans several lines (`+` or `\` continuation) and must be decoded.
    public var continued: Bool {
      get { end & Self.continuedBit != 0 }
      set { end = (end & ~Self.continuedBit) | (newValue ? Self.continuedBit : 0) }
    }

    /// End of the name: its `:` (a name is letters, digits and `_`, so the first `:`).
    public func nameEnd(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
      var offset = Int(nameStart)
      while bytes[offset] != UInt8(ascii: ":") { offset += 1 }
      return offset
    }

    /// Start of the value on the field's first line (after the one space that follows `:`).
    public func valueStart(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
      let start = nameEnd(in: bytes) + 1
      return start < Int(valueEnd) && bytes[start] == UInt8(ascii: " ") ? start + 1 : start
    }

    /// Whether the field's name is `wanted`, compared as bytes.
    public func isNamed(
      _ wanted: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
      let start = Int(nameStart)
      // The `:` where the wanted name would end tells most names apart in one byte.
      guard start + wanted.count < bytes.count, bytes[start + wanted.count] == UInt8(ascii: ":")
      else { return false }
      for offset in 0..<wanted.count {
        let byte = bytes[start + offset]
        if byte != wanted[offset] || byte == UInt8(ascii: ":") { return false }
      }
      return true
    }
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
    String(decoding: buffer[Int(field.nameStart)..<field.nameEnd(in: buffer)], as: UTF8.self)
  }

  /// Whether a field's name equals the given name, without decoding it.
  public func field(_ field: FieldSpan, isNamed name: String) -> Bool {
    var name = name
    return name.withUTF8 { field.isNamed($0, in: buffer) }
  }

  /// The decoded value of a field (continuation lines joined as recutils reads them).
  public func value(of field: FieldSpan) -> String {
    let start = field.valueStart(in: buffer)
    let end = Int(field.valueEnd)
    guard field.continued else {
      return String(decoding: buffer[start..<end], as: UTF8.self)
    }
    return RecValueDecoder.decode(buffer[start..<end])
  }

  /// The line (1-based) a field of a record starts on, for diagnostics: the record's first
  /// line and the lines before the field.
  public func line(of field: FieldSpan, in record: RecordSpan) -> Int {
    let before = buffer[Int(record.start)..<Int(field.nameStart)]
    return Int(record.line) + before.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
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
