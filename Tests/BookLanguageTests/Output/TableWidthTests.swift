import BookLanguage
import BookModel
import Testing

@Suite struct TableWidthTests {
  /// The display column where `part` starts in `line`.
  static func column(of part: String, in line: String) -> Int? {
    guard let range = line.firstRange(of: part) else { return nil }
    return DisplayWidth.of(line[..<range.lowerBound])
  }

  static let names = ["Zürich 東京 🏢", "Zu\u{308}rich", "Acme", "東京海上", "🏢🏢🏢"]

  @Test func wideAndCombiningCharactersAlign() throws {
    let table = ResultTable(
      columns: [.init("name"), .init("premium", .money), .init("city")],
      rows: Self.names.enumerated().map { index, name in
        [.text(name), SampleTables.money("\(index * 1000 + 1)"), .text(name + "!")]
      })
    let lines = Renderer.render(table, RenderOptions(width: 80)).split(separator: "\n")
      .map(String.init)
    #expect(lines.count == 2 + Self.names.count + 2)
    // Each data row: its premium ends, and its city starts, at the same column as the header's.
    let premiumEnd = try #require(Self.column(of: "premium", in: lines[0])) + 7
    let cityStart = try #require(Self.column(of: "city", in: lines[0]))
    // The widest name (14 columns), two spaces, and the total's 10,005.00.
    #expect(premiumEnd == 14 + 2 + 9)
    for (index, name) in Self.names.enumerated() {
      let line = lines[2 + index]
      let amount = Renderer.display(SampleTables.money("\(index * 1000 + 1)"))
      #expect(
        try #require(Self.column(of: amount, in: line)) + amount.count == premiumEnd, "\(line)")
      #expect(Self.column(of: name + "!", in: line) == cityStart, "\(line)")
    }
    #expect(DisplayWidth.of(lines[2]) == DisplayWidth.of(lines[1]))
    #expect(lines[2] == "Zürich 東京 🏢       1.00  Zürich 東京 🏢!")
  }

  @Test func longTextIsCutWithAnEllipsisToFitTheTerminal() {
    let note = "Called Jim about the renewal applications; he will send them by Friday"
    let table = ResultTable(
      columns: [.init("id"), .init("note"), .init("premium", .money)],
      rows: [
        [.text("P-0001"), .text(note), SampleTables.money("12500")],
        [.text("P-0002"), .text("short"), SampleTables.money("-500")],
      ])
    #expect(
      Renderer.render(table, RenderOptions(width: 40)) == """
        id      note                     premium
        ------  ---------------------  ---------
        P-0001  Called Jim about the…  12,500.00
        P-0002  short                    -500.00
        ------  ---------------------  ---------
        total                          12,000.00

        """)
  }

  @Test func cutsWideCharactersOnTheirBoundary() {
    let table = ResultTable(
      columns: [.init("note"), .init("premium", .money)],
      rows: [[.text(String(repeating: "東京", count: 8)), SampleTables.money("1")]], totals: false)
    let lines = Renderer.render(table, RenderOptions(width: 19)).split(separator: "\n")
    #expect(lines.map { DisplayWidth.of($0) }.allSatisfy { $0 <= 19 })
    #expect(lines[2] == "東京東京…      1.00")
  }

  @Test func neverCutsWithoutATerminal() {
    let long = String(repeating: "abcdefghij", count: 30)
    let table = ResultTable(
      columns: [.init("id"), .init("note"), .init("premium", .money)],
      rows: [[.text("P-0001"), .text(long), SampleTables.money("1")]])
    let text = Renderer.render(table, RenderOptions())
    #expect(text.contains("P-0001  \(long)     1.00\n"))
    #expect(text.split(separator: "\n").map { DisplayWidth.of($0) }.max() == 6 + 2 + 300 + 2 + 7)
    #expect(!text.contains("…"))
    #expect(Renderer.render(table, RenderOptions(width: 400)) == text)
  }

  @Test func neverCutsNumbersDaysOrHeaders() {
    let table = ResultTable(
      columns: [.init("identifier"), .init("description"), .init("premium", .money)],
      rows: [
        [
          .text("P-000000000001"), .text(String(repeating: "x", count: 30)),
          SampleTables.money("1234567.89"),
        ]
      ], totals: false)
    let text = Renderer.render(table, RenderOptions(width: 38))
    #expect(
      text == """
        identifier   description       premium
        -----------  -----------  ------------
        P-00000000…  xxxxxxxxxx…  1,234,567.89

        """)
  }

  @Test func tooWideTablesPrintOneFieldPerLine() {
    let table = ResultTable(
      columns: [
        .init("id"), .init("effective", .day), .init("expiration", .day),
        .init("premium", .money), .init("terms", .int), .init("wos", .bool), .init("note"),
      ],
      rows: [
        [
          .text("P-0001"), SampleTables.day("2026-01-15"), SampleTables.day("2027-01-15"),
          SampleTables.money("12500"), .int(3), .bool(true),
          .text("Called Jim about the renewal applications"),
        ],
        [
          .text("P-0002"), SampleTables.day("2026-01-15"), .empty, SampleTables.money("-500"),
          .empty, .bool(false), .empty,
        ],
      ])
    #expect(
      Renderer.render(table, RenderOptions(width: 40)) == """
        -[ RECORD 1 ]---------------------------
        id          P-0001
        effective   2026-01-15
        expiration  2027-01-15
        premium     12,500.00
        terms       3
        wos         yes
        note        Called Jim about the renewa…
        -[ RECORD 2 ]---------------------------
        id          P-0002
        effective   2026-01-15
        expiration
        premium     -500.00
        terms
        wos         no
        note
        -[ TOTAL ]------------------------------
        premium     12,000.00

        """)
  }
}
