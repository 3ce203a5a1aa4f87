import BookModel

/// A record of a loaded file, read in place: values are decoded only when asked for.
public struct LoadedRecord: FieldReader, Sendable {
  public let file: RecFile
  public let index: Int

  var span: RecFile.RecordSpan { file.records[index] }

  private var fieldSpans: ArraySlice<RecFile.FieldSpan> {
    let first = Int(span.firstField)
    return file.fields[first..<first + Int(span.fieldCount)]
  }

  public var fieldList: [Field] {
    fieldSpans.map { Field(file.name(of: $0), file.value(of: $0)) }
  }

  public func value(_ name: String) -> String? {
    fieldSpans.first { file.field($0, isNamed: name) }.map { file.value(of: $0) }
  }

  public func values(_ name: String) -> [String] {
    fieldSpans.filter { file.field($0, isNamed: name) }.map { file.value(of: $0) }
  }

  /// The record as an editable value.
  public var record: Record { Record(fieldList) }

  /// The first line of the record.
  public var line: Int { Int(span.line) }

  /// Where a field occurrence starts: its value's column, or the record's first line when absent.
  public func location(of name: String?, occurrence: Int = 0) -> SourceLocation {
    guard let name else { return SourceLocation(line: line, column: 1) }
    let matches = fieldSpans.filter { file.field($0, isNamed: name) }
    guard occurrence < matches.count else { return SourceLocation(line: line, column: 1) }
    let field = matches[matches.startIndex + occurrence]
    return SourceLocation(
      line: file.line(of: field, in: span),
      column: file.column(of: field.valueStart(in: file.buffer)))
  }
}
