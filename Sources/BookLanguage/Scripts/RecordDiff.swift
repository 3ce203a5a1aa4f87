import BookModel
import BookStore

/// What `run --dry-run` prints: each record a transaction would add (`+`), delete (`-`) or
/// change (`~ field: old → new`, one line a field), money written as tables write it.
public enum RecordDiff {
  /// The lines for every change that changes something, in the order they were made.
  public static func lines(_ transaction: Transaction) -> [String] {
    transaction.effectiveChanges.flatMap(lines)
  }

  static func lines(_ change: PendingChange) -> [String] {
    let spec = change.kind.spec
    let name = spec.idPrefix == nil ? "\(spec.singular) \(change.id)" : change.id
    switch (change.before, change.after) {
    case (nil, let after?):
      return ["+ " + ([name] + assignments(after, kind: change.kind)).joined(separator: " ")]
    case (let before?, nil):
      return ["- " + ([name] + assignments(before, kind: change.kind)).joined(separator: " ")]
    case (let before?, let after?):
      var lines: [String] = []
      if change.key != change.id, let key = change.key {
        lines.append("~ \(key) renamed → \(change.id)")
      }
      for field in fieldNames(before, after) {
        let old = shown(before.values(field), field: field, kind: change.kind)
        let new = shown(after.values(field), field: field, kind: change.kind)
        guard old != new else { continue }
        lines.append("~ \(name) \(field): \(old ?? "(empty)") → \(new ?? "(empty)")")
      }
      return lines
    case (nil, nil):
      return []
    }
  }

  /// The fields of both records, in the order they appear (the old record's first).
  private static func fieldNames(_ before: Record, _ after: Record) -> [String] {
    var names: [String] = []
    for field in before.fields + after.fields where !names.contains(field.name) {
      names.append(field.name)
    }
    return names
  }

  /// `field=value` for each field but the key, values quoted when they hold blanks.
  private static func assignments(_ record: Record, kind: KindID) -> [String] {
    var out: [String] = []
    for field in record.fields where field.name != kind.spec.keyField {
      guard let value = shown([field.value], field: field.name, kind: kind) else { continue }
      let word = !value.isEmpty && !value.contains(where: { $0 == " " || $0 == "\"" })
      out.append(field.name + "=" + (word ? value : Literal.quote(value)))
    }
    return out
  }

  /// Values as people read them (money grouped, `12,500.00`), several joined by ", ";
  /// nil when there are none.
  private static func shown(_ values: [String], field: String, kind: KindID) -> String? {
    guard !values.isEmpty else { return nil }
    let money = kind.spec.field(field)?.type == .money
    return values.map { value in
      money ? (Money(value)?.description ?? value) : value
    }.joined(separator: ", ")
  }
}
