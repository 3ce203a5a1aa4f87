import BookModel
import Testing

@testable import BookStore

/// The journal's one-pass printer writes exactly the Change records `Journal.entries` makes,
/// as RecPrinter prints them.
@Suite struct JournalBytesTests {
  @Test(arguments: [nil, Array("%rec: Change\n".utf8), Array("%rec: Change\n\nid: x".utf8)])
  func theOnePassJournalEqualsPrintingTheEntries(existing: [UInt8]?) throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    var transaction = Transaction(base: try book.load())
    transaction.beginCommand("stdin:1: add note …")
    try transaction.add(
      .note,
      Record([
        Field("about", "ACME"), Field("by", "jkim"), Field("at", "2026-11-23 09:15"),
        Field("text", "first\n\n  indented\n"), Field("empty", ""),
      ]))
    transaction.beginCommand("stdin:2: set account ACME …")
    var acme = try #require(transaction.record(.account, "ACME")).record
    acme.set("status", "inactive")
    try transaction.update(.account, "ACME", acme)
    transaction.endCommand()
    try transaction.delete(.account, "BRIGHT")
    transaction.placeDeletions()
    var request = Fixtures.request
    request.command = "whole\nscript"
    let time = Fixtures.clock.now()
    let changes = transaction.effectiveChanges
    let entries = try Journal.entries(
      for: changes, transaction: "T1", time: time, request: request)
    let expected = try Journal.appendix(entries, existing: existing)
    let bytes = try Journal.appendix(
      for: changes, transaction: "T1", time: time, request: request, existing: existing)
    #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    #expect(
      entries.map { $0.value("command") } == [
        "stdin:1: add note …", "stdin:2: set account ACME …", "whole ; script",
      ])
  }

  @Test func theBytePrinterRefusesWhatTheTextPrinterRefused() throws {
    for (value, failure) in [
      ("a\\\nb", RecPrinter.Failure.trailingBackslash(field: "text")),
      ("a\u{1}b\\", .trailingBackslash(field: "text")),
      ("ok\nbad\u{0}", .controlCharacter(field: "text")),
      ("\r", .controlCharacter(field: "text")),
    ] {
      var out: [UInt8] = [1, 2]
      #expect(throws: failure) { try RecPrinter.append(Field("text", value), to: &out) }
      #expect(out == [1, 2], "a refused field leaves the output as it was")
    }
    #expect(throws: RecPrinter.Failure.badFieldName("9a")) {
      try RecPrinter.text(of: Record([Field("9a", "x")]))
    }
    #expect(throws: RecPrinter.Failure.badFieldName("")) {
      try RecPrinter.text(of: Record([Field("", "x")]))
    }
    #expect(
      try RecPrinter.text(of: Record([Field("a_1", ""), Field("b", "\n")])) == "a_1:\nb:\n+\n")
  }
}
