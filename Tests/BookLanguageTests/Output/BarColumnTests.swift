import BookModel
import Testing

@testable import BookLanguage

/// Bars of ratios and shares: Unicode blocks scaled to the width, on a terminal only.
@Suite struct BarColumnTests {
  @Test(arguments: [
    (Int64(10), Int64(10), 4, "████"), (5, 10, 4, "██"), (1, 16, 2, "▏"), (3, 8, 1, "▍"),
    (0, 10, 4, ""), (20, 10, 4, "████"), (1, 1000, 4, "▏"),
  ])
  func barsAreScaledToTheWidthInEighths(value: Int64, largest: Int64, width: Int, bar: String) {
    #expect(BarColumn.bar(value, largest: largest, width: width) == bar)
  }

  static let terminal = RenderOptions(format: .table, width: 160)

  @Test(arguments: [
    ("lossrun ACME 5y", "loss ratio"),
    ("policies where status = active sum premium by carrier", "share"),
    ("workload", "to do"),
  ])
  func barsOnATerminalOnly(command: String, column: String) throws {
    let book = try LanguageBook()
    let session = try book.session(options: Self.terminal)
    #expect(session.run(command) == 0)
    let header = book.output.out.split(separator: "\n").first { $0.contains(column) }
    #expect(header != nil, "\(book.output.out)")
    #expect(book.output.out.contains("█"))
    for format in [OutputFormat.csv, .json, .tsv] {
      let other = try LanguageBook()
      let session = try other.session(options: RenderOptions(format: format, width: 160))
      #expect(session.run(command) == 0)
      let printed = other.output.out
      #expect(!printed.contains("█") && !printed.contains(column), "\(format): \(printed)")
    }
    let piped = try LanguageBook()
    #expect(try piped.run(command) == 0)
    #expect(!piped.output.out.contains("█"))
  }
}
