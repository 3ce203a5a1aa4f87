import Foundation
import Testing

/// The interactive shell driven through tmux, as a person uses it.
@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed (CI installs it)"))
struct ShellTests {
  private func start(environment: [String: String] = [:]) throws -> TmuxSession {
    try TmuxSession.example(environment: environment)
  }

  @Test func aQueryShowsItsTable() throws {
    let shell = try start()
    let banner = try shell.screen().first ?? ""
    #expect(banner.hasPrefix("book — Sierra Ridge Insurance (demo) · 26 accounts"))
    #expect(banner.hasSuffix("· `help` to start"))
    try shell.send("policies where account = ACME and line = GL fields id, premium", "Enter")
    let screen = try shell.waitFor(text: "total")
    #expect(screen.contains("P-0001  12,500.00"))
    #expect(screen.last == "book @2026-11-23>")
  }

  @Test func ctrlDExitsWithStatusZeroAndTheTerminalAsItWas() throws {
    let shell = try start()
    try shell.send("C-d")
    try shell.waitForExit()
    #expect(shell.exitStatus == "status=0\n")
    #expect(shell.terminalRestored)
  }

  @Test func ctrlCDropsAHalfTypedLineAndTheShellGoesOn() throws {
    let shell = try start()
    try shell.send("policies where premium >", "C-c")
    try shell.waitFor("a fresh prompt") { $0.last == "book @2026-11-23>" }
    try shell.send("count carriers", "Enter")
    let screen = try shell.waitFor(text: "12")
    #expect(!screen.contains { $0.contains("error") })
  }

  @Test func upRecallsAndCtrlRSearchesHistory() throws {
    let shell = try start()
    try shell.send("count accounts", "Enter")
    try shell.waitFor(text: "26")
    try shell.send("count carriers", "Enter")
    try shell.waitFor(text: "12")
    try shell.send("Up", "Up")
    try shell.waitFor("recalled line") { $0.last == "book @2026-11-23> count accounts" }
    try shell.send("C-c")
    try shell.waitFor("prompt") { $0.last == "book @2026-11-23>" }
    try shell.send("C-r", "carr")
    try shell.waitFor("search") { lines in
      lines.last == "bck:carr" && lines.dropLast().last == "book @2026-11-23> count carriers"
    }
    try shell.send("Enter")
    let screen = try shell.waitFor("second result") { lines in
      lines.filter { $0 == "12" }.count == 2
    }
    #expect(screen.last == "book @2026-11-23>")
  }

  @Test func unicodeIsTypedRecalledAndEdited() throws {
    let shell = try start()
    try shell.send("accounts where name ~ \"Zürich 東京 🏢\"", "Enter")
    try shell.waitFor(text: "(no rows)")
    try shell.send("Up")
    try shell.waitFor("recalled") {
      $0.last?.hasPrefix("book @2026-11-23> accounts where name ~ \"Zürich") == true
    }
    try shell.send("BSpace", " ok\"", "Enter")
    try shell.waitFor("edited line ran") { $0.filter { $0 == "(no rows)" }.count == 2 }
    try shell.send("C-d")
    try shell.waitForExit()
    #expect(
      shell.scratch.text("book/.book/history")
        == "accounts where name ~ \"Zürich 東京 🏢\"\naccounts where name ~ \"Zürich 東京 🏢 ok\"\n")
  }

  @Test func historySurvivesARestartPrivately() throws {
    let shell = try start()
    try shell.send("count team", "Enter")
    try shell.waitFor(text: "8")
    try shell.send(" count carriers", "Enter")
    try shell.waitFor(text: "12")
    try shell.send("C-d")
    try shell.waitForExit()
    let path = shell.scratch.path + "/book/.book/history"
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    #expect(shell.scratch.text("book/.book/history") == "count team\n")
    let again = try TmuxSession("'\(BookBinary.url.path)' --data book", in: shell.scratch)
    try again.waitForPrompt()
    try again.send("Up")
    try again.waitFor("recalled after restart") { $0.last == "book @2026-11-23> count team" }
  }

  @Test func viModeFromAnEditrc() throws {
    let shell = try TmuxSession.example { scratch in
      try scratch.write("editrc", "bind -v\n")
      return ["EDITRC": scratch.path + "/editrc"]
    }
    try shell.send("count accountsX", "Escape", "x", "Enter")
    let screen = try shell.waitFor(text: "26")
    #expect(screen.contains("book @2026-11-23> count accounts"))
  }

  @Test func editChangesAFieldThroughTheEditor() throws {
    let shell = try TmuxSession.example { scratch in
      try scratch.write("ed.sh", "#!/bin/sh\nsed -i 's/^premium: .*/premium: 13250.00/' \"$1\"\n")
      chmod(scratch.path + "/ed.sh", 0o755)
      return ["EDITOR": scratch.path + "/ed.sh", "VISUAL": ""]
    }
    let scratch = shell.scratch
    try shell.send("edit policy P-0001", "Enter")
    try shell.waitFor(text: "saved policy P-0001")
    #expect(
      scratch.text("book/policies.rec").contains(
        "id: P-0001\naccount: ACME\nline: GL\ncarrier: TRAV\nnumber: GL-4471-26\neffective: 2026-01-15\nexpiration: 2027-01-15\npremium: 13250.00\n"
      ))
  }

  @Test func editByIdAloneFindsTheKindAsShowDoes() throws {
    let shell = try TmuxSession.example { scratch in
      try scratch.write("ed.sh", "#!/bin/sh\nsed -i 's/^premium: .*/premium: 35100.00/' \"$1\"\n")
      chmod(scratch.path + "/ed.sh", 0o755)
      return ["EDITOR": scratch.path + "/ed.sh", "VISUAL": ""]
    }
    let scratch = shell.scratch
    try shell.send("edit P-0003", "Enter")
    try shell.waitFor(text: "saved policy P-0003")
    #expect(
      scratch.text("book/policies.rec").contains(
        "id: P-0003\naccount: ACME\nline: WC\ncarrier: HART\nnumber: WC-88120-25\neffective: 2025-01-15\nexpiration: 2026-01-15\npremium: 35100.00\n"
      ))
  }

  @Test func editWithAnInvalidDateReopensWithTheErrorAndChangesNothing() throws {
    let shell = try TmuxSession.example { scratch in
      try scratch.write(
        "ed.sh",
        "#!/bin/sh\ncp \"$1\" \"$HOME/seen-$(ls \"$HOME\" | grep -c seen-)\"\nsed -i 's/^expiration: .*/expiration: 2027-02-30/' \"$1\"\n"
      )
      chmod(scratch.path + "/ed.sh", 0o755)
      return ["EDITOR": scratch.path + "/ed.sh", "VISUAL": ""]
    }
    let scratch = shell.scratch
    let before = scratch.dataFiles("book")
    try shell.send("edit policy P-0001", "Enter")
    try shell.waitFor(text: "nothing changed")
    #expect(scratch.text("seen-1").contains("# error: policy P-0001: "))
    #expect(scratch.text("seen-1").contains("2027-02-30"))
    #expect(scratch.dataFiles("book") == before)
  }
}

@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed (CI installs it)"))
struct ShellCompletionTests {
  private func start() throws -> TmuxSession {
    try TmuxSession.example()
  }

  @Test(arguments: [
    ("count polici", "book @2026-11-23> count policies "),
    ("policies where stat", "book @2026-11-23> policies where status "),
    ("policies where status = acti", "book @2026-11-23> policies where status = active "),
    ("set carrier TR", "book @2026-11-23> set carrier TRAV "),
    ("accounts where advocate = mlo", "book @2026-11-23> accounts where advocate = mlopez "),
    ("show ACM", "book @2026-11-23> show ACME "),
  ])
  func tabCompletes(typed: String, expected: String) throws {
    let shell = try start()
    try shell.send(typed, "Tab")
    try shell.waitFor("completion of \(typed)") {
      $0.last == expected.trimmingCharacters(in: .whitespaces)
    }
  }

  @Test func anAmbiguousWordListsTheCandidates() throws {
    let shell = try start()
    try shell.send("policies where sta", "Tab")
    let screen = try shell.waitFor("a list") { lines in
      lines.contains { $0.hasPrefix("stage") && $0.contains("status") }
    }
    #expect(screen.last == "book @2026-11-23> policies where sta")
  }

  @Test func idsOfTheKindInPlayAreListed() throws {
    let shell = try start()
    try shell.send("set policy P-007", "Tab")
    let screen = try shell.waitFor("a list of ids") { lines in
      lines.contains { $0.hasPrefix("P-0070") && $0.contains("P-0079") }
    }
    #expect(screen.last == "book @2026-11-23> set policy P-007")
  }
}

@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed (CI installs it)"))
struct ShellSessionTests {
  private func start(_ environment: [String: String] = [:]) throws -> TmuxSession {
    try TmuxSession.example(environment: environment)
  }

  @Test func quitLeavesWithTheTerminalRestored() throws {
    let shell = try start()
    try shell.send("quit", "Enter")
    try shell.waitForExit()
    #expect(shell.exitStatus == "status=0\n")
    #expect(shell.terminalRestored)
  }

  @Test func sigtermLeavesTheTerminalRestored() throws {
    let shell = try start()
    try shell.send("policies where")
    let pane = try shell.tmux(
      ["display-message", "-p", "-t", "main", "#{pane_pid}"], capture: true)
    let parent = pane.filter(\.isNumber)
    #expect(!parent.isEmpty)
    try shell.tmux(["run-shell", "-t", "main", "pkill -TERM -P \(parent) -x book"])
    try shell.waitForExit()
    #expect(shell.terminalRestored)
  }

  @Test func ctrlDAsksFirstWhenATransactionIsOpen() throws {
    let shell = try start()
    try shell.send("begin", "Enter")
    try shell.waitFor("open transaction prompt") { $0.last == "book @2026-11-23*>" }
    try shell.send("set policy P-0001 premium=1", "Enter")
    try shell.waitFor(text: "premium: 12,500.00 → 1.00")
    try shell.send("C-d")
    try shell.waitFor(
      text: "a transaction is open with 1 uncommitted change; quit and drop them? [y/N]")
    try shell.send("n", "Enter")
    try shell.waitFor("still open") { $0.last == "book @2026-11-23*>" }
    try shell.send("rollback", "Enter")
    try shell.waitFor(text: "rolled back 1 change")
    try shell.send("C-d")
    try shell.waitForExit()
    #expect(shell.exitStatus == "status=0\n")
  }

  @Test func bulkSetAsksFirst() throws {
    let shell = try start()
    let before = shell.scratch.dataFiles("book")
    try shell.send("set policies billing=direct where carrier = HART", "Enter")
    try shell.waitFor(text: "set billing=direct on 12 policies? [y/N]")
    try shell.send("n", "Enter")
    try shell.waitFor(text: "nothing changed")
    #expect(shell.scratch.dataFiles("book") == before)
    try shell.send("set policies billing=direct where carrier = HART", "Enter")
    try shell.waitFor("second question") { $0.last == "set billing=direct on 12 policies? [y/N]" }
    try shell.send("y", "Enter")
    // The answer's own line, not the question (which holds the same words).
    try shell.waitFor("the change") { $0.contains("set billing=direct on 12 policies") }
    #expect(shell.scratch.dataFiles("book") != before)
  }

  @Test func historyTimingAndThePager() throws {
    let shell = try start(["PAGER": "tee paged.txt"])
    try shell.send("count team", "Enter")
    try shell.waitFor(text: "8")
    try shell.send("history", "Enter")
    try shell.waitFor(text: "2  history")
    try shell.send("timing on", "Enter")
    try shell.waitFor(text: "timing on")
    try shell.send("count team", "Enter")
    try shell.waitFor("a time") { $0.contains { $0.hasPrefix("Time: ") && $0.hasSuffix(" ms") } }
    try shell.send("policies", "Enter")
    try shell.waitFor("paged") { _ in shell.scratch.text("paged.txt").contains("P-0079") }
    try shell.send("pager off", "Enter")
    try shell.waitFor(text: "pager: off")
  }

  @Test func ctrlZSuspendsAndFgResumesWithTheLineRedrawn() throws {
    let scratch = Scratch()
    _ = try BookBinary.run(["init", scratch.path + "/book", "--example"])
    let shell = try TmuxSession("PS1='$ ' bash --norc -i", in: scratch)
    try shell.waitFor("a login-like shell") { $0.last == "$" }
    try shell.send("'\(BookBinary.url.path)' --data book", "Enter")
    try shell.waitForPrompt()
    try shell.send("count pol", "C-z")
    try shell.waitFor(text: "Stopped")
    try shell.send("fg", "Enter")
    try shell.waitFor("the line redrawn") { $0.last == "book @2026-11-23> count pol" }
    try shell.send("icies", "Enter")
    try shell.waitFor("the query ran") { $0.suffix(2) == ["79", "book @2026-11-23>"] }
  }

  @Test func aResizedTerminalGetsTablesThatFitIt() throws {
    let shell = try start()
    try shell.send("accounts where advocate = mlopez", "Enter")
    let wide = try shell.waitFor(text: "Smile Street Dental Group Inc")
    #expect(wide.contains { $0.count > 70 })
    try shell.tmux(["resize-window", "-t", "main", "-x", "70", "-y", "40"])
    try shell.waitFor("the narrower window") { _ in
      (try? shell.tmux(["display-message", "-p", "-t", "main", "#{window_width}"], capture: true))
        == "70\n"
    }
    try shell.send("accounts where advocate = mlopez", "Enter")
    let narrow = try shell.waitFor("a fitted table") { lines in
      lines.contains { $0.hasPrefix("AMRIV") && $0.contains("…") }
        && lines.last == "book @2026-11-23>"
    }
    let start = narrow.lastIndex { $0.hasPrefix("book @2026-11-23> accounts") } ?? 0
    let table = narrow[(start + 1)...].dropLast()
    #expect(!table.isEmpty)
    #expect(table.allSatisfy { $0.count <= 70 }, "\(table)")
  }

  /// Safe mode starts no pager (a pager can save files and escape to a shell).
  @Test func safeModeStartsNoPager() throws {
    let shell = try start([
      "BOOK_SAFE": "1", "PAGER": "touch paged; cat",
    ])
    try shell.send("policies", "Enter")
    try shell.waitFor("the table's end without the pager") { lines in
      lines.contains { $0.hasPrefix("total") } && lines.last == "book @2026-11-23>"
    }
    #expect(!FileManager.default.fileExists(atPath: shell.scratch.path + "/paged"))
  }

  @Test func aPagerThatIsNotInstalledStillShowsTheOutput() throws {
    let shell = try start(["PAGER": "no-such-pager-here"])
    try shell.send("policies", "Enter")
    try shell.waitFor("the table's end despite the missing pager") { lines in
      lines.contains { $0.hasPrefix("total") } && lines.last == "book @2026-11-23>"
    }
  }
}
