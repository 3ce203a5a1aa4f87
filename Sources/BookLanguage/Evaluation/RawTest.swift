import BookModel
import BookStore

/// A comparison of one stored, single-valued field, compiled once into a test on the bytes of
/// a record read in place: `line = GL` compares bytes, `premium > 10000` reads the digits into
/// cents. It answers nil when the bytes are not in the plain form it knows (a value on several
/// lines, money written `$12,500`), and the caller decides the slow way.
struct RawTest {
  enum Check {
    /// Text equality (natural order calls two texts the same only when their bytes are).
    case text([UInt8], equal: Bool)
    /// A money comparison against an amount in cents.
    case money(Int64, Condition.Comparison)
  }

  let name: [UInt8]
  let check: Check

  /// The test for a comparison, when its field and value allow one.
  init?(field: String, stored: FieldType?, repeats: Bool, op: Condition.Comparison, wanted: Value) {
    guard let stored, !repeats else { return nil }
    name = Array(field.utf8)
    switch (stored, wanted) {
    case (.money, .money(let money)):
      check = .money(money.cents, op)
    case (.text, .text(let text)), (.enumeration, .text(let text)),
      (.reference, .text(let text)), (.anyReference, .text(let text)),
      (.timestamp, .text(let text)):
      guard op == .equal || op == .notEqual else { return nil }
      check = .text(Array(text.utf8), equal: op == .equal)
    default:
      return nil
    }
  }

  /// Whether the record meets the comparison; nil when its bytes need the slow way.
  func matches(_ record: LoadedRecord) -> Bool? {
    let file = record.file
    let span = file.records[record.index]
    let fields = file.fields
    let bytes = file.buffer
    let first = Int(span.firstField)
    var found: RecFile.FieldSpan?
    name.withUnsafeBufferPointer { wanted in
      for index in first..<first + Int(span.fieldCount) {
        let field = fields[index]
        guard Int(field.nameLength) == wanted.count else { continue }
        let start = Int(field.nameStart)
        var same = true
        for offset in 0..<wanted.count where bytes[start + offset] != wanted[offset] {
          same = false
          break
        }
        if same {
          found = field
          return
        }
      }
    }
    let absent: Bool
    switch check {
    case .text(_, let equal): absent = !equal
    case .money(_, let op): absent = op == .notEqual
    }
    guard let field = found else { return absent }
    if field.continued { return nil }
    let start = Int(field.valueStart)
    let end = Int(field.valueEnd)
    if start >= end { return absent }
    switch check {
    case .text(let text, let equal):
      guard end - start == text.count else { return !equal }
      for offset in 0..<text.count where bytes[start + offset] != text[offset] { return !equal }
      return equal
    case .money(let wanted, let op):
      guard let cents = Self.cents(bytes, start, end) else { return nil }
      switch op {
      case .equal: return cents == wanted
      case .notEqual: return cents != wanted
      case .less: return cents < wanted
      case .lessOrEqual: return cents <= wanted
      case .greater: return cents > wanted
      case .greaterOrEqual: return cents >= wanted
      }
    }
  }

  /// Cents of money written plainly (`12500`, `12500.5`, `-500.00`); nil for any other form
  /// (leading zeros, separators, a dollar sign, more than ten whole digits), which
  /// `Money(parsing:)` decides instead.
  static func cents(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int64? {
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
