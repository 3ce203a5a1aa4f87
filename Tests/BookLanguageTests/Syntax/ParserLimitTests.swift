import BookLanguage
import BookModel
import Testing

/// Inputs built to exhaust the stack or time: refused with a clear error, or handled in one
/// pass — never a crash.
@Suite struct ParserLimitTests {
  let registry = Registry.standard
  static let message =
    "the condition nests too deeply: more than 200 levels of and, or, not and parentheses"

  func refusal(_ text: String) -> ParseError? {
    do {
      _ = try Parser.parse(text, registry: registry)
      return nil
    } catch {
      return error
    }
  }

  /// A condition built to go too deep, by name (the arguments stay short in the test log).
  static func deep(_ shape: String) -> String {
    let start = "count policies where "
    switch shape {
    case "not": return start + String(repeating: "not ", count: 5_000) + "premium > 1"
    case "and":
      return start + Array(repeating: "premium > 1", count: 5_000).joined(separator: " and ")
    case "parentheses":
      return start + String(repeating: "(", count: 100_000) + "premium > 1"
        + String(repeating: ")", count: 100_000)
    default: return start + Array(repeating: "line = GL", count: 3_000).joined(separator: " or ")
    }
  }

  @Test(arguments: [("not", 822), ("and", 3_218), ("parentheses", 222), ("or", 2_619)])
  func aConditionTooDeepIsRefusedWhereItGoesTooDeep(shape: String, column: Int) throws {
    let error = try #require(refusal(Self.deep(shape)))
    #expect(error.message == Self.message)
    #expect(error.location == SourceLocation(line: 1, column: column))
    #expect(
      error.notes == [
        "For a long list of values write FIELD in (A, B, …); split a long query in two."
      ])
  }

  @Test func twoHundredLevelsAreAllowed() throws {
    let nots = "count policies where " + String(repeating: "not ", count: 199) + "premium > 1"
    #expect(refusal(nots) == nil)
    let chain =
      "count policies where "
      + Array(repeating: "premium > 1", count: 200).joined(separator: " and ")
    #expect(refusal(chain) == nil)
    let parens =
      "count policies where " + String(repeating: "(", count: 200) + "premium > 1"
      + String(repeating: ")", count: 200)
    #expect(refusal(parens) == nil)
  }

  @Test func aLineOfManyCommandsGivesEachItsOwnSource() throws {
    let text = String(repeating: "count policies; ", count: 20_000) + "count accounts"
    let commands = try Parser.parse(text, registry: registry).commands
    #expect(commands.count == 20_001)
    #expect(commands.dropLast().allSatisfy { $0.source == "count policies" })
    #expect(commands.last?.source == "count accounts")
    #expect(commands.last?.range.lowerBound == SourceLocation(line: 1, column: 320_001))
  }
}
