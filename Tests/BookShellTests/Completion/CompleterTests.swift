import BookLanguage
import BookModel
import BookShell
import Testing

/// Line and cursor (`|`, else the end) → candidates, on a fresh copy of the example book.
@Suite struct CompleterTests {
  let book: CompletionBook

  init() throws {
    book = try CompletionBook()
  }

  static let policyIDs = (1...9).map { "P-000\($0)" }
  static let clauses = [
    "as", "avg", "by", "count", "fields", "into", "limit", "max", "min", "sort", "sum", "where",
  ]

  @Test(
    "command words and kinds start a command",
    arguments: [
      ("polic", ["policies", "policy"]),
      ("POLIC", ["policies", "policy"]),
      ("un", ["undo"]),
      ("he", ["help"]),
      ("cer", ["cert", "certificate", "certificates", "certs"]),
      ("count aud", ["audit", "audits"]),
      ("policies; acc", ["account", "accounts"]),
      ("use ACME; polic", ["policies", "policy"]),
      ("begin\nset polic", ["policies", "policies", "policy"]),
      ("try del", ["delegate", "delegation", "delegations", "delete"]),
      ("try set policy P-0001 prem", ["premium="]),
      ("xyz", []),
    ])
  func commandStart(line: String, expected: [String]) {
    #expect(book.complete(line).candidates == Array(Set(expected)).sorted())
  }

  @Test(
    "kinds, ids and fields after a command",
    arguments: [
      ("add acc", ["account", "accounts"]),
      ("delete note N-000", (1...9).map { "N-000\($0)" }),
      ("rename account AC", ["ACME"]),
      ("rename account ACME AC", []),
      ("show AC", ["ACME"]),
      ("show ac", ["ACME"]),
      ("show A", ["ACME", "AMRIV", "ARDEN"]),
      ("show P-000", policyIDs),
      ("show p-000", policyIDs),
      ("show AU-000", (1...9).map { "AU-000\($0)" }),
      ("show policy P-000", policyIDs),
      ("use AR", ["ARDEN"]),
      ("set policy P-000", policyIDs),
      ("set policy P-0001 prem", ["premium="]),
      ("set policy P-0001 premium=13250 stat", ["status="]),
      ("set policy P-0001 status=ac", ["active"]),
      ("set policy P-0001 carrier=TR", ["TRAV"]),
      ("set policy P-0001 in_", []),
      ("add account advocate=ml", ["mlopez"]),
      ("add account st", ["status="]),
      ("set policies billing=direct wh", ["where"]),
      ("set policies billing=direct where carrier = HA", ["HART"]),
      ("log polic", ["policies", "policy"]),
      ("log P-000", policyIDs),
      ("log P-0001 s", ["since"]),
      ("undo ", []),
    ])
  func afterCommand(line: String, expected: [String]) {
    #expect(book.complete(line).candidates == expected)
  }

  @Test(
    "query clauses, fields and values",
    arguments: [
      ("policies ", clauses),
      ("policies where sta", ["stage", "status"]),
      ("policies where status = ac", ["active"]),
      ("policies where status=ac", ["active"]),
      ("policies where status != ex", ["expired"]),
      ("policies where carrier = TR", ["TRAV"]),
      ("policies where account.adv", ["account.advocate"]),
      ("policies where account.advocate = ml", ["mlopez"]),
      ("policies where acc", ["account"]),
      ("policies where account", ["account", "account."]),
      ("policies where Account", ["account", "account."]),
      ("policies where account.advocate", ["account.advocate", "account.advocate."]),
      ("policies where line in (GL, W", ["WC"]),
      ("policies where line in (G", ["GAR", "GL"]),
      ("policies where (status = active or sta", ["stage", "status"]),
      ("policies where status n", ["not"]),
      ("policies where status not ", ["in"]),
      ("policies where status not in (ac", ["active"]),
      ("policies where status not in (active, ex", ["expired"]),
      ("policies where status not in (active) a", ["and", "as", "avg"]),
      ("policies count by carrier, li", ["limit", "line"]),
      ("set policy P-0001 form+=", []),
      ("set policy P-0001 form+=X prem", ["premium="]),
      ("policies where not in_f", ["in_force"]),
      ("policies where in_force a", ["and", "as", "avg"]),
      ("policies where in_force = ", []),
      ("policies where premium > 1", []),
      ("policies where expires w", ["within"]),
      ("policies where expires within l", ["last"]),
      ("policies where notes is ", ["empty", "not"]),
      ("policies where status = active s", ["sort", "sum"]),
      ("count policies where status = active s", ["sort"]),
      ("policies sort exp", ["expiration", "expires"]),
      ("policies sort expiration d", ["desc"]),
      ("policies sort expiration desc, pre", ["premium"]),
      ("policies fields id, acc", ["account"]),
      ("policies sum pre", ["premium"]),
      ("policies by carrier", ["carrier", "carrier."]),
      ("policies as c", ["csv"]),
      ("accounts where advocate = ml", ["mlopez"]),
      ("accounts where advocate = m", ["me", "mlopez"]),
      ("policies where number = GL-4471-2", ["GL-4471-24", "GL-4471-25", "GL-4471-26"]),
      ("accounts where industry = roof", []),
      ("query polic", ["policies", "policy"]),
      ("policies limit 5 ", clauses.filter { $0 != "limit" }),
    ])
  func query(line: String, expected: [String]) {
    #expect(book.complete(line).candidates == expected)
  }

  @Test("a dot lists the referenced kind's fields, prefixed")
  func referencePath() {
    let expected = FieldCatalog.fields(of: .account).map { "account." + $0.name }
    let candidates = book.complete("policies where account.").candidates
    #expect(candidates.filter { !$0.hasSuffix(".") } == expected.sorted())
    #expect(candidates.contains("account.advocate"))
  }

  @Test(
    "file names after into",
    arguments: [
      ("policies into t", ["team.rec", "trav.csv"]),
      ("policies into tr", ["trav.csv"]),
      ("policies into out/", ["out/x1.csv", "out/xs/", "out/y.csv"]),
      ("policies into out/x", ["out/x1.csv", "out/xs/"]),
      ("policies as csv into ou", ["out/"]),
      ("policies into tw", []),
      ("policies into .h", []),
    ])
  func files(line: String, expected: [String]) {
    #expect(book.complete(line).candidates == expected)
  }

  @Test(
    "help topics",
    arguments: [
      ("help wh", ["where"]),
      ("help k", ["kinds"]),
      ("help polic", ["policies"]),
      ("help d", ["days", "delegate", "delegations", "delete", "done"]),
      ("help f", ["formats"]),
    ])
  func help(line: String, expected: [String]) {
    #expect(book.complete(line).candidates == expected)
  }

  @Test(
    "the cursor in the middle of a line",
    arguments: [
      ("polic| where status = active", ["policies", "policy"]),
      ("policies where sta| = active", ["stage", "status"]),
      ("policies where status = ac|tive", ["active"]),
      ("set policy P-000| premium=1", policyIDs),
    ])
  func middle(line: String, expected: [String]) {
    #expect(book.complete(line).candidates == expected)
  }

  @Test(
    "nothing in a string, a comment or after a variable",
    arguments: [
      "note ACME \"Called Ji",
      "accounts where name = \"Ac",
      "accounts where name = \"Acme |Roofing\"",
      "policies # where sta",
      "#: Now the X list sta",
      "note ACME \"a # b\" # sta",
      "audits where due < $da",
      "policies where \\ x sta",
    ])
  func nothing(line: String) {
    #expect(book.complete(line).candidates == [])
  }

  @Test("a comment before the cursor's line is passed over")
  func afterAComment() {
    #expect(book.complete("accounts # all of them\npolicies wh").candidates == ["where"])
    #expect(book.complete("#: Step one\npolic").candidates == ["policies", "policy"])
  }

  @Test("where the word starts, what was typed, and what Tab inserts")
  func position() {
    let premium = book.complete("set policy P-0001 prem")
    #expect(premium.start == 18)
    #expect(premium.partial == "prem")
    #expect(premium.commonPrefix == "premium=")
    #expect(book.complete("POLIC").commonPrefix == "polic")
    #expect(book.complete("policies where st").commonPrefix == "sta")
    #expect(book.complete("show A").commonPrefix == "A")
    let mixed = book.complete("log a")
    #expect(mixed.candidates.contains("ACME") && mixed.candidates.contains("audits"))
    #expect(mixed.commonPrefix == "a")
    let middle = book.complete("Zürich; polic| where")
    #expect(middle.start == 8)
    #expect(middle.partial == "polic")
    #expect(book.complete("xyz").commonPrefix == "xyz")
  }

  @Test("a focus keeps the ids of the focused account's records")
  func focus() {
    let focused = book.complete("set policy P-", focus: "ACME").candidates
    let acme = book.view.records(.policy).filter { $0.value("account") == "ACME" }.compactMap {
      $0.value("id")
    }
    #expect(focused == acme.sorted())
    #expect(focused.contains("P-0001"))
    #expect(book.complete("show A", focus: "ACME").candidates == ["ACME", "AMRIV", "ARDEN"])
  }
}
