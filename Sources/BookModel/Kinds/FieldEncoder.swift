/// Writes typed values back into a record for the kind structs, the mirror of `FieldDecoder`.
/// A field whose text already says the value (`12,500` for 12,500.00, `P-0001, P-0002` for a
/// list) is left as written, so decoding and encoding a record gives it back unchanged; a
/// changed value is written as files hold it (ISO days, plain money) in the field's place, a
/// new one at the end; an absent value removes the field. Fields the kind does not know, and
/// the order of the others, are kept.
public struct FieldEncoder {
  /// The record as encoded so far.
  public private(set) var record: Record

  /// Encodes into a record (a new one, or the record the value was decoded from).
  public init(_ record: Record = Record()) {
    self.record = record
  }

  /// A text field; nil removes it.
  public mutating func text(_ name: String, _ value: String?) {
    put(name, value) { $0 == value }
  }

  /// Every value of a repeating field, in order; [] removes it.
  public mutating func list(_ name: String, _ values: [String]) {
    guard record.values(name).filter({ !$0.isEmpty }) != values else { return }
    record.setAll(name, values)
  }

  /// A comma-separated list of ids in one field (`P-0001,P-0002`); [] removes it.
  public mutating func ids(_ name: String, _ values: [String]) {
    guard Certificate.ids(record.nonEmpty(name)) != values else { return }
    put(name, values.isEmpty ? nil : values.joined(separator: ",")) { _ in false }
  }

  /// A money field, written plain (`12500.00`).
  public mutating func money(_ name: String, _ value: Money?) {
    put(name, value?.fileText) { Money($0) == value }
  }

  /// A decimal field.
  public mutating func decimal(_ name: String, _ value: ExactDecimal?) {
    put(name, value?.description) { ExactDecimal($0) == value }
  }

  /// A whole-number field.
  public mutating func int(_ name: String, _ value: Int?) {
    put(name, value.map(String.init)) { Int($0) == value }
  }

  /// A day field, written ISO (`2026-01-15`).
  public mutating func day(_ name: String, _ value: Day?) {
    put(name, value?.iso) { Day(iso: $0) == value }
  }

  /// A time stamp field (`2026-11-23 09:30`).
  public mutating func timestamp(_ name: String, _ value: Timestamp?) {
    put(name, value?.description) { Timestamp($0) == value }
  }

  /// An enumeration field.
  public mutating func word<E: RawRepresentable>(_ name: String, _ value: E?)
  where E.RawValue == String {
    text(name, value?.rawValue)
  }

  /// A `yes`/`no` field from a Bool.
  public mutating func flag(_ name: String, _ value: Bool?) {
    word(name, value.map { $0 ? YesNo.yes : YesNo.no })
  }

  /// Puts the text of a value in the field unless the field already says it; nil removes a
  /// field that holds something (an empty one stays, as it decodes to nil too).
  private mutating func put(_ name: String, _ text: String?, same: (String) -> Bool) {
    let current = record.nonEmpty(name)
    guard let text else {
      if record.values(name).contains(where: { !$0.isEmpty }) { record.remove(name) }
      return
    }
    if let current, same(current), record.values(name).count == 1 { return }
    record.set(name, text)
  }
}
