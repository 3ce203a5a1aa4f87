import BookModel

/// One field of every record of a kind, decoded once into a typed array (a column of the
/// cache in `.book/cache/`): what a count over a condition reads instead of the text.
public enum Column: Sendable, Equatable {
  /// Money in cents, record by record; `Column.absent` where the field is missing or empty.
  case money([Int64])
  /// Text as codes into its distinct values (`values[code - 1]`); 0 where missing or empty.
  case text(values: [[UInt8]], codes: [UInt32])

  /// The cents of a record without the field.
  public static let absent = Int64.min

  /// The number of records.
  public var count: Int {
    switch self {
    case .money(let cents): return cents.count
    case .text(_, let codes): return codes.count
    }
  }

  /// The field types a column holds: money, and text compared byte for byte.
  public static func holds(_ type: FieldType) -> Bool {
    switch type {
    case .money, .text, .enumeration, .reference, .anyReference, .timestamp: return true
    default: return false
    }
  }

  /// The column of a field, read from a parsed file; nil when some value is not in the plain
  /// form a column holds (a value on several lines, money written `$12,500`): such a field
  /// is always read from the text.
  public static func build(_ file: RecFile, field: String, type: FieldType) -> Column? {
    let name = Array(field.utf8)
    let bytes = file.buffer
    let fields = file.fields
    var positions: [Int] = []
    positions.reserveCapacity(file.records.count)
    for record in file.records {
      positions.append(
        Self.firstField(named: name, in: record, fields: fields, bytes: bytes) ?? -1)
    }
    if type == .money {
      var cents: [Int64] = []
      cents.reserveCapacity(positions.count)
      for position in positions {
        guard position >= 0 else {
          cents.append(absent)
          continue
        }
        let span = fields[position]
        if span.continued { return nil }
        let start = span.valueStart(in: bytes)
        let end = Int(span.valueEnd)
        if start >= end {
          cents.append(absent)
          continue
        }
        guard let value = PlainMoney.cents(bytes, start, end) else { return nil }
        cents.append(value)
      }
      return .money(cents)
    }
    var values: [[UInt8]] = []
    var codeOf: [[UInt8]: UInt32] = [:]
    var codes: [UInt32] = []
    codes.reserveCapacity(positions.count)
    for position in positions {
      guard position >= 0 else {
        codes.append(0)
        continue
      }
      let span = fields[position]
      if span.continued { return nil }
      let start = span.valueStart(in: bytes)
      let end = Int(span.valueEnd)
      if start >= end {
        codes.append(0)
        continue
      }
      let value = Array(UnsafeBufferPointer(rebasing: bytes[start..<end]))
      if let code = codeOf[value] {
        codes.append(code)
      } else {
        values.append(value)
        let code = UInt32(values.count)
        codeOf[value] = code
        codes.append(code)
      }
    }
    return .text(values: values, codes: codes)
  }

  /// The index of a record's first field of that name (compared as bytes), or nil.
  public static func firstField(
    named name: [UInt8], in record: RecFile.RecordSpan, fields: [RecFile.FieldSpan],
    bytes: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    let first = Int(record.firstField)
    return name.withUnsafeBufferPointer { wanted -> Int? in
      for index in first..<first + Int(record.fieldCount) {
        if fields[index].isNamed(wanted, in: bytes) { return index }
      }
      return nil
    }
  }
}

/// Money written plainly (`12500`, `12500.5`, `-500.00`) read straight into cents.
public enum PlainMoney {
  /// The cents, or nil for any other form (leading zeros, separators, a dollar sign, more
  /// than ten whole digits), which `Money(parsing:)` decides instead.
  public static func cents(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Int64?
  {
    var index = start
    let negative = bytes[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    var whole: Int64 = 0
    var digits = 0
    while index < end, bytes[index] >= 0x30, bytes[index] <= 0x39 {
      whole = whole * 10 + Int64(bytes[index] - 0x30)
      digits += 1
      index += 1
    }
    guard digits > 0, digits <= 10 else { return nil }
    if digits > 1 && bytes[index - digits] == 0x30 { return nil }
    var fraction: Int64 = 0
    if index < end {
      guard bytes[index] == UInt8(ascii: "."), end - index == 2 || end - index == 3 else {
        return nil
      }
      index += 1
      var scale: Int64 = 10
      while index < end {
        let byte = bytes[index]
        guard byte >= 0x30, byte <= 0x39 else { return nil }
        fraction += Int64(byte - 0x30) * scale
        scale /= 10
        index += 1
      }
    }
    let cents = whole * 100 + fraction
    return negative ? -cents : cents
  }
}
