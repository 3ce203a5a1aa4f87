import Foundation
import Testing

/// `delegate` typed in the shell: Tab completes the person and the account.
@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed (CI installs it)"))
struct ServiceShellTests {
  @Test func delegateCompletesThePersonAndTheAccount() throws {
    let shell = try TmuxSession.example()
    try shell.send("delegate \"Call Jim\" to mlo", "Tab")
    try shell.waitFor("the person") {
      $0.last == "book @2026-11-23> delegate \"Call Jim\" to mlopez"
    }
    try shell.send("about AC", "Tab")
    try shell.waitFor("the account") {
      $0.last == "book @2026-11-23> delegate \"Call Jim\" to mlopez about ACME"
    }
    try shell.send("Enter")
    let screen = try shell.waitFor("the delegation") { lines in
      lines.contains("D-0031 → mlopez, due 2026-11-25, normal")
    }
    #expect(screen.contains("D-0031 → mlopez, due 2026-11-25, normal"))
  }
}
