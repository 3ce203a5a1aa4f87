import BookModel

/// Prints records in the recutils format, refusing values recutils would read differently.
public enum RecPrinter {
  /// Why a record cannot be written.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    case badFieldName(String)
    case trailingBackslash(field: String)
    case controlCharacter(field: String)

    public var description: String {
      switch self {
      case .badFieldName(let name):
        return "'\(name)' is not a field name: use a letter, then letters, digits or _"
      case .trailingBackslash(let field):
        return
          "\(field): a line may not end in '\\' (recutils would join it with the next line); remove it or add a space after it"
      case .controlCharacter(let field):
        return "\(field): the value holds a control character (NUL, CR or the like); remove it"
      }
    }
  }

  /// The record's text: `name: value` lines, `+ ` continuation lines, a final newline.
  public static func text(of record: Record) throws(Failure) -> String {
    var out = ""
    for field in record.fields {
      try append(field, to: &out)
    }
    return out
  }

  /// Appends one field (and its continuation lines) to the output.
  public static func append(_ field: Field, to out: inout String) throws(Failure) {
    guard Field.isValidName(field.name) else { throw .badFieldName(field.name) }
    var first = true
    for line in field.value.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.utf8.last == UInt8(ascii: "\\") { throw .trailingBackslash(field: field.name) }
      if line.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 }) {
        throw .controlCharacter(field: field.name)
      }
      if first {
        out += line.isEmpty ? "\(field.name):\n" : "\(field.name): \(line)\n"
        first = false
      } else {
        out += line.isEmpty ? "+\n" : "+ \(line)\n"
      }
    }
  }
}
