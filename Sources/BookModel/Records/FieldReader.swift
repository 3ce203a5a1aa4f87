/// Read access to a record's fields, whatever holds them (an edited `Record`, or offsets into a
/// file's bytes in BookStore).
public protocol FieldReader {
  /// Every field in order, as (name, value).
  var fieldList: [Field] { get }
  /// The values of every field with that name, in order.
  func values(_ name: String) -> [String]
  /// The first value of the field with that name, or nil when absent.
  func value(_ name: String) -> String?
}

extension FieldReader {
  public func values(_ name: String) -> [String] {
    fieldList.filter { $0.name == name }.map(\.value)
  }

  public func value(_ name: String) -> String? {
    fieldList.first { $0.name == name }?.value
  }

  /// The first value of the field, nil when absent or empty.
  public func nonEmpty(_ name: String) -> String? {
    guard let value = value(name), !value.isEmpty else { return nil }
    return value
  }
}
