import BookLanguage
import BookModel
import Foundation
import Testing

/// `help` fits the terminal's width: long lines break at spaces and hang under the column
/// they were aligned in; without a terminal (the goldens) nothing is wrapped.
@Suite struct HelpWrappingTests {
  static func help(_ topic: String, width: Int?) throws -> String {
    let book = try LanguageBook()
    let session = try book.session(options: RenderOptions(width: width))
    #expect(session.run("help " + topic) == 0)
    return book.output.out
  }

  static var topics: [String] {
    HelpGoldenTests.topics + ["", "where"]
  }

  /// Every line fits, unless it is one word too wide for the room; and the words are those
  /// of the unwrapped text, in order.
  @Test(arguments: topics)
  func fitsSixtyColumns(topic: String) throws {
    let wrapped = try Self.help(topic, width: 60)
    let plain = try Self.help(topic, width: nil)
    for line in wrapped.split(separator: "\n") where line.count > 60 {
      #expect(!line.trimmingPrefix(while: { $0 == " " }).contains(" "), "too wide: \(line)")
    }
    #expect(
      wrapped.split(whereSeparator: \.isWhitespace) == plain.split(whereSeparator: \.isWhitespace))
  }

  @Test func aDetailParagraphAndAFieldRowWrapUnderTheirColumn() throws {
    let set = try Self.help("set", width: 50)
    #expect(
      set.contains(
        """
        With where, every matching record changes in one
        transaction and the count is reported.
        """))
    let policies = try Self.help("policies", width: 60)
    #expect(
      policies.contains(
        """
          status*        enum        quoted | bound | active |
                                     pending-cancel | cancelled |
        """))
  }

  @Test func noWidthNoWrapping() throws {
    let golden = try String(
      contentsOfFile: GoldenTests.directory + "/help/set.txt", encoding: .utf8)
    #expect("$ book -c 'help set'\n" + (try Self.help("set", width: nil)) + "[exit 0]\n" == golden)
  }
}
