import BookLanguage
import BookModel
import BookStore
import Testing

/// The audit rules hold whichever way a record is written — the verbs, `add`, `set`, a whole
/// record put in its place (what `edit` does on save), a script — because they live in
/// `RecordRules`, which validation asks on every write.
@Suite struct AuditWritePathTests {
  /// The first error's message and notes when the commands run, or nil when they succeed.
  static func refusal(_ text: String, in book: LanguageBook) throws -> Diagnostic? {
    let session = try book.session()
    let script = try Parser.parse(text, registry: session.registry)
    do {
      for command in script.commands { try session.execute(command) }
      return nil
    } catch {
      return error.diagnostics.first
    }
  }

  @Test(arguments: [
    (
      "add audit policy=P-0007 type=mail period_start=2026-01-15 period_end=2027-01-15 status=scheduled",
      "audit AU-0015: policy P-0007 is not auditable"
    ),
    (
      "add audit policy=P-0001 type=mail period_start=2025-01-15 period_end=2026-01-15 status=scheduled",
      "audit AU-0015: the period 2025-01-15..2026-01-15 is outside policy P-0001's term 2026-01-15..2027-01-15"
    ),
    (
      "add audit policy=P-0003 type=mail period_start=2025-01-15 period_end=2026-01-15 status=scheduled",
      "audit AU-0015: policy P-0003 already has an open audit for 2025-01-15..2026-01-15: AU-0001"
    ),
    ("set audit AU-0001 policy=P-0007", "audit AU-0001: policy P-0007 is not auditable"),
    (
      "set audit AU-0012 status=reviewed", "audit AU-0012: a closed audit cannot become reviewed"
    ),
    (
      "set exposure EX-0016 audited=1",
      "exposure EX-0016: audit AU-0012 is closed: its exposure figures no longer change"
    ),
    (
      "set exposure EX-0013 rate=5.00/1000",
      "exposure EX-0013: audit AU-0009 is disputed: its exposure figures no longer change"
    ),
    (
      "set exposure EX-0001 audit=AU-0012",
      "exposure EX-0001: audit AU-0012 is closed: its exposure figures no longer change"
    ),
    (
      "add exposure audit=AU-0007 basis=payroll estimated=1 rate=1.00/100",
      "exposure EX-0021: audit AU-0007 is accepted: its exposure figures no longer change"
    ),
  ])
  func addAndSet(command: String, message: String) throws {
    let book = try LanguageBook()
    let before = book.dataFiles()
    #expect(try Self.refusal(command, in: book)?.message == message)
    #expect(book.dataFiles() == before)
  }

  /// What `edit` does when the editor saves: the whole record replaced by the edited one.
  @Test func replacingTheRecordFollowsTheLifecycle() throws {
    let book = try LanguageBook()
    let before = book.dataFiles()
    let session = try book.session()
    var record = try #require(session.view.record(.audit, "AU-0012")).record
    record.set("status", "reviewed")
    let command = try #require(
      try Parser.parse("show audit AU-0012", registry: .standard).commands.first)
    var diagnostic: Diagnostic?
    do {
      try session.change(command) { transaction throws(LanguageError) in
        do throws(StoreError) {
          try transaction.update(.audit, "AU-0012", record)
        } catch {
          throw LanguageError(error)
        }
      }
    } catch {
      diagnostic = error.diagnostics.first
    }
    #expect(diagnostic?.message == "audit AU-0012: a closed audit cannot become reviewed")
    #expect(diagnostic?.notes == ["a closed audit is final: no audit verb applies"])
    #expect(book.dataFiles() == before)
  }

  /// Rows change while the audit allows: before review, while reviewed, and by `audit revise`.
  @Test func figuresChangeWhileTheAuditAllows() throws {
    let book = try LanguageBook()
    #expect(try Self.refusal("set exposure EX-0001 audited=900000", in: book) == nil)
    #expect(try Self.refusal("set exposure EX-0008 audited=560000", in: book) == nil)
    #expect(try Self.refusal("audit revise AU-0009 audited=2610000", in: book) == nil)
    #expect(try Self.refusal("set exposure EX-0016 description=Roofing", in: book) == nil)
  }

  /// A renamed audit's rows follow it, whatever its state; so do audits of a renamed policy.
  @Test func renamesFollow() throws {
    let book = try LanguageBook()
    #expect(try Self.refusal("rename audit AU-0012 AU-0099", in: book) == nil)
    #expect(try Self.refusal("rename policy P-0003 P-0999", in: book) == nil)
    let session = try book.session()
    #expect(session.view.record(.exposure, "EX-0016")?.value("audit") == "AU-0099")
    #expect(session.view.record(.audit, "AU-0001")?.value("policy") == "P-0999")
  }

  /// `book check` still passes on the example book with the audit rules.
  @Test func theExampleBookChecksClean() throws {
    let book = try LanguageBook()
    let snapshot = try book.directory.load()
    #expect(Validation.check(snapshot).map(\.formatted) == [])
  }
}
