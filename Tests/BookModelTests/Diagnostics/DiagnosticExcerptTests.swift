import Testing

@testable import BookModel

/// A long source line is shown cut around the caret, so an error in a 100,000-character script
/// line is a few lines a person can read, with the caret still under the right character.
@Suite struct DiagnosticExcerptTests {
  @Test func aShortLineIsShownWhole() {
    let diagnostic = Diagnostic(
      "bad", file: "s.book", location: SourceLocation(line: 3, column: 5),
      sourceLine: "set policy P-0001")
    #expect(diagnostic.formatted == "s.book:3:5: error: bad\n  set policy P-0001\n      ^")
  }

  @Test func aLongLineIsCutAroundTheCaretWithTheCaretUnderTheSameCharacter() throws {
    let line = String(repeating: "not ", count: 500) + "X" + String(repeating: " and y", count: 500)
    let column = 2001
    let diagnostic = Diagnostic(
      "too deep", location: SourceLocation(line: 1, column: column), sourceLine: line)
    let lines = diagnostic.formatted.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3)
    let shown = String(lines[1].dropFirst(2))
    let caret = String(lines[2].dropFirst(2))
    #expect(shown.hasPrefix("…") && shown.hasSuffix("…"))
    #expect(shown.count == excerptWidth + 2)
    #expect(caret.hasSuffix("^") && caret.dropLast().allSatisfy { $0 == " " })
    #expect(Array(shown)[caret.count - 1] == "X")
  }

  @Test func anErrorNearTheStartOfALongLineIsCutAtTheEndOnly() {
    let line = "count policies where " + String(repeating: "(", count: 5000)
    let diagnostic = Diagnostic("m", location: SourceLocation(line: 1, column: 1), sourceLine: line)
    let lines = diagnostic.formatted.split(separator: "\n")
    #expect(lines[1] == "  " + line.prefix(excerptWidth) + "…")
    #expect(lines[2] == "  ^")
  }
}
