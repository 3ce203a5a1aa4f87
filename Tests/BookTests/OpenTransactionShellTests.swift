import Foundation
import Testing

/// Someone else changes the files while a `begin` is open in the shell — an editor, a
/// `git checkout`: at `commit` our changes are applied onto the files as they are now; when they
/// touched the same record, nothing is written and the transaction stays open.
@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed (CI installs it)"))
struct OpenTransactionShellTests {
  let openPrompt = "book @2026-11-23*>"

  private func git(_ arguments: [String], in directory: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = ["-C", directory] + arguments
    process.environment = [
      "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
      "GIT_COMMITTER_EMAIL": "t@example.com", "HOME": directory, "PATH": "/usr/bin:/bin",
    ]
    let result = try ProcessRunner.run(process)
    #expect(result.status == 0, "git \(arguments): \(result.stderr)")
  }

  private func replace(_ old: String, with new: String, in path: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains(old))
    try text.replacingOccurrences(of: old, with: new).write(
      toFile: path, atomically: true, encoding: .utf8)
  }

  @Test func anExternalEditUnderAnOpenBeginIsKeptAndOursAppliedOntoIt() throws {
    let shell = try TmuxSession.example()
    let book = shell.scratch.path + "/book/"
    try shell.send("begin", "Enter")
    try shell.waitFor("open transaction") { $0.last == openPrompt }
    try shell.send("set policy P-0001 premium=13250", "Enter")
    try shell.waitFor(text: "premium: 12,500.00 → 13,250.00")

    // An editor changes another record of the same file, and another file.
    try replace("premium: 36480.00", with: "premium: 36999.00", in: book + "policies.rec")
    try replace("name: Acme Roofing LLC", with: "name: Acme Roofing Co", in: book + "accounts.rec")

    try shell.send("commit", "Enter")
    try shell.waitFor(text: "committed 1 change")
    let policies = try String(contentsOfFile: book + "policies.rec", encoding: .utf8)
    #expect(policies.contains("premium: 13250.00"))
    #expect(policies.contains("premium: 36999.00"))
    let accounts = try String(contentsOfFile: book + "accounts.rec", encoding: .utf8)
    #expect(accounts.contains("name: Acme Roofing Co"))
    let check = try BookBinary.run(["check", "--data", book])
    #expect(check.status == 0, "\(check.stderr)")
  }

  @Test func aGitCheckoutOfTheSameRecordRefusesTheCommitAndKeepsItOpen() throws {
    let shell = try TmuxSession.example()
    let book = shell.scratch.path + "/book"
    try git(["init", "-q", "-b", "main"], in: book)
    try git(["add", "-A"], in: book)
    try git(["commit", "-q", "-m", "book"], in: book)
    try git(["checkout", "-q", "-b", "other"], in: book)
    try replace("premium: 12500.00", with: "premium: 12600.00", in: book + "/policies.rec")
    try git(["commit", "-q", "-am", "P-0001 on the other branch"], in: book)
    try git(["checkout", "-q", "main"], in: book)

    try shell.send("begin", "Enter")
    try shell.waitFor("open transaction") { $0.last == openPrompt }
    try shell.send("set policy P-0001 premium=13250", "Enter")
    try shell.waitFor(text: "premium: 12,500.00 → 13,250.00")
    try git(["checkout", "-q", "other"], in: book)

    try shell.send("commit", "Enter")
    try shell.waitFor(text: "policy P-0001 was changed by someone else since it was read")
    try shell.waitFor("still open") { $0.last == openPrompt }
    let policies = try String(contentsOfFile: book + "/policies.rec", encoding: .utf8)
    #expect(policies.contains("premium: 12600.00"))
    #expect(!policies.contains("premium: 13250.00"))

    // Back on main the record is as we read it: the same transaction now commits.
    try git(["checkout", "-q", "main"], in: book)
    try shell.send("commit", "Enter")
    try shell.waitFor(text: "committed 1 change")
    let after = try String(contentsOfFile: book + "/policies.rec", encoding: .utf8)
    #expect(after.contains("premium: 13250.00"))
  }
}
