import BookModel
import Testing

@Suite struct ExactDecimalTests {
  @Test(arguments: [
    ("4.12", "4.12", "4.12"),
    ("2.50", "2.50", "2.50"),
    ("0.30", "0.30", "0.30"),
    ("850000", "850000", "850,000"),
    ("1,800,000", "1800000", "1,800,000"),
    ("-0.5", "-0.5", "-0.5"),
    ("0.000001", "0.000001", "0.000001"),
  ])
  func parsesAndKeepsItsPlaces(text: String, plain: String, people: String) throws {
    let value = try ExactDecimal(parsing: text)
    #expect(value.description == plain)
    #expect(value.formatted == people)
  }

  @Test(arguments: ["1,2,3", "$5", "", "1.2.3", "x", "1.0000000000001"])
  func rejects(text: String) {
    #expect(ExactDecimal(text) == nil)
  }

  @Test func equalityIsNumeric() throws {
    let a = try ExactDecimal(parsing: "2.50")
    let b = try ExactDecimal(parsing: "2.5")
    #expect(a == b)
    #expect(Set([a, b]).count == 1)
    #expect(a.normalized.description == "2.5")
    #expect(try ExactDecimal(parsing: "0.9") < ExactDecimal(parsing: "0.91"))
  }

  @Test func arithmeticIsExact() throws {
    let rate = try ExactDecimal(parsing: "0.1")
    let other = try ExactDecimal(parsing: "0.2")
    #expect((rate + other).description == "0.3")
    #expect((rate - other).description == "-0.1")
    #expect((rate * other).description == "0.02")
    #expect(ExactDecimal(2).divided(by: ExactDecimal(3), places: 4)?.description == "0.6667")
    #expect(ExactDecimal(1).divided(by: .zero, places: 2) == nil)
    #expect(try ExactDecimal(parsing: "2.345").rounded(places: 2).description == "2.35")
    #expect(try ExactDecimal(parsing: "-2.345").rounded(places: 2).description == "-2.35")
  }
}
