import Foundation
import Testing

/// `book -c` and stdin scripts, through the real binary: results on stdout, errors on stderr
/// with a caret, exit codes as DESIGN.md lists them, nothing written on failure.
@Suite struct LanguageCommandLineTests {
  private func example() throws -> Scratch {
    let scratch = Scratch()
    let made = try BookBinary.run(["init", scratch.path + "/book", "--example"])
    #expect(made.status == 0, "\(made.stderr)")
    return scratch
  }

  @Test func countPrintsABareNumber() throws {
    let scratch = try example()
    let result = try BookBinary.run([
      "--data", scratch.path + "/book", "-c", "count policies where line = WC",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(Int(result.stdout.dropLast()) != nil)
    #expect(result.stdout.hasSuffix("\n"))
    let json = try BookBinary.run(
      [
        "--data", scratch.path + "/book", "--format", "json", "-c",
        "count policies where line = WC",
      ])
    #expect(json.stdout == "{\"count\": \(result.stdout.dropLast())}\n")
  }

  @Test func syntaxErrorsExitTwoWithACaret() throws {
    let scratch = try example()
    let result = try BookBinary.run(
      ["--data", scratch.path + "/book", "-c", "policies where premium >"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == """
        1:25: error: expected a value, found the end of the command
          policies where premium >
                                  ^

        """)
  }

  @Test func aFailedCommandStopsTheRestWithExitOne() throws {
    let scratch = try example()
    let before = scratch.dataFiles("book")
    let result = try BookBinary.run(
      [
        "--data", scratch.path + "/book", "-c",
        "set policy P-9999 premium=1; set policy P-0001 premium=2",
      ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("error: no policy P-9999"))
    #expect(scratch.dataFiles("book") == before)
  }

  @Test func aScriptOnStdinIsOneTransactionStoppingAtTheFirstError() throws {
    let scratch = try example()
    let before = scratch.dataFiles("book")
    let script = """
      set policy P-0001 premium=13250.00
      # a comment
      set policy P-0002 premium=abc
      set policy P-0003 premium=1

      """
    let result = try BookBinary.run(["--data", scratch.path + "/book"], stdin: script)
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix("stdin:3:27: error: 'abc' is not an amount of money for premium"))
    #expect(result.stderr.contains("  set policy P-0002 premium=abc\n"))
    #expect(scratch.dataFiles("book") == before, "nothing is written when a script fails")
    let good = try BookBinary.run(
      ["--data", scratch.path + "/book"],
      stdin: "set policy P-0001 premium=13250.00\ncount policies\n")
    #expect(good.status == 0, "\(good.stderr)")
    #expect(good.stdout == "policy P-0001: premium: 12,500.00 → 13,250.00\n79\n")
    #expect(!good.stdout.contains("\u{1B}") && !good.stderr.contains("\u{1B}"), "no escape bytes")
    #expect(!good.stdout.contains("book>"), "no prompt")
    #expect(scratch.text("book/policies.rec").contains("premium: 13250.00"))
  }

  @Test func aRuleBrokenInAScriptPointsAtTheValue() throws {
    let scratch = try example()
    let before = scratch.dataFiles("book")
    let result = try BookBinary.run(
      ["--data", scratch.path + "/book"],
      stdin: "count policies\nset policy P-0001 expiration=2025-01-01\n")
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix(
        "stdin:2:30: error: policy P-0001: expiration 2025-01-01 must be after effective 2026-01-15\n  set policy P-0001 expiration=2025-01-01\n                               ^\n"
      ))
    #expect(scratch.dataFiles("book") == before)
  }

  @Test func unknownFormatIsAUsageError() throws {
    let scratch = try example()
    let result = try BookBinary.run(
      ["--data", scratch.path + "/book", "--format", "xml", "-c", "policies"])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("error: unknown format 'xml'"))
  }
}
