import BookLanguage
import BookModel
import Foundation
import Testing

/// Every help topic, kept as a golden file under `Golden/help/`; and every example that help
/// shows runs on the example book.
@Suite struct HelpGoldenTests {
  static var topics: [String] {
    Registry.standard.commands.map(\.name).filter { $0 != "query" } + [
      "queries", "kinds", "days", "formats", "keys",
    ]
      + Schema.kinds.filter { $0.kind != .change }.map(\.plural)
  }

  @Test(arguments: topics)
  func topic(name: String) throws {
    let actual = try GoldenTests.transcript("help \(name)")
    let path = GoldenTests.directory + "/help/\(name).txt"
    if GoldenTests.recording {
      try FileManager.default.createDirectory(
        atPath: GoldenTests.directory + "/help", withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
      return
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    #expect(
      actual == expected, "golden help/\(name).txt differs; re-record with BOOK_RECORD_GOLDEN=1")
  }

  /// The examples `help` shows for commands and kinds, each on a fresh example book.
  static var examples: [String] {
    var lines = Registry.standard.commands.flatMap(\.examples)
    for spec in Schema.kinds where spec.kind != .change {
      let text = (try? GoldenTests.transcript("help \(spec.plural)")) ?? ""
      let after = text.components(separatedBy: "Examples:\n").dropFirst().first ?? ""
      lines += after.split(separator: "\n").filter { $0.hasPrefix("  ") }.map {
        String($0.dropFirst(2))
      }
    }
    return lines
  }

  @Test func everyHelpExampleRuns() throws {
    let examples = Self.examples
    #expect(examples.count > 60)
    for example in examples {
      let book = try LanguageBook()
      let code = try book.run(example)
      // sweep tells cron what it found by exit 1, with nothing on stderr.
      let findings = example.hasPrefix("sweep") && code == 1 && book.output.err.isEmpty
      #expect(code == 0 || findings, "help example failed: \(example)\n\(book.output.err)")
    }
  }
}
