import Testing

@testable import BookLanguage

@Suite struct ValueOrderTests {
  @Test func idsSortNaturally() {
    let ids = ["P-10000", "P-2000", "P-0002", "P-0010", "AU-0001"]
    #expect(
      ids.map(Value.text).sorted(by: ValueOrder.less)
        == [
          "AU-0001", "P-0002", "P-0010", "P-2000", "P-10000",
        ].map(Value.text))
  }

  @Test func leadingZerosStillMakeADifferentValue() {
    #expect(ValueOrder.compare(.text("P-0001"), .text("P-1")) != .orderedSame)
    #expect(ValueOrder.compare(.text("P-0001"), .text("P-0001")) == .orderedSame)
  }
}
