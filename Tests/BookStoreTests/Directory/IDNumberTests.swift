import BookStore
import Testing

@Suite struct IDNumberTests {
  @Test(arguments: [
    ("P-0042", 42), ("AU-0001", 1), ("P-10000", 10000), ("A-B-7", 7),
    ("X-12345678901234567", 12_345_678_901_234_567),
  ])
  func theNumberAfterTheLastDash(id: String, number: Int) {
    #expect(IDNumber.number(in: id) == number)
  }

  @Test(arguments: ["ACME", "P-", "P-00a1", "P-1-", "P-123456789012345678", "P-٣", "-"])
  func noNumber(id: String) {
    #expect(IDNumber.number(in: id) == nil)
  }
}
