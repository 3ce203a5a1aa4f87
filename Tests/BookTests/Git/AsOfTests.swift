import BookTestSupport
import Foundation
import Testing

@Suite struct AsOfTests {
  func book(_ path: String, _ day: String, _ arguments: [String]) throws -> ProcessOutput {
    let output = try BookBinary.run(["--data", path, "--today", day] + arguments)
    #expect(output.status == 0, "\(arguments): \(output.stderr)")
    return output
  }

  @Test func policiesAsOfADayEqualTheJSONSavedThatDay() throws {
    let scratch = TemporaryDirectory("book-asof")
    let path = scratch.path + "/demo"
    _ = try BookBinary.run(["init", path, "--example"])
    let query = "policies where account = ACME fields id, premium, billing, form"
    _ = try book(path, "2026-11-20", ["-c", "set policy P-0001 premium=1.00"])
    _ = try book(
      path, "2026-11-21",
      ["-c", "set policy P-0001 premium=2.00; set policy P-0002 billing=direct"])
    let saved = try book(path, "2026-11-21", ["--format", "json", "-c", query]).stdout
    _ = try book(
      path, "2026-11-22",
      ["-c", "set policy P-0001 premium=3.00 form+=\"CG 20 26 04/13\"; delete note N-0001"])
    _ = try book(path, "2026-11-23", ["-c", "set policy P-0002 billing=agency"])
    let asOf = try book(
      path, "2026-11-23", ["--format", "json", "-c", query + " as of 2026-11-21"]
    ).stdout
    #expect(asOf == saved)
    #expect(asOf.contains("\"premium\": 2.00"))
    let now = try book(path, "2026-11-23", ["--format", "json", "-c", query]).stdout
    #expect(now != saved)
    let notes = try book(path, "2026-11-23", ["-c", "count notes as of 2026-11-21; count notes"])
    #expect(notes.stdout == "20\n19\n")
    let shown = try book(path, "2026-11-23", ["-c", "show P-0001 as of 2026-11-19"]).stdout
    #expect(shown.contains("12,500.00") || shown.contains("12500.00"))
  }

  @Test func aDayAfterTodayIsRefused() throws {
    let scratch = TemporaryDirectory("book-asof")
    let path = scratch.path + "/demo"
    _ = try BookBinary.run(["init", path, "--example"])
    let output = try BookBinary.run(["--data", path, "-c", "policies as of 2026-12-01"])
    #expect(output.status == 1)
    #expect(
      output.stderr.contains("as of 2026-12-01 is after today (2026-11-23): the book's past only"))
  }
}
