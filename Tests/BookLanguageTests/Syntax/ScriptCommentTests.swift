import BookLanguage
import BookModel
import Testing

/// The parser sets comments and narration aside on the script, where a runner finds the ones
/// that go with each command.
@Suite struct ScriptCommentTests {
  static let text = """
    #: Find the audits that are late.
    count audits where overdue   # expect: 2
    # a note to the reader
    policies where line = GL; accounts
    # expect: done
    """

  @Test func commandsNeverSeeComments() throws {
    let script = try Parser.parse(Self.text, registry: .standard)
    #expect(
      script.commands.map(\.source) == [
        "count audits where overdue", "policies where line = GL", "accounts",
      ])
    #expect(
      script.comments.map { "\($0.line) \($0.isNarration ? "#:" : "#") \($0.text)" } == [
        "1 #: Find the audits that are late.", "2 # expect: 2", "3 # a note to the reader",
        "5 # expect: done",
      ])
  }

  @Test func eachCommandHasTheCommentsAfterAndBeforeIt() throws {
    let script = try Parser.parse(Self.text, registry: .standard)
    let texts = { (comments: [ScriptComment]) in comments.map(\.text) }
    #expect(
      texts(script.comments(before: script.commands[0])) == [
        "Find the audits that are late."
      ])
    #expect(
      texts(script.comments(after: script.commands[0])) == [
        "expect: 2", "a note to the reader",
      ])
    #expect(texts(script.comments(after: script.commands[1])) == [])
    #expect(texts(script.comments(after: script.commands[2])) == ["expect: done"])
    #expect(texts(script.comments(before: script.commands[2])) == [])
  }

  @Test func aCommentRangeCoversItsLine() throws {
    let script = try Parser.parse("accounts #: shown\n", registry: .standard)
    #expect(
      script.comments == [
        ScriptComment(
          isNarration: true, text: "shown",
          range: SourceLocation(line: 1, column: 10)..<SourceLocation(line: 1, column: 18))
      ])
  }
}
