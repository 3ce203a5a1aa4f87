import BookModel

/// Turns CSV rows into records of a kind (`import KIND FILE.csv`): columns mapped by header
/// (case and spaces ignored), money with or without `$` and separators, days ISO or US,
/// repeated fields split on `;`; what cannot be read is a problem at its row and column.
/// Validation of the records themselves is the book's, as for any write.
struct CSVImport {
  /// A problem at a spreadsheet row and column (the header is row 1).
  struct Problem: Error, Equatable {
    var row: Int
    var column: Int
    var message: String
    var notes: [String] = []
  }

  /// One record read from a row, with where its fields came from.
  struct Row {
    var number: Int
    var record: Record
    /// The column (1-based) each field came from.
    var columns: [String: Int]
  }

  let spec: KindSpec
  /// The field each column holds, in column order.
  let fields: [FieldSpec]

  /// Maps a header row to the kind's fields; unknown or repeated headers are problems.
  init(header: [String], kind: KindID) throws(Problem) {
    spec = kind.spec
    var fields: [FieldSpec] = []
    for (index, title) in header.enumerated() {
      let name = Self.fieldName(title)
      guard let field = spec.field(name) else {
        let close = Suggestion.closest(to: name, in: spec.fields.map(\.name))
        throw Problem(
          row: 1, column: index + 1,
          .unknownColumn(title, kind: kind, field: name, suggestion: close))
      }
      guard !fields.contains(where: { $0.name == field.name }) else {
        throw Problem(row: 1, column: index + 1, .columnTwice(field.name))
      }
      fields.append(field)
    }
    self.fields = fields
  }

  /// A header as a field name: trimmed, lower-cased, spaces and dashes as `_`.
  static func fieldName(_ title: String) -> String {
    let trimmed = title.trimmingSpaces().lowercased()
    return String(trimmed.map { $0 == " " || $0 == "-" ? "_" : $0 })
  }

  /// The record a row holds, or the problems of its cells.
  func record(_ row: CSVReader.Row) -> (Row?, [Problem]) {
    var record = Record()
    var columns: [String: Int] = [:]
    var problems: [Problem] = []
    if row.fields.count > fields.count {
      problems.append(
        Problem(
          row: row.number, column: fields.count + 1,
          .tooManyCells(row.fields.count, columns: fields.count)))
    }
    for (index, field) in fields.enumerated() where index < row.fields.count {
      let cell = row.fields[index].trimmingSpaces()
      guard !cell.isEmpty else { continue }
      let parts =
        field.repeats
        ? cell.split(separator: ";").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        : [cell]
      for part in parts {
        switch Self.value(part, as: field.type) {
        case .success(let value):
          record.fields.append(Field(field.name, value))
          columns[field.name] = index + 1
        case .failure(let refusal):
          problems.append(
            Problem(row: row.number, column: index + 1, .cell(field: field.name, because: refusal)))
        }
      }
    }
    return problems.isEmpty
      ? (Row(number: row.number, record: record, columns: columns), []) : (nil, problems)
  }

  /// A cell's text as the field's stored text: money plain to the cent, days ISO.
  static func value(_ text: String, as type: FieldType) -> Result<String, LanguageRefusal> {
    switch type {
    case .money:
      let plain = text.filter { $0 != "$" && $0 != "," && $0 != " " }
      guard let money = Money(plain) else {
        return .failure(.cellNotMoney(text))
      }
      return .success(money.fileText)
    case .date:
      do {
        return .success(try day(text).iso)
      } catch {
        return .failure(.unreadable(text, as: .day, reason: error.reason))
      }
    default:
      return .success(text)
    }
  }
}

extension CSVImport {
  /// A day written ISO (`2026-01-15`) or US, with or without leading zeros (`1/5/2026`).
  static func day(_ text: String) throws(DayError) -> Day {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 3 else { return try Day(parsing: text) }
    guard let month = Int(parts[0]), let day = Int(parts[1]), let year = Int(parts[2]),
      parts[2].count == 4
    else { throw .format }
    return try Day(year: year, month: month, day: day)
  }
}

extension String {
  /// The text without spaces and tabs at either end.
  func trimmingSpaces() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
      let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
    else { return "" }
    return String(scalars[first...last])
  }
}

extension CSVImport.Problem {
  init(row: Int, column: Int, _ refusal: LanguageRefusal) {
    self.init(row: row, column: column, message: refusal.message, notes: refusal.notes)
  }
}
