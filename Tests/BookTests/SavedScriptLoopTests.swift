import Foundation
import Testing

/// The saved scripts that delegate per row (`each … where not delegated`): one delegation per
/// audit or X-list policy not yet delegated, none on a second run, every diff in a dry run.
@Suite struct SavedScriptLoopTests {
  static let repository = RunCommandTests.repository

  /// Runs a command line on the book; returns its stdout.
  static func book(_ root: String, _ arguments: [String]) throws -> String {
    let result = try BookBinary.run(["--data", root] + arguments, in: repository)
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
    #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
    return result.stdout
  }

  static func count(_ root: String, _ query: String) throws -> String {
    try book(root, ["-c", "count " + query]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test func auditFollowupDelegatesEachAuditOnce() throws {
    let scratch = Scratch()
    let root = try RunCommandTests.example(scratch)
    // Due or overdue within 30 days: 11 audits; D-0005 is about AU-0004 already.
    #expect(try Self.count(root, "audits where delegated") == "1")
    let first = try Self.book(root, ["run", "scripts/audit-followup.book"])
    #expect(first.contains("AU-0014 (1 of 10): delegate "))
    #expect(first.contains("delegate ran for 10 audits\n"))
    #expect(try Self.count(root, "audits where delegated") == "11")
    #expect(try Self.count(root, "delegations where action = audit and status = open") == "10")
    let second = try Self.book(root, ["run", "scripts/audit-followup.book"])
    #expect(second.contains("nothing to do: audits due 30 where not delegated lists no audits\n"))
    #expect(try Self.count(root, "delegations where action = audit and status = open") == "10")
  }

  @Test func xlistDelegatesEachUncoveredRenewalOnceToTheAccountsAdvocate() throws {
    let scratch = Scratch()
    let root = try RunCommandTests.example(scratch)
    let first = try Self.book(root, ["run", "scripts/xlist.book"])
    #expect(first.contains("delegate ran for 10 policies\n"))
    // ARDEN's GL renewal is delegated (D-0020 names GL); its WC one goes to ARDEN's advocate.
    #expect(try Self.count(root, "delegations where about = P-0076 and status = open") == "0")
    #expect(try Self.count(root, "delegations where about = P-0077 and to = tnguyen") == "1")
    #expect(try Self.count(root, "delegations where about = P-0014 and to = mlopez") == "1")
    let second = try Self.book(root, ["run", "scripts/xlist.book"])
    #expect(second.contains("nothing to do: xlist 120 where "))
    #expect(try Self.count(root, "delegations where action = renewal and created = today") == "10")
  }

  @Test func aDryRunShowsEveryRowsDiffAndWritesNothing() throws {
    let scratch = Scratch()
    let root = try RunCommandTests.example(scratch)
    let before = scratch.dataFiles("book")
    let result = try BookBinary.run(
      ["--data", root, "run", "scripts/audit-followup.book", "--dry-run"], in: Self.repository)
    #expect(result.status == 0, "\(result.stderr)")
    let added = result.stdout.split(separator: "\n").filter { $0.hasPrefix("+ D-00") }
    #expect(added.count == 10)
    #expect(result.stderr == "dry run: 10 records would change; nothing was written\n")
    #expect(scratch.dataFiles("book") == before)
  }
}
