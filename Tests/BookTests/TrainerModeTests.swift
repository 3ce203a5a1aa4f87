import Foundation
import Testing

/// Trainer mode (`book run FILE --step`) and `record FILE` driven through tmux, as a trainer
/// and a trainee use them.
@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed (CI installs it)"))
struct TrainerModeTests {
  static let script = """
    #: Raise ACME's GL premium.
    set policy P-0001 premium=13250.00
    #: Look at it.
    policies where id = P-0001 fields id, premium
    note ACME "from the script"

    """

  /// `book run step.book --step` on a fresh example book, its exit status kept in `status`.
  private func start() throws -> TmuxSession {
    let scratch = Scratch()
    let made = try BookBinary.run(["init", scratch.path + "/book", "--example"])
    #expect(made.status == 0)
    try scratch.write("step.book", Self.script)
    let shell = try TmuxSession(
      "'\(BookBinary.url.path)' --data book run step.book --step; echo \"status=$?\" > status.part; mv status.part status",
      in: scratch)
    try shell.waitFor(text: "[1/3] > set policy P-0001 premium=13250.00")
    return shell
  }

  private func waitForExit(_ shell: TmuxSession) throws {
    try shell.waitFor("book to exit") { _ in
      FileManager.default.fileExists(atPath: shell.scratch.path + "/status")
    }
  }

  @Test func enterRunsBackTakesItBackSkipsTraineeAndQuitCommitsNothing() throws {
    let shell = try start()
    let before = shell.scratch.dataFiles("book")
    #expect(try shell.screen().contains("Raise ACME's GL premium."))
    try shell.send("Enter")
    try shell.waitFor(text: "policy P-0001: premium: 12,500.00 → 13,250.00")
    try shell.waitFor(text: "[2/3] > policies where id = P-0001 fields id, premium")
    // b: the change leaves the pending transaction, and step 1 is offered again.
    try shell.send("b")
    try shell.waitFor(text: "took back: set policy P-0001 premium=13250.00")
    try shell.waitFor("step 1 again") { $0.filter { $0.hasPrefix("[1/3]") }.count == 2 }
    // s: skip it; the next step's query proves the book is as it was.
    try shell.send("s")
    try shell.waitFor("step 2 again") { $0.filter { $0.hasPrefix("[2/3]") }.count == 2 }
    try shell.send("Enter")
    try shell.waitFor(text: "P-0001  12,500.00")
    try shell.waitFor(text: "[3/3] > note ACME \"from the script\"")
    // t: the trainee's command joins the transaction; resume goes on with the script.
    try shell.send("t")
    try shell.waitFor(text: "your turn: type commands; resume goes on with the script")
    try shell.send("note ACME \"from the trainee\"", "Enter")
    try shell.waitFor("the trainee's note") { $0.contains { $0.hasPrefix("N-0021 on ACME") } }
    try shell.send("resume", "Enter")
    try shell.waitFor("step 3 again") { $0.filter { $0.hasPrefix("[3/3]") }.count == 2 }
    // q: nothing is committed, the trainee's note included.
    try shell.send("q")
    try waitForExit(shell)
    #expect(shell.scratch.text("status") == "status=0\n")
    #expect(shell.scratch.dataFiles("book") == before)
  }

  @Test func continueRunsTheRestAndCommits() throws {
    let shell = try start()
    try shell.send("Enter")
    try shell.waitFor(text: "[2/3] > policies where id = P-0001 fields id, premium")
    try shell.send("c")
    try waitForExit(shell)
    #expect(shell.scratch.text("status") == "status=0\n")
    #expect(shell.scratch.text("book/policies.rec").contains("premium: 13250.00"))
    #expect(shell.scratch.text("book/notes.rec").contains("from the script"))
  }

  @Test func safeModeRecordsOnlyInsideTheDataDirectory() throws {
    let shell = try TmuxSession.example(environment: ["BOOK_SAFE": "1"])
    try shell.send("record \"/tmp/outside.book\"", "Enter")
    try shell.waitFor(
      text:
        "error: record is off in safe mode for files outside the data directory: /tmp/outside.book")
    #expect(!FileManager.default.fileExists(atPath: "/tmp/outside.book"))
  }

  @Test func aRecordingReplaysToTheSameOutput() throws {
    let shell = try TmuxSession.example()
    try shell.send("record session.book", "Enter")
    try shell.waitFor(text: "recording into session.book (record stop ends it)")
    try shell.send("#: The active accounts.", "Enter")
    try shell.send("count accounts where status = active", "Enter")
    try shell.waitFor(text: "24")
    try shell.send("set policy P-0404 premium=1", "Enter")
    try shell.waitFor(text: "  Did you mean P-0004?")
    try shell.send("count policies where line = GL", "Enter")
    try shell.waitFor(text: "19")
    try shell.send("record stop", "Enter")
    try shell.waitFor(text: "recording stopped: session.book")
    try shell.send("C-d")
    try shell.waitForExit()
    #expect(
      shell.scratch.text("session.book")
        == "#: The active accounts.\ncount accounts where status = active\ncount policies where line = GL\n"
    )
    let replay = try BookBinary.run(
      ["--data", "book", "run", "session.book"], in: shell.scratch.path)
    #expect(replay.status == 0, "\(replay.stderr)")
    #expect(replay.stdout == "The active accounts.\n24\n19\n")
  }
}
