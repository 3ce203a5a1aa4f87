import BookModel

/// A file's record descriptor against the kind's own: `book check` is stricter than
/// `recfix --check`, never looser, so a directive recutils would enforce and book would not
/// (`%prohibit`, `%size`, `%constraint`, a `%type` or `%mandatory` of its own) is refused,
/// as are a second `%rec` or `%key`.
enum DescriptorCheck {
  /// Directives that change nothing recutils enforces, allowed beside the kind's own.
  static let harmless: Set<String> = ["%doc", "%sort"]

  /// Each problem of the file's descriptor, at its line.
  static func problems(_ file: RecFile, as spec: KindSpec, path: String) -> [Diagnostic] {
    guard let span = file.descriptorSpan else { return [] }
    let own = directives(of: spec)
    var counts: [String: Int] = [:]
    var problems: [Diagnostic] = []
    let lines = directiveLines(file, span)
    for (index, field) in file.descriptor.enumerated() {
      let name = field.name
      let value = normalized(field.value)
      counts[name, default: 0] += 1
      let reason: DescriptorProblem?
      switch name {
      case _ where (name == "%rec" || name == "%key") && counts[name, default: 0] > 1:
        reason = .second(name)
      case "%rec":
        reason = nil
      case "%key":
        reason = value == spec.keyField ? nil : .key(spec)
      case "%mandatory":
        let extra = value.split(separator: " ").map(String.init).filter {
          !spec.mandatoryFields.contains($0)
        }
        reason = extra.isEmpty ? nil : .mandatory(extra, spec)
      case "%type":
        reason = own["%type", default: []].contains(value) ? nil : .type(value, spec)
      default:
        reason = harmless.contains(name) ? nil : .unsupported(name)
      }
      guard let reason else { continue }
      let line = index < lines.count ? lines[index] : Int(span.line)
      problems.append(
        reason.diagnostic(
          file: file.name, path: path, line: line, sourceLine: file.lineText(line), spec: spec))
    }
    return problems
  }

  /// The line of each `%` field of the descriptor block, in order (comments may sit between).
  static func directiveLines(_ file: RecFile, _ span: RecFile.RecordSpan) -> [Int] {
    var lines: [Int] = []
    var line = Int(span.line)
    var atLineStart = true
    for offset in Int(span.start)..<min(Int(span.end), file.buffer.count) {
      let byte = file.buffer[offset]
      if atLineStart && byte == UInt8(ascii: "%") { lines.append(line) }
      atLineStart = byte == 0x0A
      if atLineStart { line += 1 }
    }
    return lines
  }

  /// The kind's own directive values by name (`%type` → its lines' values).
  static func directives(of spec: KindSpec) -> [String: Set<String>] {
    var out: [String: Set<String>] = [:]
    for line in spec.descriptor.split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let name = String(line[..<colon])
      out[name, default: []].insert(normalized(String(line[line.index(after: colon)...])))
    }
    return out
  }

  /// A directive's value with runs of blanks as one space and no blanks around it.
  static func normalized(_ value: String) -> String {
    value.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }
}

/// A directive of a file's descriptor that book does not keep (the wording is in
/// StoreMessages.swift).
enum DescriptorProblem {
  /// A second `%rec` or `%key`.
  case second(String)
  /// A `%key` other than the kind's.
  case key(KindSpec)
  /// `%mandatory` naming fields the kind does not require.
  case mandatory([String], KindSpec)
  /// A `%type` the kind does not declare.
  case type(String, KindSpec)
  /// A directive book does not support.
  case unsupported(String)
}
