import BookLanguage
import Testing

@Suite struct CSVRendererTests {
  @Test func csvHoldsPlainRowsWithCRLFAndNoTotal() {
    let text = Renderer.render(SampleTables.policies, RenderOptions(format: .csv))
    #expect(
      text
        == [
          "id,account,premium,expires,terms,wos,note",
          "P-0001,ACME,12500.00,2027-01-15,3,yes,renewal apps by Friday",
          "P-0002,ACME,-500.00,2027-01-15,12,no,",
          "P-0044,Delta Plumbing,1234567.89,,,yes,WC",
        ].map { $0 + "\r\n" }.joined())
  }

  @Test func csvWithoutHeader() {
    let text = Renderer.render(SampleTables.policies, RenderOptions(format: .csv, header: false))
    #expect(text.hasPrefix("P-0001,ACME,12500.00,"))
    #expect(text.components(separatedBy: "\r\n").count == 4)
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("Acme, Roofing", "\"Acme, Roofing\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("line one\nline two", "\"line one\nline two\""),
    ("cr\r\nlf", "\"cr\r\nlf\""),
    ("Zürich 東京 🏢", "Zürich 東京 🏢"),
    ("tab\there", "tab\there"),
    ("", ""),
  ])
  func csvQuotesOnlyWhatNeedsIt(cell: String, field: String) {
    let table = ResultTable(columns: [.init("a"), .init("b")], rows: [[.text(cell), .int(1)]])
    #expect(
      Renderer.render(table, RenderOptions(format: .csv, header: false)) == "\(field),1\r\n")
  }

  @Test func csvQuotesHeaderNames() {
    let table = ResultTable(columns: [.init("name, full"), .init("x")])
    #expect(Renderer.render(table, RenderOptions(format: .csv)) == "\"name, full\",x\r\n")
  }

  @Test func csvIsUTF8WithoutBOM() {
    let text = Renderer.render(SampleTables.awkward, RenderOptions(format: .csv))
    #expect(Array(text.utf8.prefix(3)) == Array("id,".utf8))
    #expect(text.contains("A-3,Zürich 東京 🏢,1234567.89,0.125\r\n"))
  }

  @Test func tsvFlattensTabsAndLineBreaks() {
    let text = Renderer.render(SampleTables.awkward, RenderOptions(format: .tsv))
    #expect(
      text
        == [
          "id\tname\tpremium\trate",
          "A-1\tAcme, Roofing \"LLC\"\t12500.00\t2.50",
          "A-2\tline one line two  three\t-0.05\t",
          "A-3\tZürich 東京 🏢\t1234567.89\t0.125",
          "A-4\ttab here | pipe <b>&amp;</b> back\\slash\t\t-4",
          "A-5\t\t0.00\t1850000",
        ].map { $0 + "\n" }.joined())
  }

  @Test(arguments: [OutputFormat.csv, .tsv])
  func emptyTable(format: OutputFormat) {
    let table = ResultTable(columns: [.init("id"), .init("premium", .money)])
    let end = format == .csv ? "\r\n" : "\n"
    let separator = format == .csv ? "," : "\t"
    #expect(Renderer.render(table, RenderOptions(format: format)) == "id\(separator)premium\(end)")
    #expect(Renderer.render(table, RenderOptions(format: format, header: false)) == "")
  }

  @Test func countHasAHeaderUnlessTurnedOff() {
    #expect(Renderer.renderCount(12, RenderOptions(format: .csv)) == "count\r\n12\r\n")
    #expect(Renderer.renderCount(12, RenderOptions(format: .csv, header: false)) == "12\r\n")
    #expect(Renderer.renderCount(12, RenderOptions(format: .tsv)) == "count\n12\n")
  }

  @Test func recordIsAFieldValueTable() {
    let text = Renderer.renderRecord(
      title: "ignored",
      fields: [("id", .text("P-0001")), ("premium", SampleTables.money("12500"))],
      RenderOptions(format: .csv))
    #expect(text == "field,value\r\nid,P-0001\r\npremium,12500.00\r\n")
  }
}
