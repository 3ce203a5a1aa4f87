import BookLanguage
import BookModel
import Testing

@Suite struct RendererValueTests {
  @Test(arguments: [
    (Value.empty, "", ""),
    (.text("Zürich"), "Zürich", "Zürich"),
    (SampleTables.money("12500"), "12,500.00", "12500.00"),
    (SampleTables.money("-1234567.5"), "-1,234,567.50", "-1234567.50"),
    (.decimal(ExactDecimal("1800000")!), "1,800,000", "1800000"),
    (.decimal(ExactDecimal("2.50")!), "2.50", "2.50"),
    (.int(12345), "12345", "12345"),
    (SampleTables.day("2026-11-23"), "2026-11-23", "2026-11-23"),
    (.bool(true), "yes", "yes"),
    (.bool(false), "no", "no"),
  ])
  func displayAndPlain(value: Value, display: String, plain: String) {
    #expect(Renderer.display(value) == display)
    #expect(Renderer.plain(value) == plain)
  }
}
