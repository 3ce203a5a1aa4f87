import BookModel

/// Makes a kind's new file from its current bytes: changed records are re-printed in place,
/// deleted ones cut out with their separating blank line, added ones appended. Every other
/// byte (comments, unknown fields, order) stays as it was.
enum FileSplicer {
  enum Edit {
    case replace(Record)
    case delete
  }

  static func splice(
    _ file: RecFile, kind: KindID, edits: [Int: Edit], insertions: [Int: [Record]] = [:],
    additions: [Record]
  ) throws(RecPrinter.Failure) -> [UInt8] {
    try withExtendedLifetime(file.storage) { () throws(RecPrinter.Failure) -> [UInt8] in
      try splice(
        file, file.buffer, kind: kind, edits: edits, insertions: insertions, additions: additions)
    }
  }

  private static func splice(
    _ file: RecFile, _ bytes: UnsafeBufferPointer<UInt8>, kind: KindID, edits: [Int: Edit],
    insertions: [Int: [Record]], additions: [Record]
  ) throws(RecPrinter.Failure) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + additions.count * 256)
    var copied = 0
    for index in Set(edits.keys).union(insertions.keys).sorted() {
      let span = file.records[index]
      if let records = insertions[index] {
        out += bytes[copied..<Int(span.start)]
        copied = Int(span.start)
        for record in records {
          try RecPrinter.append(record, to: &out)
          out.append(0x0A)
        }
      }
      guard let edit = edits[index] else { continue }
      var start = Int(span.start)
      var end = Int(span.end)
      switch edit {
      case .replace(let record):
        out += bytes[copied..<start]
        try RecPrinter.append(record, to: &out)
      case .delete:
        let after = blankLineEnd(bytes, from: end)
        if after > end {
          end = after
        } else {
          start = blankLineStart(bytes, before: start, floor: copied)
          // The last record, after neighbours deleted with the blank line before it: drop
          // the blank line left at the end (a file never ends in one).
          if start == copied && end == bytes.count { dropTrailingBlankLine(&out) }
        }
        out += bytes[copied..<start]
      }
      copied = end
    }
    out += bytes[copied...]
    if out.isEmpty && !additions.isEmpty {
      out += Array(kind.spec.descriptor.utf8)
    }
    for record in additions {
      if let last = out.last, last != 0x0A { out.append(0x0A) }
      if !out.isEmpty { out.append(0x0A) }
      try RecPrinter.append(record, to: &out)
    }
    return out
  }

  /// Removes a blank line that ends the bytes, when there is one after another line.
  private static func dropTrailingBlankLine(_ out: inout [UInt8]) {
    guard out.last == 0x0A else { return }
    var index = out.count - 1
    while index > 0 && (out[index - 1] == 0x20 || out[index - 1] == 0x09) { index -= 1 }
    guard index > 0, out[index - 1] == 0x0A else { return }
    out.removeSubrange(index...)
  }

  /// The end of the blank line that starts at `offset`, or `offset` when there is none.
  private static func blankLineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
    var index = offset
    while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
    if index < bytes.count && bytes[index] == 0x0A { return index + 1 }
    return offset
  }

  /// The start of the blank line that ends just before `offset`, or `offset` when none.
  private static func blankLineStart(
    _ bytes: UnsafeBufferPointer<UInt8>, before offset: Int, floor: Int
  ) -> Int {
    guard offset > floor, bytes[offset - 1] == 0x0A else { return offset }
    var index = offset - 1
    while index > floor && (bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09) { index -= 1 }
    if index == floor || bytes[index - 1] == 0x0A { return index }
    return offset
  }
}
