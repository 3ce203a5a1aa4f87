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

  /// The field's name, and as bytes.
  let field: String
  let name: [UInt8]
  let check: Check

  /// The test for a comparison, when its field and value allow one.
  init?(field: String, stored: FieldType?, repeats: Bool, op: Condition.Comparison, wanted: Value) {
    guard let stored, !repeats else { return nil }
    self.field = field
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
    let found = Column.firstField(named: name, in: span, fields: fields, bytes: bytes).map {
      fields[$0]
    }
    let absent: Bool
    switch check {
    case .text(_, let equal): absent = !equal
    case .money(_, let op): absent = op == .notEqual
    }
    guard let field = found else { return absent }
    if field.continued { return nil }
    let start = field.valueStart(in: bytes)
    let end = Int(field.valueEnd)
    if start >= end { return absent }
    switch check {
    case .text(let text, let equal):
      guard end - start == text.count else { return !equal }
      for offset in 0..<text.count where bytes[start + offset] != text[offset] { return !equal }
      return equal
    case .money(let wanted, let op):
      guard let cents = PlainMoney.cents(bytes, start, end) else { return nil }
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
}
