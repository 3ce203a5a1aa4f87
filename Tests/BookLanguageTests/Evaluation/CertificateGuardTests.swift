import BookLanguage
import BookModel
import BookStore
import Testing

/// The certificate guards (issue 11), one table run through every write path: `cert issue`,
/// `add certificate`, `set` on an existing certificate, the whole record replaced (`edit`) and
/// a script — the same refusal with the same words, and nothing written; or, for the cases that
/// pass, the certificate stored.
@Suite struct CertificateGuardTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    var setup: String = ""
    let policies: [String]
    var ai: [String] = []
    var wos: [String] = []
    var pnc: [String] = []
    /// The issue day written (nil: today); `cert issue` always dates today.
    var issued: String?
    /// The refusal without its `certificate CE-…: ` prefix; nil when accepted.
    let message: String?
    var testDescription: String { name }
  }

  static let cases = [
    Case(
      name: "expired", policies: ["P-0031"],
      message: "P-0031 (GL, Travelers) is not in force on 2026-11-23: it expired on 2026-10-01"),
    Case(
      name: "cancelled before the issue day",
      setup: "set policy P-0002 status=cancelled cancelled=2026-11-01", policies: ["P-0002"],
      message:
        "P-0002 (WC, The Hartford) is not in force on 2026-11-23: it was cancelled on 2026-11-01"),
    Case(
      name: "cancelled on the issue day",
      setup: "set policy P-0002 status=cancelled cancelled=2026-11-23", policies: ["P-0002"],
      message:
        "P-0002 (WC, The Hartford) is not in force on 2026-11-23: it was cancelled on 2026-11-23"),
    Case(
      name: "cancelled after the issue day",
      setup: "set policy P-0002 status=pending-cancel cancelled=2026-12-01", policies: ["P-0002"],
      message: nil),
    Case(
      name: "not yet effective",
      setup:
        "add policy account=ACME line=GL carrier=TRAV effective=2027-01-15 expiration=2028-01-15 premium=13000 status=bound prior=P-0001",
      policies: ["P-0080"],
      message: "P-0080 (GL, Travelers) is not in force on 2026-11-23: it takes effect on 2027-01-15"
    ),
    Case(
      name: "the expiration day itself", setup: "today 2027-01-15", policies: ["P-0001"],
      message: "P-0001 (GL, Travelers) is not in force on 2027-01-15: it expired on 2027-01-15"),
    Case(
      name: "the day before the expiration", setup: "today 2027-01-14", policies: ["P-0001"],
      message: nil),
    Case(
      name: "another account's policy", policies: ["P-0001", "P-0046"],
      message: "P-0046 (PROP, Travelers) belongs to SUTTER, not to ACME"),
    Case(
      name: "ai on ai: none", setup: "set policy P-0002 ai=none", policies: ["P-0001", "P-0002"],
      ai: ["P-0002"],
      message:
        "ADDL INSD on P-0002 (WC, The Hartford): the policy has no additional-insured coverage (ai: none)"
    ),
    Case(
      name: "wos on wos: no", setup: "set policy P-0001 wos=no", policies: ["P-0001"],
      wos: ["P-0001"],
      message:
        "SUBR WVD on P-0001 (GL, Travelers): the policy has no waiver of subrogation (wos: no)"
    ),
    Case(
      name: "pnc on pnc: no", setup: "set policy P-0002 pnc=no", policies: ["P-0001", "P-0002"],
      pnc: ["P-0002"],
      message:
        "primary and non-contributory on P-0002 (WC, The Hartford): the policy is not primary and non-contributory (pnc: no)"
    ),
    Case(
      name: "ai=P-0001 where only P-0001 has it", policies: ["P-0001", "P-0002"],
      ai: ["P-0001"], wos: ["P-0001", "P-0002"], pnc: ["P-0001"], message: nil),
    Case(
      name: "ai=P-0002 where only P-0001 has it", policies: ["P-0001", "P-0002"],
      ai: ["P-0002"],
      message:
        "ADDL INSD on P-0002 (WC, The Hartford): the policy has no additional-insured coverage (ai: not set)"
    ),
    Case(
      name: "backdated", policies: ["P-0001"], issued: "2026-11-01",
      message:
        "a certificate is issued on the day it is written (2026-11-23), not backdated to 2026-11-01"
    ),
    Case(
      name: "dated ahead", policies: ["P-0001"], issued: "2026-12-01",
      message:
        "a certificate is issued on the day it is written (2026-11-23), not dated ahead to 2026-12-01"
    ),
  ]

  /// Each broken rule's message when the commands run, or [] when they succeed.
  static func refusals(_ text: String, in session: Session) throws -> [String] {
    let script = try Parser.parse(text, registry: session.registry)
    do {
      for command in script.commands { try session.execute(command) }
      return []
    } catch {
      return error.diagnostics.map(\.message)
    }
  }

  static func marks(_ rule: Case, empty: Bool) -> String {
    [("ai", rule.ai), ("wos", rule.wos), ("pnc", rule.pnc)].compactMap { name, ids in
      ids.isEmpty ? (empty ? "\(name)=\"\"" : nil) : "\(name)=" + ids.joined(separator: ",")
    }.map { " " + $0 }.joined()
  }

  static func issue(_ rule: Case) -> String {
    "cert issue ACME holder=\"City of Sacramento\" policies="
      + rule.policies.joined(separator: ",") + marks(rule, empty: false)
  }

  static func add(_ rule: Case) -> String {
    "add certificate account=ACME holder=\"City of Sacramento\" policy="
      + rule.policies.joined(separator: ",") + " issued=\(rule.issued ?? "today") status=issued"
      + marks(rule, empty: false)
  }

  static func set(_ rule: Case) -> String {
    "set cert CE-0001 policy=" + rule.policies.joined(separator: ",")
      + " issued=\(rule.issued ?? "today")" + marks(rule, empty: true)
  }

  /// Runs the setup, then the command; checks the refusal and that nothing was written, or
  /// that the certificate was.
  static func check(_ rule: Case, _ command: String, id: String) throws {
    let book = try LanguageBook()
    let session = try book.session()
    if !rule.setup.isEmpty { #expect(session.run(rule.setup) == 0, "\(book.output.err)") }
    let before = book.dataFiles()
    let refusals = try refusals(command, in: session)
    if let message = rule.message {
      #expect(refusals == ["certificate \(id): \(message)"])
      #expect(book.dataFiles() == before)
    } else {
      #expect(refusals == [])
      let stored = try #require(session.view.record(.certificate, id))
      #expect(stored.values("policy") == rule.policies)
      #expect(stored.value("issued") == session.context.today.iso)
    }
  }

  @Test(arguments: cases.filter { $0.issued == nil })
  func certIssue(_ rule: Case) throws {
    try Self.check(rule, Self.issue(rule), id: "CE-0012")
  }

  @Test(arguments: cases)
  func addCertificate(_ rule: Case) throws {
    try Self.check(rule, Self.add(rule), id: "CE-0012")
  }

  @Test(arguments: cases)
  func setCertificate(_ rule: Case) throws {
    try Self.check(rule, Self.set(rule), id: "CE-0001")
  }

  /// What `edit` does when the editor saves: the whole certificate replaced by the edited one.
  @Test(arguments: cases)
  func replaceTheRecord(_ rule: Case) throws {
    let book = try LanguageBook()
    let session = try book.session()
    if !rule.setup.isEmpty { #expect(session.run(rule.setup) == 0, "\(book.output.err)") }
    let before = book.dataFiles()
    var record = try #require(session.view.record(.certificate, "CE-0001")).record
    record.setAll("policy", rule.policies)
    record.set("issued", rule.issued ?? session.context.today.iso)
    for (field, ids) in [("ai", rule.ai), ("wos", rule.wos), ("pnc", rule.pnc)] {
      record.set(field, ids.joined(separator: ","))
    }
    let command = try #require(
      try Parser.parse("show cert CE-0001", registry: .standard).commands.first)
    var messages: [String] = []
    do {
      try session.change(command) { transaction throws(LanguageError) in
        do throws(StoreError) {
          try transaction.update(.certificate, "CE-0001", record)
        } catch {
          throw LanguageError(error)
        }
      }
    } catch {
      messages = error.diagnostics.map(\.message)
    }
    if let message = rule.message {
      #expect(messages == ["certificate CE-0001: \(message)"])
      #expect(book.dataFiles() == before)
    } else {
      #expect(messages == [])
      #expect(session.view.record(.certificate, "CE-0001")?.values("policy") == rule.policies)
    }
  }

  /// A script stops at the refusal and writes nothing, the earlier commands included.
  @Test(arguments: cases.filter { $0.message != nil && !$0.setup.hasPrefix("today") })
  func script(_ rule: Case) throws {
    let book = try LanguageBook()
    let before = book.dataFiles()
    let text = [rule.setup, "set policy P-0001 notes=\"before the certificate\"", Self.add(rule)]
      .filter {
        !$0.isEmpty
      }.joined(separator: "\n")
    let code = try book.run(text, unit: .script)
    #expect(code == 1)
    #expect(book.output.err.contains("certificate CE-0012: \(rule.message ?? "")"))
    #expect(book.dataFiles() == before)
  }
}
