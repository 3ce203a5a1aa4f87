import BookLanguage
import Testing

/// An unknown first word: the words later issues make commands are reported as unknown
/// commands with help as the hint; other words get a did-you-mean only from commands and
/// kinds that exist, and only when close enough to be a typo.
@Suite struct UnknownCommandTests {
  @Test(
    arguments: [
      ("walk", "walk")
    ])
  func plannedCommand(command: String, word: String) throws {
    let book = try LanguageBook()
    #expect(try book.run(command) == 2)
    let caret = "  ^"
    #expect(
      book.output.err
        == "1:1: error: unknown command '\(word)'\n  \(command)\n\(caret)\n  The commands there are: help\n"
    )
  }

  @Test(
    arguments: [
      ("dlete note N-0001", "Did you mean 'delete'?"),
      ("polices limit 1", "Did you mean 'policies'?"),
      ("undoo", "Did you mean 'undo'?"),
      ("dxq", nil),
      ("xyzzy", nil),
    ] as [(String, String?)])
  func typo(command: String, suggestion: String?) throws {
    let book = try LanguageBook()
    #expect(try book.run(command) == 2)
    let word = command.split(separator: " ")[0]
    let notes = (suggestion.map { ["  " + $0] } ?? []) + ["  Commands and kinds: help"]
    #expect(
      book.output.err
        == (["1:1: error: unknown command or kind '\(word)'", "  \(command)", "  ^"] + notes)
        .joined(separator: "\n") + "\n")
  }

  @Test(
    arguments: [
      ("help walk", nil),
      ("help polcies", "Did you mean: help policies?"),
    ] as [(String, String?)])
  func helpOnAnUnknownTopic(command: String, suggestion: String?) throws {
    let book = try LanguageBook()
    #expect(try book.run(command) == 1)
    let topic = command.dropFirst(5)
    let notes =
      (suggestion.map { ["  " + $0] } ?? []) + [
        "  help lists the commands; help kinds lists the kinds."
      ]
    #expect(
      book.output.err
        == (["1:6: error: no help on '\(topic)'", "  \(command)", "       ^"] + notes)
        .joined(separator: "\n") + "\n")
  }

  /// A kind that will also be a command still lists its records.
  @Test(arguments: ["audit limit 1", "note", "cert where status = issued limit 1", "macros"])
  func kindWordsStillQuery(command: String) throws {
    let book = try LanguageBook()
    #expect(try book.run(command) == 0)
    #expect(book.output.err == "")
  }
}
