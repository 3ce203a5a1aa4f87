import BookLanguage
import Testing

/// `not in` and `by` with several fields on the example book.
@Suite struct QueryShapeTests {
  static func output(_ command: String) throws -> String {
    let book = try LanguageBook()
    #expect(try book.run(command) == 0)
    #expect(book.output.err == "")
    return book.output.out
  }

  @Test(arguments: [
    ("count policies", "79\n"),
    ("count policies where line in (GL, WC)", "41\n"),
    ("count policies where line not in (GL, WC)", "38\n"),
    ("count policies where not line in (GL, WC)", "38\n"),
    ("count certificates", "11\n"),
    ("count certificates where policy in (P-0002, P-0076)", "3\n"),
    ("count certificates where policy not in (P-0002, P-0076)", "8\n"),
  ])
  func notIn(command: String, count: String) throws {
    #expect(try Self.output(command) == count)
  }

  @Test func byTwoFieldsGivesOneRowPerPairSorted() throws {
    let text = try Self.output("delegations where to = tnguyen count by to, status")
    #expect(
      text == """
        to       status       count
        -------  -----------  -----
        tnguyen  cancelled        1
        tnguyen  done             2
        tnguyen  in-progress      1
        tnguyen  open             5
        tnguyen  waiting          1

        """)
  }

  @Test func byTwoFieldsSumsEachPairAndTotals() throws {
    let text = try Self.output("policies where carrier = HART sum premium by carrier, line")
    #expect(
      text == """
        carrier  line  count  sum_premium
        -------  ----  -----  -----------
        HART     BOP       5    25,100.00
        HART     GL        3    13,750.00
        HART     PROP      1     8,900.00
        HART     WC        3   104,500.00
        -------  ----  -----  -----------
        total                  152,250.00

        """)
  }

  @Test func byTwoFieldsAsCSVHoldsRowsOnly() throws {
    let text = try Self.output("policies where carrier = HART count by line, status as csv")
    #expect(
      text == "line,status,count\r\nBOP,active,5\r\nGL,active,2\r\nGL,renewed,1\r\n"
        + "PROP,active,1\r\nWC,active,1\r\nWC,renewed,2\r\n")
  }
}
