import BookLanguage
import BookModel
import Testing

/// `=`, `+=`, `-=` and `field=` on the example book: the exact change message and what the
/// files hold after.
@Suite struct AssignmentTests {
  static let forms = ["CG 20 10 04/13", "CG 20 37 04/13", "CG 24 04 05/09"]

  @Test(
    arguments: [
      (
        "set policy P-0001 form+=\"CG 20 26 04/13\"",
        "policy P-0001: form: added CG 20 26 04/13\n", forms + ["CG 20 26 04/13"]
      ),
      (
        "set policy P-0001 form+=\"CG 20 26 04/13\" form+=\"CG 20 01 04/13\"",
        "policy P-0001: form: added CG 20 26 04/13, CG 20 01 04/13\n",
        forms + ["CG 20 26 04/13", "CG 20 01 04/13"]
      ),
      (
        "set policy P-0001 form-=\"CG 20 37 04/13\"",
        "policy P-0001: form: removed CG 20 37 04/13\n", ["CG 20 10 04/13", "CG 24 04 05/09"]
      ),
      (
        "set policy P-0001 form=\"CG 20 26 04/13\"",
        "policy P-0001: form: removed CG 20 10 04/13, CG 20 37 04/13, CG 24 04 05/09; added CG 20 26 04/13\n",
        ["CG 20 26 04/13"]
      ),
      (
        "set policy P-0001 form=\"CG 20 26 04/13\" form=\"CG 20 10 04/13\"",
        "policy P-0001: form: removed CG 20 37 04/13, CG 24 04 05/09; added CG 20 26 04/13\n",
        ["CG 20 26 04/13", "CG 20 10 04/13"]
      ),
      (
        "set policy P-0001 form=",
        "policy P-0001: form: removed CG 20 10 04/13, CG 20 37 04/13, CG 24 04 05/09\n", []
      ),
      (
        "set policy P-0001 form= notes=\"checked\"",
        "policy P-0001:\n  form: removed CG 20 10 04/13, CG 20 37 04/13, CG 24 04 05/09\n  notes: (empty) → checked\n",
        []
      ),
    ] as [(String, String, [String])])
  func formsOfAPolicy(command: String, message: String, after: [String]) throws {
    let book = try LanguageBook()
    #expect(try book.run(command) == 0)
    #expect(book.output.err == "")
    #expect(book.output.out == message)
    #expect(try book.values(.policy, "P-0001", "form") == after)
  }

  @Test func aCertificateListsOneMorePolicyAndOneFewer() throws {
    let book = try LanguageBook()
    // Issued today: an older one's policies change only by reissuing it (the guards).
    #expect(
      try book.run(
        "add certificate account=ACME holder=\"City of Sacramento\" policy=P-0001 issued=today status=issued"
      ) == 0)
    #expect(try book.run("set cert CE-0012 policy+=P-0002") == 0)
    #expect(try book.run("set certificate CE-0012 policy-=P-0002") == 0)
    #expect(
      book.output.out
        == "added certificate CE-0012\ncertificate CE-0012: policy: added P-0002\ncertificate CE-0012: policy: removed P-0002\n"
    )
    #expect(try book.values(.certificate, "CE-0012", "policy") == ["P-0001"])
  }

  /// A bulk replacement lists, record by record, the values it removed.
  @Test func aBulkReplacementListsWhatWent() throws {
    let book = try LanguageBook()
    #expect(try book.run("set policies form=\"CG 20 10 04/13\" where id in (P-0001, P-0002)") == 0)
    #expect(
      book.output.out == """
        set form="CG 20 10 04/13" on 2 policies
          policy P-0001: form: removed CG 20 37 04/13, CG 24 04 05/09
          policy P-0002: form: removed WC 04 03 06; added CG 20 10 04/13

        """)
    #expect(try book.values(.policy, "P-0002", "form") == ["CG 20 10 04/13"])
  }

  /// In a bulk set, records that already hold a value `+=` adds, or lack one `-=` removes,
  /// are already so.
  @Test func aBulkAddOrRemoveLeavesRecordsThatAreAlreadySo() throws {
    let book = try LanguageBook()
    #expect(
      try book.run("set policies form+=\"CG 20 37 04/13\" where id in (P-0001, P-0002)") == 0)
    #expect(
      try book.run("set policies form-=\"CG 20 37 04/13\" where id in (P-0001, P-0003)") == 0)
    #expect(
      book.output.out == """
        set form+="CG 20 37 04/13" on 1 policy (1 already so)
        set form-="CG 20 37 04/13" on 1 policy (1 already so)

        """)
    #expect(try book.values(.policy, "P-0001", "form") == ["CG 20 10 04/13", "CG 24 04 05/09"])
    #expect(try book.values(.policy, "P-0002", "form") == ["WC 04 03 06", "CG 20 37 04/13"])
  }

  /// A rule of the kind still guards `-=`: a certificate keeps the policies its waiver names.
  @Test func removingAPolicyTheWaiverNamesIsRefused() throws {
    let book = try LanguageBook()
    #expect(try book.run("set cert CE-0001 policy-=P-0002") == 1)
    #expect(
      book.output.err.hasPrefix(
        "error: certificate CE-0001: 'wos' names P-0002, which is not a policy of this record\n"))
    #expect(try book.values(.certificate, "CE-0001", "policy") == ["P-0001", "P-0002"])
  }

  @Test(
    arguments: [
      (
        "set policy P-0001 premium=13250",
        "policy P-0001: premium: 12,500.00 → 13,250.00\n"
      ),
      (
        "set policy P-0001 premium=13250 billing=direct fees=",
        "policy P-0001:\n  premium: 12,500.00 → 13,250.00\n  billing: agency → direct\n  fees: 150.00 → (empty)\n"
      ),
      ("set policy P-0001 premium=12500", "policy P-0001: unchanged\n"),
      ("set policy P-0001 notes=", "policy P-0001: unchanged\n"),
    ])
  func changeMessagesWriteMoneyAsTablesDo(command: String, message: String) throws {
    let book = try LanguageBook()
    #expect(try book.run(command) == 0)
    #expect(book.output.out == message)
  }

  @Test(
    arguments: [
      (
        "set policy P-0001 form+=\"CG 20 10 04/13\"",
        """
        1:25: error: form already holds 'CG 20 10 04/13'
          set policy P-0001 form+="CG 20 10 04/13"
                                  ^

        """
      ),
      (
        "set policy P-0001 form-=\"CG 20 10 04/14\"",
        """
        1:25: error: form holds no 'CG 20 10 04/14'
          set policy P-0001 form-="CG 20 10 04/14"
                                  ^
          Did you mean 'CG 20 10 04/13'?
          form holds: 'CG 20 10 04/13', 'CG 20 37 04/13', 'CG 24 04 05/09'

        """
      ),
      (
        "set quote Q-0005 form-=X",
        """
        1:24: error: form holds no 'X'
          set quote Q-0005 form-=X
                                 ^
          form is empty

        """
      ),
      (
        "set policy P-0001 premium+=1",
        """
        1:19: error: += adds a value to a field that repeats; premium holds one value
          set policy P-0001 premium+=1
                            ^
          Replace its value: premium=1
          Fields of policies that repeat: limit, form

        """
      ),
      (
        "set policy P-0001 status-=active",
        """
        1:19: error: -= removes a value from a field that repeats; status holds one value
          set policy P-0001 status-=active
                            ^
          Replace its value: status=active
          Fields of policies that repeat: limit, form

        """
      ),
      (
        "set delegation D-0001 from=",
        """
        1:28: error: delegation D-0001: missing mandatory field 'from'
          set delegation D-0001 from=
                                     ^
          set delegation D-0001 from=…

        """
      ),
      (
        "set policies premium= where id = P-0002",
        """
        1:22: error: policy P-0002: missing mandatory field 'premium'
          set policies premium= where id = P-0002
                               ^
          set policy P-0002 premium=…

        """
      ),
      (
        "add delegation to=mlopez task=\"Call the carrier\"",
        """
        error: delegation D-0031: missing mandatory field 'due'
          add delegation … due=…

        """
      ),
      (
        "add account id=NEW name=New",
        """
        error: account NEW: missing mandatory field 'status'
          add account … status=…

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
}
