import Foundation
import Testing

/// The prompt and banner show a pinned day however it was pinned: a training book's
/// `today:`, `--today`, or the `today DAY` command.
@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed (CI installs it)"))
struct ShellPromptTests {
  @Test func aTrainingBooksDayIsInThePromptAndTheBanner() throws {
    let shell = try TmuxSession.example()
    let screen = try shell.screen()
    #expect(screen.first?.contains(" · today 2026-11-23 (pinned) · `help` to start") == true)
    #expect(screen.last == "book @2026-11-23>")
    try shell.send("today 2026-03-01", "Enter")
    try shell.waitFor("the day the command pinned") { $0.last == "book @2026-03-01>" }
  }

  @Test func aRealDayIsNotInThePromptAndTodayPinsIt() throws {
    let scratch = Scratch()
    _ = try scratch.book()
    let shell = try TmuxSession(
      "'\(BookBinary.url.path)' --data book", in: scratch, environment: ["BOOK_USER": "w1"])
    let first = try shell.waitForPrompt("book>")
    #expect(first.last == "book>")
    #expect(first.first?.contains("(pinned)") == false)
    try shell.send("today 2026-03-01", "Enter")
    try shell.waitFor("the day the command pinned") { $0.last == "book @2026-03-01>" }
  }

  @Test func todayFlagsDayIsInThePromptAndTheBanner() throws {
    let scratch = Scratch()
    _ = try scratch.book()
    let shell = try TmuxSession(
      "'\(BookBinary.url.path)' --data book --today 2026-02-02", in: scratch,
      environment: ["BOOK_USER": "w1"])
    let screen = try shell.waitForPrompt("book @2026-02-02>")
    #expect(screen.first?.contains(" · today 2026-02-02 (pinned) · `help` to start") == true)
    #expect(screen.last == "book @2026-02-02>")
  }

  @Test func aShellStartedInsideABookFindsItAndNamesIt() throws {
    let scratch = Scratch()
    _ = try BookBinary.run(["init", scratch.path + "/agency", "--user", "ana"])
    try FileManager.default.createDirectory(
      atPath: scratch.path + "/agency/letters", withIntermediateDirectories: true)
    let shell = try TmuxSession(
      "cd agency/letters && '\(BookBinary.url.path)'", in: scratch,
      environment: ["BOOK_USER": "ana"])
    let screen = try shell.waitForPrompt("book[agency]>")
    #expect(screen.first?.hasPrefix("book — agency · 0 accounts · 0 policies · today ") == true)
    try shell.send("add carrier id=TRAV name=Travelers", "Enter")
    try shell.waitFor(text: "added carrier TRAV")
  }
}
