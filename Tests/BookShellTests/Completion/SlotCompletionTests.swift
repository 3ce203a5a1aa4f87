import BookLanguage
import BookModel
import BookShell
import Testing

/// A slot's declared completion decides the candidates, whatever the slot is called: a command
/// registered here (`probe`) takes one slot of each declaration.
@Suite struct SlotCompletionTests {
  let book: CompletionBook

  init() throws {
    book = try CompletionBook()
  }

  /// The standard registry with `probe WORD` completed as declared.
  func registry(_ slots: [Slot]) -> Registry {
    var registry = Registry.standard
    registry.register(
      CommandSpec("probe", group: .session, summary: "a test command", grammar: slots) { _ in })
    return registry
  }

  func candidates(_ line: String, _ slots: [Slot]) -> [String] {
    Completer(registry: registry(slots), view: book.view, focus: nil, workingDirectory: book.root)
      .complete(line: line, cursor: line.unicodeScalars.count).candidates
  }

  @Test(
    arguments: [
      // Named like people, declared carriers: carriers.
      ("probe T", [Slot.word("who", completes: .carriers)], ["TRAV"]),
      // Named like a kind, declared nothing: nothing.
      ("probe A", [.word("account", completes: .nothing)], []),
      ("probe A", [.word("x", completes: .ids(.account))], ["ACME", "AMRIV", "ARDEN"]),
      ("probe ml", [.text("x", completes: .people)], ["mlopez"]),
      ("probe Pl", [.text("x", completes: .holders)], ["\"Placer County\""]),
      ("probe tr", [.word("x", completes: .files)], ["trav.csv"]),
      ("probe o", [.words("x", completes: .words(["on", "off"]))], ["off", "on"]),
      ("probe ac", [.value("x", completes: .values(.policy, field: "status"))], ["active"]),
      ("probe policy prem", [.kind("k"), .word("x", completes: .fields)], ["premium"]),
      (
        "probe policy P-000", [.kind("k"), .word("x", completes: .idsOfKind)],
        (1...9).map { "P-000\($0)" }
      ),
      ("probe P-000", [.word("x", completes: .records)], (1...9).map { "P-000\($0)" }),
    ] as [(String, [Slot], [String])])
  func theDeclarationDecides(line: String, slots: [Slot], expected: [String]) {
    #expect(candidates(line, slots) == expected)
  }

  @Test func theStandardCommandsDeclareWhatTheyComplete() throws {
    let registry = Shell.registry
    let declared = { (name: String) -> [SlotCompletion] in
      let grammar = registry.command(named: name)?.grammar ?? []
      return Self.flattened(grammar).map(\.completes).filter { $0 != .nothing }
    }
    #expect(declared("show") == [.records])
    #expect(declared("use") == [.ids(.account)])
    #expect(declared("set") == [.idsOfKind])
    #expect(declared("delete") == [.idsOfKind])
    #expect(declared("edit") == [.records])  // the kind may be left out, as for show
    #expect(declared("rename") == [.idsOfKind])
    #expect(declared("log") == [.kindsOrRecords])
    #expect(declared("help") == [.helpTopics])
    #expect(declared("timing") == [.words(["on", "off"])])
  }

  /// Completion offers the clauses the parser reads, from the one list.
  @Test func queryClausesAreTheParsers() throws {
    #expect(candidates("policies ", []) == Query.clauses.sorted())
    // Each of them parses as a clause.
    let arguments = ["where": "in_force", "limit": "5", "count": "", "as": "csv", "into": "x.csv"]
    for clause in Query.clauses {
      let line = "policies \(clause) " + (arguments[clause] ?? "premium")
      #expect(throws: Never.self) { try Parser.parse(line, registry: .standard) }
    }
  }

  static func flattened(_ slots: [Slot]) -> [Slot] {
    slots.flatMap { slot -> [Slot] in
      if case .optional(let inner) = slot { return flattened(inner) }
      return [slot]
    }
  }
}
