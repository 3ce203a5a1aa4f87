import BookLanguage
import BookModel
import BookStore

/// The inputs libFuzzer throws at book: the rec parser (a data file's bytes), the language
/// parser (a line typed or a script) and the CSV reader (a file to import). Each must return — a thrown error is an answer, a crash
/// is a bug.
enum FuzzTargets {
  /// The target the `BOOK_FUZZ_TARGET` variable names (`rec` or `language`).
  static func named(_ name: String) -> ((UnsafeRawBufferPointer) -> Void)? {
    switch name {
    case "rec": return rec
    case "language": return language
    case "csv": return csv
    default: return nil
    }
  }

  static let names = ["rec", "language", "csv"]

  /// A data file: parse it, then read every field of every record and validate it as a policy.
  static func rec(_ data: UnsafeRawBufferPointer) {
    guard let file = try? RecParser.parse(name: "policies.rec", bytes: Array(data)) else { return }
    for index in 0..<file.records.count {
      let record = file.record(index)
      for field in record.fieldList { _ = field.value.count }
      _ = RecordValidator.validate(record, as: KindID.policy.spec)
    }
  }

  /// A script: lex and parse it with the standard registry, then print what was parsed.
  static func language(_ data: UnsafeRawBufferPointer) {
    guard let text = String(validating: Array(data), as: UTF8.self) else { return }
    guard let script = try? Parser.parse(text, registry: .standard) else { return }
    for command in script.commands { _ = command.source.count }
  }

  /// A CSV file to import: read its rows; row numbers only grow, and each row has a field.
  static func csv(_ data: UnsafeRawBufferPointer) {
    guard let rows = try? CSVReader.rows(Array(data)) else { return }
    var last = 0
    for row in rows {
      precondition(row.number > last && !row.fields.isEmpty, "CSV rows out of order")
      last = row.number
    }
  }
}
