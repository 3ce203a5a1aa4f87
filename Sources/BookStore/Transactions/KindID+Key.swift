import BookModel

extension KindID {
  /// A record's key: its key field's value, or the kind's name for the one record of a kind
  /// without keys (the agency goes by `agency`).
  func key(of record: some FieldReader) -> String? {
    guard let keyField = spec.keyField else { return spec.singular }
    return record.value(keyField)
  }
}
