import BookLanguage
import BookModel

/// Small tables the output tests render.
enum SampleTables {
  static func money(_ text: String) -> Value {
    .money(Money(text)!)
  }

  static func day(_ text: String) -> Value {
    .day(Day(iso: text)!)
  }

  /// Text, money (one negative), a day, an int, a bool and empty cells.
  static let policies = ResultTable(
    columns: [
      .init("id"), .init("account"), .init("premium", .money), .init("expires", .day),
      .init("terms", .int), .init("wos", .bool), .init("note"),
    ],
    rows: [
      [
        .text("P-0001"), .text("ACME"), money("12500.00"), day("2027-01-15"), .int(3), .bool(true),
        .text("renewal apps by Friday"),
      ],
      [
        .text("P-0002"), .text("ACME"), money("-500.00"), day("2027-01-15"), .int(12), .bool(false),
        .empty,
      ],
      [
        .text("P-0044"), .text("Delta Plumbing"), money("1234567.89"), .empty, .empty, .bool(true),
        .text("WC"),
      ],
    ])

  /// Text that needs quoting or escaping in every format.
  static let awkward = ResultTable(
    columns: [.init("id"), .init("name"), .init("premium", .money), .init("rate", .decimal)],
    rows: [
      [
        .text("A-1"), .text("Acme, Roofing \"LLC\""), money("12500.00"),
        .decimal(ExactDecimal("2.50")!),
      ],
      [.text("A-2"), .text("line one\nline two\r\nthree"), money("-0.05"), .empty],
      [.text("A-3"), .text("Zürich 東京 🏢"), money("1234567.89"), .decimal(ExactDecimal("0.125")!)],
      [
        .text("A-4"), .text("tab\there | pipe <b>&amp;</b> back\\slash"), .empty,
        .decimal(ExactDecimal("-4")!),
      ],
      [.text("A-5"), .text(""), money("0.00"), .decimal(ExactDecimal("1850000")!)],
    ])
}
