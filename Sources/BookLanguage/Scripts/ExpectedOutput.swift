import BookModel

/// `# expect: TEXT` lines after a command: its results, line by line (blanks around each line
/// aside), must be exactly those lines.
enum ExpectedOutput {
  static func check(_ output: String, against expected: [ScriptComment]) throws(LanguageError) {
    var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0).trimmed
    }
    if lines.last == "" { lines.removeLast() }
    let wanted = expected.map { comment in
      String(comment.text.dropFirst("expect:".count)).trimmed
    }
    for (index, comment) in expected.enumerated() {
      let got = index < lines.count ? lines[index] : nil
      guard got != wanted[index] else { continue }
      throw .refused(
        .outputDiffers(line: index + 1, expected: wanted[index], got: got), at: comment.range)
    }
    guard lines.count > wanted.count, let last = expected.last else { return }
    throw .refused(
      .outputLonger(count: lines.count, expected: wanted.count, next: lines[wanted.count]),
      at: last.range)
  }
}
