import BookModel

/// The ids the journals have seen: a record deleted (or added and undone) keeps its number, so
/// a new record never takes an id that the history already names for another.
enum JournaledIDs {
  /// The largest number of a `PREFIX-NNNN` id that any journal's changes name, 0 when none.
  static func highestNumber(prefix: String, directory: String, fs: any FileSystem) -> Int {
    let wanted = Array("id: \(prefix)".utf8)
    var highest = 0
    for name in (fs.list(directory) ?? []) where name.hasSuffix(".rec") {
      guard let bytes = try? fs.read(directory + "/" + name) else { continue }
      highest = max(highest, scan(bytes, for: wanted))
    }
    return highest
  }

  /// The largest number on lines `id: PREFIX-NNNN` (a Change's own id line, not the record
  /// text in its `+` lines).
  static func scan(_ bytes: [UInt8], for wanted: [UInt8]) -> Int {
    var highest = 0
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      let count = buffer.count
      while start < count {
        var end = start
        while end < count && buffer[end] != 0x0A { end += 1 }
        if end - start > wanted.count,
          buffer[start..<start + wanted.count].elementsEqual(wanted)
        {
          var number = 0
          var digits = 0
          for index in (start + wanted.count)..<end {
            let byte = buffer[index]
            guard byte >= 0x30 && byte <= 0x39, digits < 17 else {
              digits = 0
              break
            }
            number = number * 10 + Int(byte - 0x30)
            digits += 1
          }
          if digits > 0 { highest = max(highest, number) }
        }
        start = end + 1
      }
    }
    return highest
  }
}
