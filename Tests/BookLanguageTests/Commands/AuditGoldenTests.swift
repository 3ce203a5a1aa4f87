import BookLanguage
import Foundation
import Testing

/// The audit workflow's output on a fresh copy of the example agency (today 2026-11-23),
/// kept as golden files under `Golden/audit/`: DESIGN.md's worked examples through the verbs
/// (each with its worksheet), `audit show`, `audits due`, the derived fields, and the
/// refusals of `audit open`. Re-record with `BOOK_RECORD_GOLDEN=1` and review the diff.
@Suite struct AuditGoldenTests {
  static let wcExample =
    "audit open P-0002 type=physical period=2026-01-15..2027-01-15 requested=2026-11-20 mod=0.90 "
    + "class=5645 description=Carpentry basis=payroll estimated=400,000 rate=12.00/100 "
    + "class=8810 description=Clerical basis=payroll estimated=100,000 rate=0.30/100 "
    + "class=5645 description=\"Uninsured subcontractor\" basis=payroll estimated=0 rate=12.00/100"

  static let glExample =
    "audit open P-0004 type=mail period=2025-01-15..2026-01-15 class=91342 basis=sales estimated=2000000 rate=2.50/1000"

  static let examples: [(name: String, command: String)] = [
    // DESIGN.md "Domain notes: Audits": 43,470.00 / 55,323.00 / 11,853.00.
    (
      "wc-worked-example",
      wcExample + "; audit complete $last audited=5645:460000,8810:90000,5645:50000"
    ),
    // GL on sales at 2.50 per 1,000: a return premium of 500.00.
    ("gl-worked-example", glExample + "; audit complete $last audited=1800000"),
    ("gl-open", glExample),
    ("complete-au-0001", "audit complete AU-0001 audited=910000"),
    (
      "complete-then-dispute",
      "audit complete AU-0001 audited=910000; audit dispute AU-0001 reason=\"owners' payroll included in error\""
    ),
    (
      "dispute-revise-accept-bill-close",
      "audit dispute AU-0006 reason=\"body shop payroll overstated\"; audit revise AU-0006 audited=550000; audit accept AU-0006; audit bill AU-0006; audit close AU-0006; audit show AU-0006"
    ),
    ("refund", "audit accept AU-0014; audit bill AU-0014; audit show AU-0014"),
    ("show-au-0001", "audit show AU-0001"),
    ("show-disputed", "audit show AU-0009"),
    ("audits-due", "audits due"),
    ("audits-due-30d", "audits due 30d"),
    ("audits-due-earlier-day", "today 2026-10-11; audits due"),
    (
      "derived-fields",
      "audits fields id, status, type, requested, due, overdue, days_open, final_request_due, estimated_premium, audited_premium, additional"
    ),
    (
      "rounding",
      "audit open P-0004 type=phone period=2025-01-15..2026-01-15 mod=0.95 class=1 basis=units estimated=10001 rate=0.01/1 class=2 basis=payroll estimated=125 rate=0.02/100; audit complete $last audited=1:10001,2:125"
    ),
    (
      "refused-rate-base",
      "audit open P-0004 type=mail period=2025-01-15..2026-01-15 class=91342 basis=sales estimated=2000000 rate=2.50/7"
    ),
    ("refused-not-auditable", "audit open P-0007 type=mail period=2026-01-15..2027-01-15"),
    ("refused-outside-term", "audit open P-0001 type=mail period=2025-01-15..2026-01-15"),
    ("refused-second-open", glExample + "; " + glExample),
    ("refused-unknown-class", "audit complete AU-0003 audited=16911:4650000,16999:1"),
    ("refused-bare-figure-for-two-rows", "audit complete AU-0003 audited=4650000"),
    ("refused-closed-complete", "audit complete AU-0012 audited=900000"),
    ("refused-dispute-without-reason", "audit dispute AU-0006"),
    (
      "exposure-then-complete",
      "audit exposure AU-0001 class=8810 description=Clerical basis=payroll estimated=60000 rate=0.30/100; audit complete AU-0001 audited=5645:910,000,8810:55,000"
    ),
    (
      "refused-exposure-after-review",
      "audit exposure AU-0006 class=8810 basis=payroll estimated=1 rate=0.30/100"
    ),
    ("request-on-a-day", "audit request AU-0002 requested=2026-11-20; audit show AU-0002"),
    ("refused-unknown-option", "audit accept AU-0006 audited=1"),
    ("open-for-the-term", "audit open P-0004 type=mail; audit show $last"),
    ("refused-open-no-policy", "audit open P-9999 type=mail"),
    ("waive-and-noncompliant", "audit waive AU-0002; audit noncompliant AU-0004; audits due"),
    ("set-rate-with-base", "set exposure EX-0001 rate=2.50/1000; exposures where id = EX-0001"),
  ]

  @Test(arguments: examples.map(\.name))
  func example(name: String) throws {
    guard let command = Self.examples.first(where: { $0.name == name })?.command else { return }
    let actual = try GoldenTests.transcript(command)
    let directory = GoldenTests.directory + "/audit"
    let path = directory + "/\(name).txt"
    if GoldenTests.recording {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
      return
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    #expect(
      actual == expected, "golden audit/\(name).txt differs; re-record with BOOK_RECORD_GOLDEN=1")
  }

  /// The worked examples' figures, asserted here as well as in the golden files.
  @Test func workedExamplesToTheCent() throws {
    let wc = try GoldenTests.transcript(Self.examples[0].command)
    #expect(wc.contains("estimated premium   43,470.00\n"))
    #expect(wc.contains("audited premium     55,323.00\n"))
    #expect(wc.contains("additional premium  11,853.00\n"))
    #expect(wc.contains("[exit 0]"))
    let gl = try GoldenTests.transcript(Self.examples[1].command)
    #expect(gl.contains("estimated premium  5,000.00\n"))
    #expect(gl.contains("audited premium    4,500.00\n"))
    #expect(gl.contains("return premium       500.00\n"))
  }
}
