import BookModel

/// A rec file as the merge driver sees it: comments before the descriptor, the descriptor,
/// the records (each with the comment lines written before it or among its fields) and the
/// comments after the last record. Printed back in the book's layout.
struct RecDocument: Equatable {
  /// One record and the comment lines that go with it.
  struct Entry: Equatable {
    var comments: [String]
    var record: Record
  }

  var header: [String]
  var descriptor: [Field]
  var entries: [Entry]
  var trailer: [String]

  /// Reads a file's bytes; a file the parser refuses is named with where and why.
  init(name: String, bytes: [UInt8]) throws(RecParser.Failure) {
    let file = try RecParser.parse(name: name, bytes: bytes)
    var gaps = Self.commentLines(bytes, from: 0, to: Int(file.descriptorSpan?.start ?? 0))
    header = []
    descriptor = file.descriptor
    entries = []
    var position = 0
    if let span = file.descriptorSpan {
      header = gaps
      gaps = Self.commentLines(bytes, from: Int(span.start), to: Int(span.end))
      position = Int(span.end)
    } else {
      gaps = []
    }
    for index in 0..<file.records.count {
      let span = file.records[index]
      gaps += Self.commentLines(bytes, from: position, to: Int(span.start))
      gaps += Self.commentLines(bytes, from: Int(span.start), to: Int(span.end))
      entries.append(Entry(comments: gaps, record: file.record(index).record))
      gaps = []
      position = Int(span.end)
    }
    trailer = gaps + Self.commentLines(bytes, from: position, to: bytes.count)
  }

  init(header: [String], descriptor: [Field], entries: [Entry], trailer: [String]) {
    self.header = header
    self.descriptor = descriptor
    self.entries = entries
    self.trailer = trailer
  }

  /// The field that keys the records (`%key:`), if the descriptor names one.
  var keyField: String? {
    descriptor.first { $0.name == "%key" }.map { String($0.value.prefix { $0 != " " }) }
  }

  /// The file's text: header comments, the descriptor, then each record after a blank line.
  func bytes() throws(RecPrinter.Failure) -> [UInt8] {
    var out: [UInt8] = []
    for line in header { Self.appendLine(line, to: &out) }
    for field in descriptor {
      // A descriptor value is one line; the printer checks its name without the `%`.
      var bytes: [UInt8] = []
      try RecPrinter.append(Field(String(field.name.dropFirst()), field.value), to: &bytes)
      out.append(UInt8(ascii: "%"))
      out.append(contentsOf: bytes)
    }
    for entry in entries {
      if !out.isEmpty { out.append(0x0A) }
      for line in entry.comments { Self.appendLine(line, to: &out) }
      try RecPrinter.append(entry.record, to: &out)
    }
    if !trailer.isEmpty {
      if !out.isEmpty { out.append(0x0A) }
      for line in trailer { Self.appendLine(line, to: &out) }
    }
    return out
  }

  private static func appendLine(_ line: String, to out: inout [UInt8]) {
    out.append(contentsOf: line.utf8)
    out.append(0x0A)
  }

  /// The comment lines (`#…`) in a byte range, without their newlines; a line that
  /// continues a value ending in `\\` is part of that value, not a comment.
  private static func commentLines(_ bytes: [UInt8], from start: Int, to end: Int) -> [String] {
    var lines: [String] = []
    var lineStart = start
    var continues = false
    while lineStart < end {
      let lineEnd = bytes[lineStart..<end].firstIndex(of: 0x0A) ?? end
      if !continues, bytes[lineStart] == UInt8(ascii: "#") {
        lines.append(String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self))
      }
      continues = lineEnd > lineStart && bytes[lineEnd - 1] == UInt8(ascii: "\\")
      lineStart = lineEnd + 1
    }
    return lines
  }
}
