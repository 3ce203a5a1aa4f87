import BookLanguage
import Testing

@Suite struct OutputFormatTests {
  @Test(arguments: [
    ("trav.csv", OutputFormat.csv), ("x.TSV", .tsv), ("a/b.json", .json), ("r.md", .md),
    ("r.markdown", .md), ("r.html", .html), ("r.htm", .html), ("r.txt", .table),
  ])
  func formatFromFileName(name: String, format: OutputFormat) {
    #expect(OutputFormat(fileName: name) == format)
  }

  @Test(arguments: ["noext", ".csv", "x.xlsx"])
  func unknownExtensions(name: String) {
    #expect(OutputFormat(fileName: name) == nil)
  }
}
