import BookModel
import Testing

@testable import BookStore

@Suite struct RecParserTests {
  func parse(_ text: String) throws -> RecFile {
    try RecParser.parse(name: "t.rec", bytes: Array(text.utf8))
  }

  @Test func readsDescriptorRecordsAndFieldsWithTheirLines() throws {
    let file = try parse(
      "%rec: Policy\n%key: id\n\n# comment\nid: P-0001\npremium: 12500.00\n\nid: P-0002\n")
    #expect(file.recordType == "Policy")
    #expect(file.records.count == 2)
    #expect(file.record(0).value("premium") == "12500.00")
    #expect(file.record(1).line == 8)
    #expect(file.record(0).location(of: "premium") == SourceLocation(line: 6, column: 10))
  }

  @Test func oneSpaceAfterTheColonIsNotPartOfTheValueFurtherSpacesAre() throws {
    let file = try parse("a: x\nb:  y\nc:z\nd:\n")
    let record = file.record(0)
    #expect(record.value("a") == "x")
    #expect(record.value("b") == " y")
    #expect(record.value("c") == "z")
    #expect(record.value("d") == "")
  }

  @Test func namesMatchWholeAndFieldsKnowTheirLinesFromTheBytes() throws {
    let file = try parse("idx: 1\nid:2\nnote:\n+ two\n# comment\nid: 3\\\n4\nlast: x\n")
    let record = file.record(0)
    #expect(record.value("id") == "2")
    #expect(record.values("id") == ["2", "34"])
    #expect(record.value("i") == nil)
    #expect(record.value("idx:") == nil)
    #expect(record.value("note") == "\ntwo")
    #expect(record.location(of: "id") == SourceLocation(line: 2, column: 4))
    #expect(record.location(of: "id", occurrence: 1) == SourceLocation(line: 6, column: 5))
    #expect(record.location(of: "last") == SourceLocation(line: 8, column: 7))
  }

  @Test func joinsPlusContinuationsAndBackslashContinuations() throws {
    let file = try parse("notes: one\n+ two\n+\n+   three\nlong: abc\\\ndef\nn: 1\n")
    let record = file.record(0)
    #expect(record.value("notes") == "one\ntwo\n\n  three")
    #expect(record.value("long") == "abcdef")
    #expect(record.value("n") == "1")
  }

  @Test func repeatedFieldsKeepTheirOrder() throws {
    let file = try parse("limit: each-occurrence 1000000\nlimit: general-aggregate 2000000\n")
    #expect(
      file.record(0).values("limit") == ["each-occurrence 1000000", "general-aggregate 2000000"])
  }

  @Test(arguments: [
    ("id: A\nx\u{0}y: 1\n", 2, 2, "NUL byte: this is not a text file, or it is damaged"),
    ("id: A\nname: Z\u{FC}rich \u{FFFD}\n", 2, 14, "invalid UTF-8: save the file as UTF-8 text"),
    (
      "id: A\npremi\n", 2, 6,
      "expected ':' after the field name 'premi'"
    ),
    (
      "id: A\nnot a field\n", 2, 4,
      "'not' is not followed by ':': field names use letters, digits and _"
    ),
    ("+ orphan\n", 1, 1, "a '+' continuation line with no field before it"),
    (
      "id: A\nnotes: cut \\", 2, 12,
      "the file ends in a '\\' continuation: the last value is cut short"
    ),
    ("1d: A\n", 1, 1, "expected a field 'name: value', a '+' line, a comment or a blank line"),
  ])
  func badFilesSayWhereAndWhy(text: String, line: Int, column: Int, message: String) {
    var bytes = Array(text.utf8)
    if let replacement = text.firstRange(of: "\u{FFFD}") {
      // Swift strings are valid UTF-8: put a lone 0xFF byte where U+FFFD stands.
      let start = text.utf8.distance(from: text.startIndex, to: replacement.lowerBound)
      bytes.replaceSubrange(start..<start + 3, with: [0xFF])
    }
    #expect(
      throws: RecParser.Failure(location: .init(line: line, column: column), message: message)
    ) {
      try RecParser.parse(name: "t.rec", bytes: bytes)
    }
  }

  @Test func anEmptyFileHasNoRecords() throws {
    let file = try parse("")
    #expect(file.records.isEmpty)
    #expect(file.recordType == nil)
  }
}
