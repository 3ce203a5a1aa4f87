/// Reads CSV as spreadsheets write it (RFC 4180): fields separated by commas, quoted with `"`
/// when they hold a comma, a quote (doubled) or a line break; rows end with LF or CR LF; a
/// UTF-8 byte-order mark at the start (Excel's "CSV UTF-8") is skipped. Each row keeps the
/// number a spreadsheet shows it under (the first is row 1) and each field its column.
public struct CSVReader {
  /// One row: its spreadsheet row number and its fields.
  public struct Row: Sendable, Equatable {
    public var number: Int
    public var fields: [String]
  }

  /// Why a file cannot be read, with where.
  public struct Problem: Error, Sendable, Equatable {
    public var row: Int
    public var column: Int
    public var message: String
  }

  /// The rows of a file's bytes; blank lines are skipped (their numbers still count).
  public static func rows(_ bytes: [UInt8]) throws(Problem) -> [Row] {
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    var rows: [Row] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var wasQuoted = false
    var number = 1
    var index = start
    func text(_ bytes: [UInt8], column: Int) throws(Problem) -> String {
      guard let string = String(validating: bytes, as: UTF8.self) else {
        throw Problem(row: number, column: column, .csvNotUTF8)
      }
      return string
    }
    func endRow() throws(Problem) {
      fields.append(try text(field, column: fields.count + 1))
      field = []
      wasQuoted = false
      if !(fields.count == 1 && fields[0].isEmpty) {
        rows.append(Row(number: number, fields: fields))
      }
      fields = []
    }
    while index < bytes.count {
      let byte = bytes[index]
      if quoted {
        if byte == UInt8(ascii: "\"") {
          if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
            field.append(byte)
            index += 1
          } else {
            quoted = false
          }
        } else {
          field.append(byte)
        }
      } else {
        switch byte {
        case UInt8(ascii: ","):
          fields.append(try text(field, column: fields.count + 1))
          field = []
          wasQuoted = false
        case UInt8(ascii: "\n"):
          try endRow()
          number += 1
        case UInt8(ascii: "\r"):
          if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
          try endRow()
          number += 1
        case UInt8(ascii: "\""):
          guard field.isEmpty, !wasQuoted else {
            throw Problem(row: number, column: fields.count + 1, .csvQuoteInField)
          }
          quoted = true
          wasQuoted = true
        default:
          guard !wasQuoted else {
            throw Problem(row: number, column: fields.count + 1, .csvTextAfterQuote)
          }
          field.append(byte)
        }
      }
      index += 1
    }
    if quoted {
      throw Problem(row: number, column: fields.count + 1, .csvQuoteNotClosed)
    }
    if !field.isEmpty || !fields.isEmpty || wasQuoted { try endRow() }
    return rows
  }
}

extension CSVReader.Problem {
  init(row: Int, column: Int, _ refusal: LanguageRefusal) {
    self.init(row: row, column: column, message: refusal.message)
  }
}
