import BookLanguage
import Testing

/// Bad commands on the example book: the exact first line of the error, the exit code, and
/// no file changed.
@Suite struct CommandErrorTests {
  @Test(
    arguments: [
      ("policies where premum > 1", 1, "1:16: error: policies have no field 'premum'"),
      ("policies where status = actve", 1, "1:25: error: 'actve' is not a value of status"),
      (
        "policies where premium > abc", 1,
        "1:26: error: 'abc' is not an amount of money for premium"
      ),
      ("policies where due < today", 1, "1:16: error: policies have no field 'due'"),
      (
        "audits where due < today - 2x", 1,
        "1:20: error: 'today - 2x' is not a day: 'x' is not a unit: use d, w, m or y (14d, 2w, 1m, 1y)"
      ),
      (
        "policies where premium within 90d", 1,
        "1:16: error: within needs a date field; premium is money"
      ),
      (
        "policies where line", 1,
        "1:16: error: line is not a yes/no field, so it needs a comparison"
      ),
      ("policies sum status", 1, "1:14: error: sum needs a number or money field; status is text"),
      (
        "policies by line", 2,
        "1:13: error: 'by' groups an aggregate: add count, sum, avg, min or max"
      ),
      ("policies into x.pdf", 2, "1:15: error: cannot tell the format of 'x.pdf' from its name"),
      ("set policy P-9999 premium=1", 1, "1:12: error: no policy P-9999"),
      (
        "set policy P-0001 premium=-5", 1,
        "1:27: error: policy P-0001: premium must not be negative: -5.00"
      ),
      (
        "set policy P-0001 in_force=yes", 1,
        "1:19: error: in_force is derived from other fields of policies; it cannot be set"
      ),
      ("set policy P-0001 colour=red", 1, "1:19: error: policies have no field 'colour'"),
      (
        "add account id=\u{410}CME name=X status=active", 1,
        "1:16: error: account \u{410}CME: '\u{410}CME' is not a valid id: '\u{410}' (U+0410) is not an ASCII letter or digit"
      ),
      (
        "rename account ACME \u{410}CME", 1,
        "error: account \u{410}CME: '\u{410}CME' is not a valid id: '\u{410}' (U+0410) is not an ASCII letter or digit"
      ),
      (
        "set account ACME notes=\"a\rb\"", 1,
        "1:24: error: account ACME: the value holds a carriage return (CR, U+000D)"
      ),
      (
        "set policy P-0001 premium=92233720368547758.07", 1,
        "1:27: error: '92233720368547758.07' is too large for premium: amounts are limited to ±9,999,999,999.99"
      ),
      (
        "set policy P-0001 premium=10000000000", 1,
        "1:27: error: '10000000000' is too large for premium: amounts are limited to ±9,999,999,999.99"
      ),
      (
        "policies where premium > $92,233,720,368,547,758.07", 1,
        "1:26: error: '$92,233,720,368,547,758.07' is too large for premium: amounts are limited to ±9,999,999,999.99"
      ),
      (
        "set exposure EX-0001 estimated=100000000000000 rate=1000 per=1", 1,
        "1:32: error: exposure EX-0001: the premium of this exposure (estimated ÷ per × rate) is beyond 9,999,999,999.99"
      ),
      ("set policy P-0001", 2, "1:1: error: set needs at least one FIELD=VALUE"),
      (
        "set policy P-0001 premium=1 where line = GL", 2,
        "1:12: error: set takes an id or a where condition, not both"
      ),
      (
        "add account name=\"No Id\" status=active", 1,
        "error: a new account needs an id: give one, like id=ACME"
      ),
      (
        "add account id=ACME name=Again status=active", 1,
        "error: account ACME already exists: ids are unique"
      ),
      ("delete carrier TRAV", 1, "error: carrier TRAV cannot be deleted: 24 records refer to it"),
      ("rename account ACME DELTA", 1, "error: account DELTA already exists: ids are unique"),
      ("use NOPE", 1, "1:5: error: no account NOPE"),
      ("audits where due < today + $days", 1, "1:20: error: no variable $days"),
      ("commit", 1, "1:1: error: no transaction is open"),
      ("redo", 1, "1:1: error: nothing to redo"),
      ("help nothing", 1, "1:6: error: no help on 'nothing'"),
    ] as [(String, Int32, String)])
  func refused(command: String, code: Int32, message: String) throws {
    let book = try LanguageBook()
    let before = book.dataFiles()
    #expect(try book.run(command) == code)
    #expect(book.output.err.split(separator: "\n").first.map(String.init) == message)
    #expect(book.output.out.isEmpty)
    #expect(book.dataFiles() == before, "files changed")
  }
}

@Suite struct CancellationTests {
  @Test func ctrlCStopsAQueryWhileItScans() throws {
    let book = try LanguageBook()
    let session = try book.session()
    #expect(session.run("count notes where text ~ call") == 0)
    session.isCancelled = { true }
    #expect(session.run("count notes where text ~ call") == 1)
    #expect(book.output.err.hasPrefix("error: cancelled (Ctrl-C); nothing was changed"))
  }
}
