import BookLanguage
import Testing

@Suite struct HTMLRendererTests {
  static let right = " style=\"text-align:right\""

  @Test func fragmentWithHeadBodyAndTotalFoot() {
    let table = ResultTable(
      columns: [.init("id"), .init("premium", .money), .init("paid", .bool)],
      rows: [
        [.text("P-0001"), SampleTables.money("12500"), .bool(true)],
        [.text("P-0002"), SampleTables.money("-500"), .empty],
      ])
    let r = Self.right
    #expect(
      Renderer.render(table, RenderOptions(format: .html)) == """
        <table>
          <thead>
            <tr><th>id</th><th\(r)>premium</th><th>paid</th></tr>
          </thead>
          <tbody>
            <tr><td>P-0001</td><td\(r)>12,500.00</td><td>yes</td></tr>
            <tr><td>P-0002</td><td\(r)>-500.00</td><td></td></tr>
          </tbody>
          <tfoot>
            <tr><td>total</td><td\(r)>12,000.00</td><td></td></tr>
          </tfoot>
        </table>

        """)
  }

  @Test func escapesCells() {
    let table = ResultTable(columns: [.init("a<b")], rows: [[.text("<b>\"Tom\" & Jerry</b>")]])
    #expect(
      Renderer.render(table, RenderOptions(format: .html, header: false)) == """
        <table>
          <tbody>
            <tr><td>&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;</td></tr>
          </tbody>
        </table>

        """)
    #expect(Renderer.render(table, RenderOptions(format: .html)).contains("<th>a&lt;b</th>"))
  }

  @Test func countAndRecord() {
    #expect(
      Renderer.renderCount(3, RenderOptions(format: .html)).contains("<td\(Self.right)>3</td>"))
    let record = Renderer.renderRecord(
      title: "A & B", fields: [("id", .text("ACME"))], RenderOptions(format: .html))
    #expect(record.contains("  <caption>A &amp; B</caption>\n"))
    #expect(record.contains("<tr><td>id</td><td>ACME</td></tr>"))
  }
}
