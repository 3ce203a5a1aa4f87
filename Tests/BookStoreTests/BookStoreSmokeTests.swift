import BookModel
import BookStore
import Testing

@Suite struct RecPrinterTests {
  @Test func printsContinuationLinesAndRefusesTrailingBackslash() throws {
    let record = Record([Field("id", "N-0001"), Field("text", "one\n\n  two")])
    #expect(try RecPrinter.text(of: record) == "id: N-0001\ntext: one\n+\n+   two\n")
    #expect(throws: RecPrinter.Failure.trailingBackslash(field: "text")) {
      try RecPrinter.text(of: Record([Field("text", "C:\\")]))
    }
  }
}
