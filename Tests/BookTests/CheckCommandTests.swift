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

  // Hand-edited bad files (a bad date, a dangling reference, NUL, CR LF, look-alike ids…) are
  // the hostile-input corpus: BadInput/*.case, run by BadInputCorpusTests.

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
