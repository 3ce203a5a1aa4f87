import BookLanguage
import BookModel
import BookStore
import Testing

/// The same broken rule is refused with the same message whichever way the record is
/// written: `add`, `set`, a whole record put in its place (what `edit` does on save) and a
/// script — because every write goes through `Validation.problems`, not a verb's own check.
@Suite struct WritePathValidationTests {
  /// A broken rule: the record, the field and value that break it, a valid record to `add`
  /// with that value, and the rule's message.
  struct Case: Sendable, CustomTestStringConvertible {
    let kind: KindID
    let id: String
    let field: String
    let value: String
    let add: String
    let message: String
    var testDescription: String { "\(kind.spec.singular) \(field)=\(value)" }
  }

  static let cases = [
    Case(
      kind: .policy, id: "P-0001", field: "expiration", value: "2025-06-01",
      add:
        "add policy id=P-0999 account=ACME line=UMB carrier=TRAV effective=2026-01-15 premium=4800 status=active",
      message: "expiration 2025-06-01 must be after effective 2026-01-15"),
    Case(
      kind: .policy, id: "P-0001", field: "premium", value: "-5",
      add:
        "add policy id=P-0999 account=ACME line=UMB carrier=TRAV effective=2026-01-15 expiration=2027-01-15 status=active",
      message: "premium must not be negative: -5.00"),
    Case(
      kind: .delegation, id: "D-0001", field: "due", value: "2026-01-01",
      add:
        "add delegation id=D-0999 from=jkim to=mlopez task=\"Call\" priority=normal created=2026-11-20 status=open",
      message: "due 2026-01-01 must not be before created 2026-11-20"),
  ]

  /// The first error's message when a command runs, or nil when it succeeds.
  static func refusal(_ text: String, in session: Session) throws -> String? {
    let script = try Parser.parse(text, registry: session.registry)
    do {
      for command in script.commands { try session.execute(command) }
      return nil
    } catch {
      return error.diagnostics.first?.message
    }
  }

  @Test(arguments: cases)
  func add(_ rule: Case) throws {
    let book = try LanguageBook()
    let before = book.dataFiles()
    let message = try Self.refusal(
      "\(rule.add) \(rule.field)=\(rule.value)", in: try book.session())
    let id = rule.kind == .policy ? "P-0999" : "D-0999"
    #expect(message == "\(rule.kind.spec.singular) \(id): \(rule.message)")
    #expect(book.dataFiles() == before)
  }

  @Test(arguments: cases)
  func set(_ rule: Case) throws {
    let book = try LanguageBook()
    let before = book.dataFiles()
    let message = try Self.refusal(
      "set \(rule.kind.spec.singular) \(rule.id) \(rule.field)=\(rule.value)",
      in: try book.session())
    #expect(message == "\(rule.kind.spec.singular) \(rule.id): \(rule.message)")
    #expect(book.dataFiles() == before)
  }

  /// What `edit` does when the editor saves: the whole record replaced by the edited one.
  @Test(arguments: cases)
  func replaceTheRecord(_ rule: Case) throws {
    let book = try LanguageBook()
    let before = book.dataFiles()
    let session = try book.session()
    var record = try #require(session.view.record(rule.kind, rule.id)).record
    record.set(rule.field, rule.value == "-5" ? "-5.00" : rule.value)
    // `edit` is a shell command; the command only names the change in the journal.
    let command = try #require(
      try Parser.parse("show \(rule.kind.spec.singular) \(rule.id)", registry: .standard)
        .commands.first)
    var message: String?
    do {
      try session.change(command) { transaction throws(LanguageError) in
        do throws(StoreError) {
          try transaction.update(rule.kind, rule.id, record)
        } catch {
          throw LanguageError(error)
        }
      }
    } catch {
      message = error.diagnostics.first?.message
    }
    #expect(message == "\(rule.kind.spec.singular) \(rule.id): \(rule.message)")
    #expect(book.dataFiles() == before)
  }

  /// A script is one transaction: the second command breaks the rule, so nothing is written
  /// (not even the first command's change) and the error names the script's line.
  @Test(arguments: cases)
  func script(_ rule: Case) throws {
    let book = try LanguageBook()
    let before = book.dataFiles()
    let session = try book.session(unit: .script)
    let text = """
      set \(rule.kind.spec.singular) \(rule.id) notes="checked"
      set \(rule.kind.spec.singular) \(rule.id) \(rule.field)=\(rule.value)
      """
    #expect(session.run(text, file: "rule.book") == 1)
    let column = "set \(rule.kind.spec.singular) \(rule.id) \(rule.field)=".count + 1
    #expect(
      book.output.err.hasPrefix(
        "rule.book:2:\(column): error: \(rule.kind.spec.singular) \(rule.id): \(rule.message)\n"))
    #expect(book.dataFiles() == before)
  }
}
