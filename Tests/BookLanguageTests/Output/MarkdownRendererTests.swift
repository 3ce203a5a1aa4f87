import BookLanguage
import Testing

@Suite struct MarkdownRendererTests {
  @Test func githubTableWithRightAlignedNumbersAndTotal() {
    let text = Renderer.render(SampleTables.policies, RenderOptions(format: .md))
    #expect(
      text == """
        | id | account | premium | expires | terms | wos | note |
        |---|---|--:|---|--:|---|---|
        | P-0001 | ACME | 12,500.00 | 2027-01-15 | 3 | yes | renewal apps by Friday |
        | P-0002 | ACME | -500.00 | 2027-01-15 | 12 | no | |
        | P-0044 | Delta Plumbing | 1,234,567.89 | | | yes | WC |
        | total | | 1,246,567.89 | | | | |

        """)
  }

  @Test func headerStaysWithNoHeader() {
    #expect(
      Renderer.render(SampleTables.policies, RenderOptions(format: .md, header: false))
        == Renderer.render(SampleTables.policies, RenderOptions(format: .md)))
  }

  @Test func escapesPipesAndLineBreaks() {
    let table = ResultTable(
      columns: [.init("note")], rows: [[.text("a | b\nc")]], totals: false)
    #expect(
      Renderer.render(table, RenderOptions(format: .md)) == "| note |\n|---|\n| a \\| b<br>c |\n")
  }

  @Test func countAndRecord() {
    #expect(Renderer.renderCount(12, RenderOptions(format: .md)) == "| count |\n|--:|\n| 12 |\n")
    let record = Renderer.renderRecord(
      title: "ACME", fields: [("premium", SampleTables.money("12500"))], RenderOptions(format: .md))
    #expect(record == "**ACME**\n\n| field | value |\n|---|---|\n| premium | 12,500.00 |\n")
  }
}
