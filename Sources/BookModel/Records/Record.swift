/// A record as an ordered list of fields: the form used to build and change records.
/// (Loaded records live as offsets into file bytes in BookStore and become a `Record` on change.)
public struct Record: FieldReader, Sendable, Hashable {
  public var fields: [Field]

  public init(_ fields: [Field] = []) {
    self.fields = fields
  }

  public var fieldList: [Field] { fields }

  /// Sets a single-valued field: replaces the first occurrence in place (removing later ones),
  /// or appends it. An empty value removes the field (typed fields are never written empty).
  public mutating func set(_ name: String, _ value: String) {
    guard !value.isEmpty else {
      remove(name)
      return
    }
    if let index = fields.firstIndex(where: { $0.name == name }) {
      fields[index].value = value
      var seen = false
      fields.removeAll { field in
        guard field.name == name else { return false }
        defer { seen = true }
        return seen
      }
    } else {
      fields.append(Field(name, value))
    }
  }

  /// Replaces every value of a repeating field, keeping the first one's position.
  public mutating func setAll(_ name: String, _ values: [String]) {
    let position = fields.firstIndex { $0.name == name } ?? fields.count
    let before = fields[..<position].filter { $0.name != name }
    let after = fields[position...].filter { $0.name != name }
    fields = before + values.map { Field(name, $0) } + after
  }

  /// Removes every field of that name.
  public mutating func remove(_ name: String) {
    fields.removeAll { $0.name == name }
  }

  /// The record's key (its `id`, or `name` for macros) under the given key field.
  public func key(_ keyField: String?) -> String? {
    keyField.flatMap { value($0) }
  }
}
