import BookLanguage
import Testing

@Suite struct TableRendererTests {
  @Test func alignsColumnsAndTotalsMoney() {
    let text = Renderer.render(SampleTables.policies, RenderOptions())
    #expect(
      text == """
        id      account              premium  expires     terms  wos  note
        ------  --------------  ------------  ----------  -----  ---  ----------------------
        P-0001  ACME               12,500.00  2027-01-15      3  yes  renewal apps by Friday
        P-0002  ACME                 -500.00  2027-01-15     12  no
        P-0044  Delta Plumbing  1,234,567.89                     yes  WC
        ------  --------------  ------------  ----------  -----  ---  ----------------------
        total                   1,246,567.89

        """)
  }

  @Test func noHeaderKeepsRowsAndTotal() {
    let text = Renderer.render(SampleTables.policies, RenderOptions(header: false))
    #expect(
      text == """
        P-0001  ACME               12,500.00  2027-01-15   3  yes  renewal apps by Friday
        P-0002  ACME                 -500.00  2027-01-15  12  no
        P-0044  Delta Plumbing  1,234,567.89                  yes  WC
        ------  --------------  ------------  ----------  --  ---  ----------------------
        total                   1,246,567.89

        """)
  }

  @Test func noTotalWhenTotalsAreOff() {
    var table = SampleTables.policies
    table.totals = false
    let lines = Renderer.render(table, RenderOptions()).split(separator: "\n")
    #expect(lines.count == 5)
    #expect(!lines.contains { $0.hasPrefix("total") })
  }

  @Test func noTotalWithoutMoneyColumn() {
    let table = ResultTable(
      columns: [.init("id"), .init("terms", .int)], rows: [[.text("P-0001"), .int(3)]])
    #expect(
      Renderer.render(table, RenderOptions()) == "id      terms\n------  -----\nP-0001      3\n")
  }

  @Test func totalLabelGoesUnderTheFirstColumnThatIsNotMoney() {
    let table = ResultTable(
      columns: [.init("premium", .money), .init("carrier")],
      rows: [
        [SampleTables.money("100"), .text("TRAV")], [SampleTables.money("0.5"), .text("HART")],
      ])
    #expect(
      Renderer.render(table, RenderOptions()) == """
        premium  carrier
        -------  -------
         100.00  TRAV
           0.50  HART
        -------  -------
         100.50  total

        """)
  }

  @Test func emptyTableSaysNoRows() {
    let table = ResultTable(columns: [.init("id"), .init("premium", .money)])
    #expect(Renderer.render(table, RenderOptions()) == "id  premium\n--  -------\n(no rows)\n")
    #expect(Renderer.render(table, RenderOptions(header: false)) == "(no rows)\n")
  }

  @Test func lineBreaksAndControlsStayOnOneLine() {
    let table = ResultTable(
      columns: [.init("note")], rows: [[.text("one\ntwo\r\nthree\tfour\u{1B}[31m")]])
    #expect(
      Renderer.render(table, RenderOptions(header: false)) == "one↵two↵three four\u{FFFD}[31m\n")
  }

  @Test func countIsABareNumber() {
    #expect(Renderer.renderCount(12, RenderOptions()) == "12\n")
    #expect(Renderer.renderCount(0, RenderOptions(header: false)) == "0\n")
  }

  @Test func recordPadsFieldNamesUnderItsTitle() {
    let text = Renderer.renderRecord(
      title: "ACME — Acme Roofing LLC",
      fields: [
        ("id", .text("ACME")), ("premium", SampleTables.money("12500")),
        ("expires", SampleTables.day("2027-01-15")), ("advocate", .empty), ("wos", .bool(true)),
      ], RenderOptions())
    #expect(
      text == """
        ACME — Acme Roofing LLC
        id        ACME
        premium   12,500.00
        expires   2027-01-15
        advocate
        wos       yes

        """)
  }

  @Test func recordWithoutTitle() {
    let text = Renderer.renderRecord(
      title: nil, fields: [("id", .text("P-0001")), ("terms", .int(3))], RenderOptions())
    #expect(text == "id     P-0001\nterms  3\n")
  }

  @Test func recordCutsLongTextToTheTerminal() {
    let text = Renderer.renderRecord(
      title: nil,
      fields: [("note", .text(String(repeating: "x", count: 40))), ("n", .int(1_234_567_890))],
      RenderOptions(width: 20))
    #expect(text == "note  \(String(repeating: "x", count: 13))…\nn     1234567890\n")
  }
}
