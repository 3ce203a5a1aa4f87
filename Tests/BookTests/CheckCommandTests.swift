import BookModel
import Foundation
import Testing

@Suite struct CheckCommandTests {
  @Test func aNewBookChecksCleanAndPassesRecfix() throws {
    let scratch = Scratch()
    let root = try scratch.book()
    let result = try BookBinary.run(["check", "--data", root])
    #expect(result.status == 0)
    #expect(result.stdout == "ok: \(root) is valid — 2 team, 1 carrier, 1 account\n")
    try RecfixCheck.all(in: root)
  }

  @Test func initRefusesADirectoryThatHoldsABook() throws {
    let scratch = Scratch()
    let root = try scratch.book()
    let before = scratch.text("book/accounts.rec")
    let result = try BookBinary.run(["init", root])
    #expect(result.status == 1)
    #expect(result.stderr.contains("already holds a book"))
    #expect(scratch.text("book/accounts.rec") == before)
  }

  @Test func noBookThereIsExit3WithHowToMakeOne() throws {
    let scratch = Scratch()
    let result = try BookBinary.run(["check", "--data", scratch.path + "/nothing"])
    #expect(result.status == 3)
    #expect(result.stderr.contains("error: no data directory at \(scratch.path)/nothing"))
    #expect(result.stderr.contains("book init"))
  }

  static let badFiles: [(String, String, String)] = [
    (
      "accounts.rec", "\nid: BADDAY\nname: Bad Day\nstatus: active\nsince: 2026-13-01\n",
      "accounts.rec:14:8: error: invalid date '2026-13-01': there is no month 13"
    ),
    (
      "accounts.rec", "\nid: DANGLE\nname: Dangling\nstatus: active\nmanager: nobody\n",
      "accounts.rec:14:10: error: no person 'nobody'"
    ),
    (
      "accounts.rec", "\nid: EMPTY\nname: Empty\nstatus: active\nsince:\n",
      "accounts.rec:14:7: error: field 'since' is empty"
    ),
    (
      "accounts.rec", "\nid: UTF\nname: Z\u{FC}rich \u{FFFD}\nstatus: active\n",
      "accounts.rec:12:14: error: invalid UTF-8: save the file as UTF-8 text"
    ),
    (
      "policies.rec",
      "\nid: P-0001\naccount: ACME\nline: GL\ncarrier: TRAV\neffective: 2026-01-15\n"
        + "expiration: 2027-01-15\npremium: 12,50.00\nstatus: active\n",
      "policies.rec:26:10: error: invalid amount '12,50.00': ',' must separate groups of three"
    ),
    (
      "policies.rec",
      "\nid: P-0001\naccount: ACME\nline: GL\ncarrier: TRAV\neffective: 2026-01-15\n"
        + "expiration: 2027-01-15\npremium: 92233720368547758.07\nstatus: active\n",
      "policies.rec:26:10: error: invalid amount '92233720368547758.07': amounts are limited to ±9,999,999,999.99"
    ),
    (
      "accounts.rec", "\nid: CRLF\nname: Windows Co\r\nstatus: active\n",
      "accounts.rec:12:7: error: the line ends in CR LF (a Windows line ending)"
    ),
    (
      "accounts.rec", "\nid: CRCO\nname: Carriage\r Co\nstatus: active\n",
      "accounts.rec:12:7: error: the value holds a carriage return (CR, U+000D)"
    ),
    (
      "accounts.rec", "\nid: \u{410}CME\nname: Look-alike\nstatus: active\n",
      "accounts.rec:11:5: error: '\u{410}CME' is not a valid id: '\u{410}' (U+0410) is not an ASCII letter or digit"
    ),
    (
      "accounts.rec", "\nid: \u{FF21}\u{FF23}\u{FF2D}\u{FF25}\nname: Fullwidth\nstatus: active\n",
      "accounts.rec:11:5: error: '\u{FF21}\u{FF23}\u{FF2D}\u{FF25}' is not a valid id: '\u{FF21}' (U+FF21) is not an ASCII letter or digit"
    ),
    (
      "accounts.rec", "\nid: BAD\nname: Bad\u{0} Co\nstatus: active\n",
      "accounts.rec:12:10: error: NUL byte"
    ),
    (
      "accounts.rec", "\nid: TRUNC\nname: Truncated\nstat", "accounts.rec:13:5: error: expected ':'"
    ),
    (
      "accounts.rec", "\nid: LONG\nname: Long \\",
      "accounts.rec:12:12: error: the file ends in a '\\'"
    ),
    (
      "accounts.rec", "\nid: ACME\nname: Again\nstatus: active\n",
      "accounts.rec:11:5: error: duplicate id 'ACME': line 7 has the same one"
    ),
  ]

  /// Hand-edited bad files: each gives file:line:col, the reason, exit 3, and changes nothing.
  @Test(arguments: badFiles)
  func badFilesAreReportedWithTheirPlace(file: String, appended: String, expected: String) throws {
    let scratch = Scratch()
    let root = try scratch.book()
    try scratch.append("book/" + file, appended)
    let before = scratch.text("book/" + file)
    let result = try BookBinary.run(["check", "--data", root])
    #expect(result.status == 3)
    #expect(result.stderr.contains(root + "/" + expected), "\(result.stderr)")
    #expect(scratch.text("book/" + file) == before)
    // Anything that would write refuses too, and writes nothing.
    let writer = try BookBinary.run(
      ["_writer", "--data", root, "--count", "1"], environment: ["BOOK_USER": "w1"])
    #expect(writer.status == 3)
    #expect(writer.stderr.contains(expected), "\(writer.stderr)")
    #expect(scratch.text("book/" + file) == before)
  }

  /// The journals are the book's history: check reads them too.
  @Test func aDamagedJournalIsReportedWithItsPlace() throws {
    let scratch = Scratch()
    let root = try scratch.book()
    let set = try BookBinary.run(
      ["--data", root, "-c", "set account ACME status=inactive"], environment: ["BOOK_USER": "w1"])
    #expect(set.status == 0, "\(set.stderr)")
    let journal = scratch.text("book/journal/w1.rec")
    try scratch.write(
      "book/journal/w1.rec", journal.replacingOccurrences(of: "op: set", with: "op: frob"))
    let line =
      journal.split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex { $0 == "op: set" }.map { $0 + 1 } ?? 0
    let result = try BookBinary.run(["check", "--data", root])
    #expect(result.status == 3)
    #expect(
      result.stderr.hasPrefix(
        "\(root)/journal/w1.rec:\(line):5: error: 'frob' is not an op: it is add, set or delete\n"),
      "\(result.stderr)")
  }

  /// A kind's file deleted by hand is an invalid book (ids would start again at -0001), and
  /// the hint that starts it empty works as printed.
  @Test func aMissingKindFileIsReportedAndTheHintMendsIt() throws {
    let scratch = Scratch()
    let root = try scratch.book()
    try FileManager.default.removeItem(atPath: root + "/notes.rec")
    let result = try BookBinary.run(["check", "--data", root])
    #expect(result.status == 3)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(
      lines.first
        == "\(root)/notes.rec: error: notes.rec is missing: the book has a file for every kind")
    let hint = try #require(lines.first { $0.hasPrefix("  printf ") })
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", hint]
    #expect(try ProcessRunner.run(process).status == 0)
    let again = try BookBinary.run(["check", "--data", root])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(scratch.text("book/notes.rec") == KindID.note.spec.descriptor)
  }

  @Test func aRecFileOfNoKnownKindIsReported() throws {
    let scratch = Scratch()
    let root = try scratch.book()
    try scratch.write("book/policys.rec", "%rec: Policy\n")
    let result = try BookBinary.run(["check", "--data", root])
    #expect(result.status == 3)
    #expect(
      result.stderr.contains("\(root)/policys.rec: error: policys.rec holds no kind the book knows")
    )
  }

  @Test func aDescriptorOfAnotherKindIsReported() throws {
    let scratch = Scratch()
    let root = try scratch.book()
    let text = scratch.text("book/accounts.rec").replacingOccurrences(
      of: "%rec: Account", with: "%rec: Acount")
    try scratch.write("book/accounts.rec", text)
    let result = try BookBinary.run(["check", "--data", root])
    #expect(result.status == 3)
    #expect(
      result.stderr.contains(
        "accounts.rec:1:7: error: accounts.rec declares records of kind 'Acount'"))
  }
}

/// Runs `recfix --check` on every rec file of a directory, when recutils is installed.
enum RecfixCheck {
  static func all(in root: String) throws {
    guard FileManager.default.fileExists(atPath: "/usr/bin/recfix") else { return }
    let names = try FileManager.default.contentsOfDirectory(atPath: root).filter {
      $0.hasSuffix(".rec")
    }
    #expect(!names.isEmpty)
    for name in names.sorted() {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/recfix")
      process.arguments = ["--check", root + "/" + name]
      let err = Pipe()
      process.standardError = err
      try process.run()
      let message = String(
        decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "recfix --check \(name): \(message)")
    }
  }
}
