import BookLanguage
import Testing

@Suite struct JSONRendererTests {
  @Test func arrayOfObjectsOnePerLineWithoutTotal() {
    let text = Renderer.render(SampleTables.policies, RenderOptions(format: .json))
    #expect(
      text == """
        [
          {"id": "P-0001", "account": "ACME", "premium": 12500.00, "expires": "2027-01-15", \
        "terms": 3, "wos": true, "note": "renewal apps by Friday"},
          {"id": "P-0002", "account": "ACME", "premium": -500.00, "expires": "2027-01-15", \
        "terms": 12, "wos": false, "note": null},
          {"id": "P-0044", "account": "Delta Plumbing", "premium": 1234567.89, "expires": null, \
        "terms": null, "wos": true, "note": "WC"}
        ]

        """)
  }

  @Test func noHeaderDoesNotDropTheKeys() {
    #expect(
      Renderer.render(SampleTables.policies, RenderOptions(format: .json, header: false))
        == Renderer.render(SampleTables.policies, RenderOptions(format: .json)))
  }

  @Test(arguments: [
    ("plain", "\"plain\""),
    ("say \"hi\"", "\"say \\\"hi\\\"\""),
    ("back\\slash", "\"back\\\\slash\""),
    ("a\nb\r\tc\u{1}", "\"a\\u000ab\\u000d\\u0009c\\u0001\""),
    ("Zürich 東京 🏢", "\"Zürich 東京 🏢\""),
    ("sep\u{2028}", "\"sep\\u2028\""),
  ])
  func escapesStrings(text: String, json: String) {
    let table = ResultTable(columns: [.init("k")], rows: [[.text(text)]])
    #expect(
      Renderer.render(table, RenderOptions(format: .json)) == "[\n  {\"k\": \(json)}\n]\n")
  }

  @Test func decimalsAreNumbers() {
    let text = Renderer.render(SampleTables.awkward, RenderOptions(format: .json))
    #expect(text.contains("\"premium\": -0.05, \"rate\": null}"))
    #expect(text.contains("\"premium\": 0.00, \"rate\": 1850000}"))
    #expect(text.contains("\"rate\": 0.125}"))
  }

  @Test func emptyTableIsAnEmptyArray() {
    let table = ResultTable(columns: [.init("id")])
    #expect(Renderer.render(table, RenderOptions(format: .json)) == "[]\n")
  }

  @Test func countIsAnObject() {
    #expect(Renderer.renderCount(12, RenderOptions(format: .json)) == "{\"count\": 12}\n")
  }

  @Test func recordIsOneObject() {
    let text = Renderer.renderRecord(
      title: "ACME",
      fields: [
        ("id", .text("ACME")), ("premium", SampleTables.money("12500")), ("advocate", .empty),
      ], RenderOptions(format: .json))
    #expect(
      text == """
        {
          "id": "ACME",
          "premium": 12500.00,
          "advocate": null
        }

        """)
    #expect(Renderer.renderRecord(title: nil, fields: [], RenderOptions(format: .json)) == "{}\n")
  }
}
