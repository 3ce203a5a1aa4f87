import BookLanguage
import Foundation
import Testing

/// Exact output of DESIGN.md's examples and of every help topic on a fresh copy of the
/// example agency. Re-record deliberately with `BOOK_RECORD_GOLDEN=1 swift test`, then
/// review the diff of `Tests/BookLanguageTests/Golden/*.txt` like code.
@Suite struct GoldenTests {
  static let examples: [(name: String, command: String)] = [
    ("accounts-by-advocate", "accounts where advocate = mlopez sort name"),
    ("expiring-gl-wc", "policies where expires within 90d and line in (GL, WC) sort expiration"),
    (
      "trav-into-csv",
      "policies where carrier = TRAV and premium > 10000 fields id, account, premium as csv into trav.csv"
    ),
    ("premium-by-carrier", "policies where status = active sum premium by carrier"),
    ("count-requested-audits", "count audits where status = requested and due < today + 14d"),
    ("show-acme", "show ACME"),
    ("show-by-name", "show \"Acme Roofing\""),
    ("use-acme", "use ACME; policies"),
    (
      "add-account",
      "add account id=BRIGHT name=\"Bright Dental Group\" status=active manager=jkim advocate=mlopez producer=dchen"
    ),
    (
      "add-policy",
      "add policy account=ACME line=UMB carrier=TRAV number=UM-1180 effective=2026-01-15 expiration=2027-01-15 premium=4,800 status=active"
    ),
    ("set-premium", "set policy P-0001 premium=13250.00"),
    ("bulk-set", "set policies billing=direct where carrier = HART"),
    ("rename-account", "rename account ACME ACMER"),
    ("undo-redo-log", "set policy P-0001 premium=13250.00; undo; redo; log P-0001"),
    ("begin-rollback", "begin; set policy P-0001 premium=1; rollback"),
    ("log-since", "log since 2026-11-01"),
    ("let-days", "let days = 30; audits where due < today + $days"),
    ("count-by-to-status", "delegations count by to, status"),
    ("premium-by-carrier-line", "policies where status = active sum premium by carrier, line"),
    ("allocations-premium-path", "allocations fields id, location, policy.premium"),
    (
      "replace-forms",
      "set policy P-0001 form=\"CG 20 10 04/13\" form+=\"CG 20 26 04/13\"; log P-0001"
    ),
    ("add-note-defaults", "add note about=ACME text=\"Called Jim: renewal apps by Friday\""),
    ("help", "help"),
    ("help-policies", "help policies"),
    ("help-where", "help where"),
    ("help-cert", "help cert"),
    (
      "cert-issue",
      "cert issue ACME holder=\"City of Sacramento\" policies=P-0001,P-0002 ai=P-0001 wos pnc=P-0001"
    ),
    ("cert-show", "cert show CE-0001"),
    ("cert-show-md", "cert show CE-0001 as md"),
    ("cert-show-html", "cert show CE-0001 as html"),
    ("xlist", "xlist"),
    ("xlist-60d", "xlist 60d"),
    ("xlist-120d-jkim", "xlist 120d where account.manager = jkim"),
    ("xlist-late-csv", "xlist where late_start as csv"),
    ("compare-acme", "compare ACME"),
    ("compare-acme-md", "compare ACME as md"),
    ("compare-acme-html", "compare ACME as html"),
    ("compare-elkgrv-quotes", "compare ELKGRV quotes"),
    ("compare-elkgrv-quotes-md", "compare ELKGRV quotes as md"),
    ("compare-elkgrv-quotes-html", "compare ELKGRV quotes as html"),
    ("renew-acme-gl", "renew P-0001 premium=14100"),
    ("compare-acme-coverage", "compare ACME coverage"),
    ("compare-acme-coverage-html", "compare ACME coverage as html"),
    ("compare-acme-coverage-csv", "compare ACME coverage as csv"),
    ("requirements-acme", "requirements ACME"),
    ("verify-p0001", "verify P-0001"),
    ("receivables", "receivables"),
    ("lossrun-acme-5y", "lossrun ACME 5y"),
    ("lossrun-acme-5y-md", "lossrun ACME 5y as md"),
    ("premium-acme", "premium ACME"),
    ("breakdown-acme", "breakdown ACME"),
    (
      "allocate-acme-wc",
      "allocate P-0002 L-0001=600000 L-0029=250000 L-0030=100000; breakdown ACME P-0002"
    ),
  ]

  static var directory: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Golden").path
  }

  static var recording: Bool {
    ProcessInfo.processInfo.environment["BOOK_RECORD_GOLDEN"].map { !$0.isEmpty } ?? false
  }

  /// What a person would see: the command, its output, its errors and its exit code.
  static func transcript(_ command: String) throws -> String {
    let book = try LanguageBook()
    let code = try book.run(command)
    var text = "$ book -c '\(command)'\n" + book.output.out
    if !book.output.err.isEmpty { text += "[stderr]\n" + book.output.err }
    return text + "[exit \(code)]\n"
  }

  @Test(arguments: examples.map(\.name))
  func example(name: String) throws {
    guard let command = Self.examples.first(where: { $0.name == name })?.command else { return }
    let actual = try Self.transcript(command)
    let path = Self.directory + "/\(name).txt"
    if Self.recording {
      try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
      return
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    #expect(actual == expected, "golden \(name).txt differs; re-record with BOOK_RECORD_GOLDEN=1")
  }
}
