import Foundation
import Testing

/// While a sync's merge is unfinished the book opens read-only, and the prompt and banner
/// say so.
@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed (CI installs it)"))
struct ReadOnlyShellTests {
  @Test func thePromptAndBannerSayAMergeIsUnfinishedAndChangesAreRefused() throws {
    let scratch = Scratch()
    let made = try BookBinary.run(
      ["init", scratch.path + "/book", "--example", "--git"], environment: GitTeam.identity)
    #expect(made.status == 0, "\(made.stderr)")
    // What git leaves while a merge waits: the head being merged.
    try scratch.write("book/.git/MERGE_HEAD", "0000000000000000000000000000000000000000\n")
    let shell = try TmuxSession("'\(BookBinary.url.path)' --data book", in: scratch)
    let prompt = "book @2026-11-23 (read-only: merge unfinished)>"
    let screen = try shell.waitForPrompt(prompt)
    // The banner is wider than the screen: its lines read as one.
    #expect(
      screen.dropLast().joined().contains(
        "read-only: a sync's merge is unfinished (book conflicts, book resolve, book sync)"))
    try shell.send("set policy P-0001 premium=1.00", "Enter")
    try shell.waitFor("the refusal") { screen in
      screen.contains { $0.contains("the book is read-only: a sync's merge is unfinished") }
    }
  }
}
