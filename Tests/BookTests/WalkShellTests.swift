import Foundation
import Testing

/// `walk xlist` typed in the shell: one policy at a time, one key each; every key that changes
/// the book is its own transaction, undoable.
@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed (CI installs it)"))
struct WalkShellTests {
  @Test func walkSetsAStageAddsANoteSkipsAndQuits() throws {
    let shell = try TmuxSession.example()
    try shell.send("walk xlist 60d where renewal_stage = not-started", "Enter")
    try shell.waitFor(text: "── 1 of 3 ── P-0044 · WC · Delta Plumbing Inc (DELTA)")
    let card = try shell.waitFor(text: "s set stage · n note · d delegate to mlopez")
    #expect(card.contains("  stage: not-started (!) not started inside 30 days"))
    #expect(
      card.contains(
        "    D-0002  Send WC renewal application to Delta Plumbing → mlopez, due 2026-11-16 (overdue)"
      ))

    try shell.send("s")
    try shell.waitFor(text: "[Enter: info-requested]:")
    try shell.send("Enter")
    try shell.waitFor(text: "P-0044 stage: not-started → info-requested")

    try shell.send("n")
    try shell.waitFor(text: "note about P-0044:")
    try shell.send("Called Tom: apps by Friday", "Enter")
    try shell.waitFor(text: "book> note P-0044 \"Called Tom: apps by Friday\"")
    try shell.waitFor(text: "last note: 2026-11-23")

    try shell.send("Enter")
    try shell.waitFor(text: "── 2 of 3 ── P-0076")
    try shell.send("q")
    try shell.waitFor(text: "walk: stopped at 2 of 3; 2 commands run (undo takes back the last)")
    try shell.waitForPrompt()

    let book = shell.scratch.path + "/book/"
    let policies = try String(contentsOfFile: book + "policies.rec", encoding: .utf8)
    #expect(record("P-0044", in: policies).contains("stage: info-requested"))
    #expect(!record("P-0076", in: policies).contains("stage: info-requested"))
    let notes = try String(contentsOfFile: book + "notes.rec", encoding: .utf8)
    #expect(notes.contains("text: Called Tom: apps by Friday"))

    try shell.send("undo", "Enter")
    try shell.waitFor(text: "undid: note P-0044 \"Called Tom: apps by Friday\"")
    let notesAfter = try String(contentsOfFile: book + "notes.rec", encoding: .utf8)
    #expect(!notesAfter.contains("Called Tom"))
    let policiesAfter = try String(contentsOfFile: book + "policies.rec", encoding: .utf8)
    #expect(record("P-0044", in: policiesAfter).contains("stage: info-requested"))
  }

  @Test func walkRefusesACommandThatListsNoRecords() throws {
    let shell = try TmuxSession.example()
    try shell.send("walk count policies", "Enter")
    try shell.waitFor(text: "error: count policies lists no records to walk through")
    try shell.send("walk set policy P-0001 premium=1", "Enter")
    try shell.waitFor(text: "error: walk goes through the rows of a query or the X list, not set")
    let policies = try String(
      contentsOfFile: shell.scratch.path + "/book/policies.rec", encoding: .utf8)
    #expect(record("P-0001", in: policies).contains("premium: 12500.00"))
  }

  /// The lines of one record (from its id line to the blank line after it).
  private func record(_ id: String, in text: String) -> String {
    guard let start = text.range(of: "id: \(id)\n") else { return "" }
    let rest = text[start.lowerBound...]
    return String(rest[..<(rest.range(of: "\n\n")?.lowerBound ?? rest.endIndex)])
  }
}
