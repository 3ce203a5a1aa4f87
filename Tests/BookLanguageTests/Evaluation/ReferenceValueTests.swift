import BookLanguage
import Testing

/// An id that names no record is refused with the closest ids — in conditions (never a
/// silent "(no rows)") and in changes — exit 1, nothing written.
@Suite struct ReferenceValueTests {
  @Test(
    arguments: [
      (
        "policies where carrier = TRV",
        """
        1:26: error: no carrier TRV
          policies where carrier = TRV
                                   ^
          Did you mean TRAV?
          List them: carriers

        """
      ),
      (
        "accounts where manager = jkm",
        """
        1:26: error: no person jkm
          accounts where manager = jkm
                                   ^
          Did you mean jkim?
          List them: team

        """
      ),
      (
        "policies where carrier in (TRAV, HRT)",
        """
        1:34: error: no carrier HRT
          policies where carrier in (TRAV, HRT)
                                           ^
          Did you mean HART?
          List them: carriers

        """
      ),
      (
        "count policies where carrier not in (TRAVX)",
        """
        1:38: error: no carrier TRAVX
          count policies where carrier not in (TRAVX)
                                               ^
          Did you mean TRAV?
          List them: carriers

        """
      ),
      (
        "policies where prior = P-9999",
        """
        1:24: error: no policy P-9999
          policies where prior = P-9999
                                 ^
          List them: policies

        """
      ),
      (
        "notes where about = ACEM",
        """
        1:21: error: no record has the id ACEM
          notes where about = ACEM
                              ^
          Did you mean ACME?

        """
      ),
      (
        "add policy account=ACEM line=GL carrier=TRAV effective=2026-01-15 expiration=2027-01-15 premium=1000 status=active",
        """
        1:20: error: no account ACEM
          add policy account=ACEM line=GL carrier=TRAV effective=2026-01-15 expiration=2027-01-15 premium=1000 status=active
                             ^
          Did you mean ACME?
          List them: accounts

        """
      ),
      (
        "set policy P-0001 carrier=TRV",
        """
        1:27: error: no carrier TRV
          set policy P-0001 carrier=TRV
                                    ^
          Did you mean TRAV?
          List them: carriers

        """
      ),
      (
        "set cert CE-0001 policy+=P-0O01",
        """
        1:26: error: no policy P-0O01
          set cert CE-0001 policy+=P-0O01
                                   ^
          Did you mean P-0001?
          List them: policies

        """
      ),
      (
        "set policy P-0O01 premium=1",
        """
        1:12: error: no policy P-0O01
          set policy P-0O01 premium=1
                     ^
          Did you mean P-0001?
          List them: policies

        """
      ),
      (
        "delete delegation D-0310",
        """
        1:19: error: no delegation D-0310
          delete delegation D-0310
                            ^
          Did you mean D-0010?
          List them: delegations

        """
      ),
      (
        "add note about=ACEM text=x",
        """
        1:16: error: no record has the id ACEM
          add note about=ACEM text=x
                         ^
          Did you mean ACME?

        """
      ),
      (
        "add delegation to=mlopz task=x due=+1d",
        """
        1:19: error: no person mlopz
          add delegation to=mlopz task=x due=+1d
                            ^
          Did you mean mlopez?
          List them: team

        """
      ),
    ])
  func refused(command: String, error: String) throws {
    let book = try LanguageBook()
    let before = book.dataFiles()
    #expect(try book.run(command) == 1)
    #expect(book.output.err == error)
    #expect(book.output.out == "")
    #expect(book.dataFiles() == before, "files changed")
  }

  @Test(arguments: [
    "policies where carrier = TRAV limit 1", "accounts where manager = me limit 1",
    "notes where about = ACME limit 1", "policies where carrier = \"\"",
    "begin; add account id=NEW name=New status=active; add policy account=NEW line=GL carrier=TRAV effective=2026-01-15 expiration=2027-01-15 premium=1 status=active; commit",
  ])
  func idsThatNameARecordPass(command: String) throws {
    let book = try LanguageBook()
    #expect(try book.run(command) == 0)
    #expect(book.output.err == "")
  }
}
