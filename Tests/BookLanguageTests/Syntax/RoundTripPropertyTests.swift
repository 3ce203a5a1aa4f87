import BookLanguage
import BookModel
import Testing

/// `parse(print(ast)) == ast` on random trees (ranges aside), from a fixed seed.
@Suite struct RoundTripPropertyTests {
  static let none = SourceLocation(line: 1, column: 1)..<SourceLocation(line: 1, column: 1)
  static let fields = ["premium", "account.advocate", "status", "expires", "line", "in_force"]
  static let values: [Literal] = [
    .word("GL"), .word("P-0001"), .string("Acme Roofing LLC"), .string("say \"hi\" \\ ok"),
    .money("12,500.00"), .variable("days"), .word("2026-03-01"), .word("03/01/2026"),
    .offset(base: .word("today"), sign: .plus, amount: .word("14d")),
    .offset(base: nil, sign: .minus, amount: .word("2w")),
    .offset(base: .word("today"), sign: .minus, amount: .variable("days")), .word("4.12/100"),
    .string("Zürich 東京 🏢"), .string(""),
  ]

  func field(_ g: inout SeededGenerator) -> FieldRef {
    FieldRef(
      (Self.fields.randomElement(using: &g) ?? "id").split(separator: ".").map(String.init),
      Self.none)
  }

  func value(_ g: inout SeededGenerator) -> ValueNode {
    ValueNode(Self.values.randomElement(using: &g) ?? .word("x"), Self.none)
  }

  func condition(_ g: inout SeededGenerator, depth: Int) -> Condition {
    let choice = Int.random(in: 0..<(depth > 2 ? 6 : 9), using: &g)
    switch choice {
    case 0:
      let op = Condition.Comparison.allCases.randomElement(using: &g) ?? .equal
      return .compare(field(&g), op, value(&g))
    case 1:
      return .member(
        field(&g), (0..<Int.random(in: 1...3, using: &g)).map { _ in value(&g) },
        negated: Bool.random(using: &g))
    case 2:
      return .within(
        field(&g), last: Bool.random(using: &g), ValueNode(.word("90d"), Self.none))
    case 3: return .isEmpty(field(&g), negated: Bool.random(using: &g))
    case 4: return .matches(field(&g), value(&g))
    case 5: return .flag(field(&g))
    case 6: return .and(condition(&g, depth: depth + 1), condition(&g, depth: depth + 1))
    case 7: return .or(condition(&g, depth: depth + 1), condition(&g, depth: depth + 1))
    default: return .not(condition(&g, depth: depth + 1))
    }
  }

  func query(_ g: inout SeededGenerator) -> Query {
    let kinds: [KindID] = [.policy, .account, .audit, .certificate, .delegation, .person]
    var query = Query(kind: kinds.randomElement(using: &g) ?? .policy, kindRange: Self.none)
    if Bool.random(using: &g) { query.condition = condition(&g, depth: 0) }
    if Bool.random(using: &g) {
      query.sort = (0..<Int.random(in: 1...2, using: &g)).map { _ in
        Query.SortKey(field: field(&g), descending: Bool.random(using: &g))
      }
    }
    if Bool.random(using: &g) { query.limit = Int.random(in: 0...50, using: &g) }
    if Bool.random(using: &g) { query.fields = [field(&g), field(&g)] }
    if Bool.random(using: &g) {
      let function = Query.Function.allCases.randomElement(using: &g) ?? .count
      query.aggregate = Query.Aggregate(
        function: function, field: function == .count ? nil : field(&g), range: Self.none)
      if Bool.random(using: &g) {
        query.by = (0..<Int.random(in: 1...2, using: &g)).map { _ in field(&g) }
      }
    }
    if Bool.random(using: &g) { query.format = OutputFormat.allCases.randomElement(using: &g) }
    if Bool.random(using: &g) { query.into = ValueNode(.word("out/x.csv"), Self.none) }
    return query
  }

  @Test func queriesSurvivePrintingAndParsing() throws {
    var generator = SeededGenerator(state: 20_261_123)
    for _ in 0..<500 {
      let original = query(&generator)
      let text = Printer.print(original)
      guard let parsed = try? Parser.parse(text, registry: .standard).commands else {
        Issue.record("does not parse: \(text)")
        continue
      }
      guard parsed.count == 1, case .query(let back)? = parsed[0].arguments["query"] else {
        Issue.record("did not parse to one query: \(text)")
        continue
      }
      #expect(RangeEraser.erase(back) == RangeEraser.erase(original), "\(text)")
    }
  }

  @Test(arguments: [
    "set policy P-0001 premium=13250.00 notes=\"a, b\"",
    "set policies billing=direct where carrier = HART and premium > $10,000",
    "add account id=BRIGHT name=\"Bright Dental Group\" status=active",
    "delete note N-0001", "use ACME", "use -", "let days = 30", "today today + 14d",
    "try delete account ACME", "help where", "begin", "show \"Acme Roofing\"",
    "show policy P-0001", "set policy P-0001 form+=\"CG 20 26 04/13\" form-=X notes= fees=",
    "set cert CE-0001 policy+=P-0003,P-0004", "policies where line not in (GL, WC)",
    "delegations count by to, status", "policies sum premium by carrier, line as csv",
  ])
  func commandsSurvivePrintingAndParsing(text: String) throws {
    let registry = Registry.standard
    let first = try Parser.parse(text, registry: registry).commands
    let printed = first.map { Printer.print($0, registry: registry) }.joined(separator: "; ")
    let second = try Parser.parse(printed, registry: registry).commands
    #expect(second.map(RangeEraser.erase) == first.map(RangeEraser.erase), "\(printed)")
  }
}
