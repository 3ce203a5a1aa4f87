extension String {
  /// The text's lines, as `split(separator: "\n", omittingEmptySubsequences: false)` makes
  /// them, found by a byte scan: a script of 10,000 lines is split twice, and splitting by
  /// characters cost more than running many of its commands. A CR makes Swift read CR LF as
  /// one character that is not "\n", so a text holding one is split by characters as before.
  var sourceLines: [String] {
    guard !utf8.contains(0x0D) else {
      return split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    var lines: [String] = []
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == 0x0A {
        lines.append(String(self[start..<index]))
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    lines.append(String(self[start..<utf8.endIndex]))
    return lines
  }
}
