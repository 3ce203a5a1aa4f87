import BookShell
import Testing

/// Completion never crashes: every prefix of real command lines and of random garbage.
@Suite struct CompleterRobustnessTests {
  static let lines = [
    "accounts where advocate = mlopez sort name",
    "policies where expires within 90d and line in (GL, WC) sort expiration",
    "policies where carrier = TRAV and premium > 10000 fields id, account, premium as csv into trav.csv",
    "count audits where status = requested and due < today + 14d",
    "show \"Acme Roofing\"",
    "use ACME; policies",
    "add policy account=ACME line=UMB carrier=TRAV number=UM-1180 effective=2026-01-15 expiration=2027-01-15 premium=4,800 status=active",
    "set policies billing=direct where carrier = HART   # bulk",
    "begin; set policy P-0001 premium=1; rollback",
    "cert issue ACME holder=\"City of Sacramento\" policies=P-0001,P-0002 ai=P-0001 wos pnc=P-0001",
    "let days = 30; audits where due < today + $days",
    "try delete account ACME",
    "policies where (status = active or not in_force) and account.advocate = me limit 5",
    "help audit open",
    "Zürich 東京 🏢 \"é\\\"\" \\\n policies",
  ]

  @Test("every cursor position of real lines", arguments: lines)
  func realLines(line: String) throws {
    let book = try CompletionBook()
    let completer = book.completer(focus: "ACME")
    for cursor in -1...(line.unicodeScalars.count + 1) {
      check(completer.complete(line: line, cursor: cursor))
    }
  }

  @Test("every cursor position of random garbage")
  func garbage() throws {
    let book = try CompletionBook()
    let completer = book.completer()
    let alphabet = Array(
      "ap olicesw=hr<>!~(),;+-$#\"\\\n\t.1/_P-0ACMEé東🏢andorsin".unicodeScalars)
    var random = SeededGenerator(state: 5)
    for _ in 0..<300 {
      let length = Int.random(in: 0..<40, using: &random)
      var view = String.UnicodeScalarView()
      for _ in 0..<length { view.append(alphabet.randomElement(using: &random) ?? "a") }
      let line = String(view)
      for cursor in 0...line.unicodeScalars.count {
        check(completer.complete(line: line, cursor: cursor))
      }
    }
  }

  private func check(_ completion: Completion) {
    let typed = completion.partial.lowercased()
    #expect(completion.candidates.allSatisfy { $0.lowercased().hasPrefix(typed) })
    #expect(completion.candidates == Array(Set(completion.candidates)).sorted())
    #expect(completion.commonPrefix.unicodeScalars.count >= completion.partial.unicodeScalars.count)
  }
}
