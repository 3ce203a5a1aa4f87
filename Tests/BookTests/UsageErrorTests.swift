import Foundation
import Testing

/// A command line `book` cannot take exits 2 (usage), as DESIGN.md numbers it — not the
/// argument parser's 64 — with the parser's message and usage; `--help` exits 0.
@Suite struct UsageErrorTests {
  static let cases: [(arguments: [String], message: String, usage: String)] = [
    (["--no-such-flag"], "Error: Unknown option '--no-such-flag'", "Usage: book "),
    (["init"], "Error: Missing expected argument '<directory>'", "Usage: book init <directory>"),
    (
      ["init", "x", "--example", "--user", "ana"],
      "Error: --user and --user-name are for an empty book; the demo has its team",
      "Usage: book init <directory>"
    ),
    (
      ["init", "x", "--user", "jane/doe"],
      "Error: --user: 'jane/doe' cannot be a user id: use letters, digits, '-', '_' or '.'",
      "Usage: book init <directory>"
    ),
    (
      ["init", "x", "--user-name", "  "],
      "Error: --user-name: a person's name is one line of text, not '  '",
      "Usage: book init <directory>"
    ),
    (
      ["generate", "big", "--accounts", "0"], "Error: --accounts must be at least 1",
      "Usage: book generate <directory> --accounts <accounts>"
    ),
    (
      ["--wait", "soon", "-c", "count accounts"],
      "Error: The value 'soon' is invalid for '--wait <wait>'", "Usage: book "
    ),
    (["check", "--bogus"], "Error: Unknown option '--bogus'", "Usage: book check"),
    (
      ["--wait", "nan", "-c", "count accounts"],
      "Error: --wait takes a number of seconds from 0 to 86400, not 'nan'", "Usage: book "
    ),
    (
      ["--wait", "inf", "-c", "count accounts"],
      "Error: --wait takes a number of seconds from 0 to 86400, not 'inf'", "Usage: book "
    ),
    (
      ["--wait=-1", "-c", "count accounts"],
      "Error: --wait takes a number of seconds from 0 to 86400, not '-1.0'", "Usage: book "
    ),
  ]

  @Test(arguments: cases)
  func aUsageErrorExitsTwoWithTheParsersMessage(
    arguments: [String], message: String, usage: String
  ) throws {
    let scratch = Scratch()
    let result = try BookBinary.run(arguments, in: scratch.path)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first == message)
    #expect(lines.contains { $0.hasPrefix(usage) }, "\(result.stderr)")
    #expect(lines.last?.hasSuffix("--help' for more information.") == true)
    #expect(!FileManager.default.fileExists(atPath: scratch.path + "/x"))
  }

  @Test(arguments: [["--help"], ["init", "--help"], ["help", "init"]])
  func helpExitsZeroOnStdout(arguments: [String]) throws {
    let result = try BookBinary.run(arguments)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("USAGE: book"))
    #expect(result.stderr.isEmpty)
  }

  @Test func aBadTodayIsAUsageErrorToo() throws {
    let scratch = Scratch()
    let root = try scratch.book()
    let result = try BookBinary.run(["--data", root, "--today", "someday", "-c", "today"])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("error: --today: 'someday' is not a day"))
  }
}
