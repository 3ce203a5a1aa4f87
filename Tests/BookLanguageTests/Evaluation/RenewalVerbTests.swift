import BookLanguage
import BookModel
import Foundation
import Testing

/// `renew`, `cancel`, `nonrenew`, `reinstate` on the example book: what they copy and change,
/// the certificates they reach in the same transaction, and their refusals from the wrong
/// states (which `set` meets too, through the lifecycle rule).
@Suite struct RenewalVerbTests {
  @Test func renewingACMEsGLCopiesItsTermAndReachesCE0001InOneTransaction() throws {
    let book = try LanguageBook()
    let before = book.dataFiles()
    #expect(try book.run("renew P-0001 premium=14100") == 0, "\(book.output.err)")
    #expect(
      book.output.out == """
        P-0001 renewed by P-0080: GL TRAV, 2027-01-15 to 2028-01-15, premium 14,100.00 (was 12,500.00); 2 limits, 3 forms
        P-0001: renewed, stage bound
        CE-0001 for Granite Bay Builders Inc now needs reissue (P-0001 changed): cert reissue CE-0001

        """)
    let session = try book.session()
    let view = session.view
    let old = try #require(view.record(.policy, "P-0001"))
    let new = try #require(view.record(.policy, "P-0080"))
    #expect(new.values("form") == old.values("form"))
    #expect(new.values("form").count == 3)
    #expect(new.values("limit") == old.values("limit"))
    for field in ["account", "line", "carrier", "number", "billing", "ai", "wos", "pnc"] {
      #expect(new.value(field) == old.value(field), "\(field)")
    }
    #expect(new.value("prior") == "P-0001")
    #expect(new.value("status") == "bound")
    #expect(new.value("premium") == "14100.00")
    #expect(old.value("status") == "renewed")
    #expect(old.value("stage") == "bound")
    #expect(view.record(.certificate, "CE-0001")?.value("status") == "needs-reissue")

    #expect(try book.run("undo") == 0, "\(book.output.err)")
    #expect(book.output.out.hasSuffix("undid: renew P-0001 premium=14100 (3 records)\n"))
    #expect(book.dataFiles() == before)
  }

  @Test func aFeb29TermRenewsToFeb28() throws {
    let book = try LanguageBook()
    let add =
      "add policy account=ACME line=UMB carrier=TRAV effective=2028-02-29 expiration=2029-02-28 premium=4800 status=active"
    #expect(try book.run(add + "; renew $last") == 0, "\(book.output.err)")
    #expect(book.output.out.contains("2029-02-28 to 2030-02-28"))
    #expect(try book.values(.policy, "P-0081", "expiration") == ["2030-02-28"])
  }

  @Test func aGivenEffectiveDayMovesTheExpirationWithIt() throws {
    let book = try LanguageBook()
    #expect(try book.run("renew P-0002 effective=2027-02-01") == 0, "\(book.output.err)")
    #expect(try book.values(.policy, "P-0080", "expiration") == ["2028-02-01"])
  }

  @Test func renewFromASelectedQuoteTakesItsCarrierPremiumAndForms() throws {
    let book = try LanguageBook()
    // P-0053 (AUTO, PROG 10,400) and Q-0003 (AUTO, PROG 11,100, combined-single 1,000,000).
    let run = "quote select Q-0003; renew P-0053 from Q-0003"
    #expect(try book.run(run) == 0, "\(book.output.err)")
    #expect(
      book.output.out.hasSuffix(
        "P-0053 renewed by P-0080: AUTO PROG, 2026-12-01 to 2027-12-01, premium 11,100.00 (was 10,400.00), from Q-0003; 1 limit, 0 forms\nP-0053: renewed, stage bound\n"
      ))
    #expect(try book.values(.policy, "P-0080", "premium") == ["11100.00"])
    #expect(try book.values(.policy, "P-0080", "limit") == ["combined-single 1000000"])
    #expect(try book.values(.policy, "P-0080", "prior") == ["P-0053"])
  }

  @Test func renewFromAQuoteNotSelectedIsRefused() throws {
    let book = try LanguageBook()
    #expect(try book.run("renew P-0053 from Q-0003") == 1)
    #expect(
      book.output.err == """
        error: Q-0003 is received: a renewal is taken from the selected quote
          Select it first: quote select Q-0003

        """)
  }

  @Test(arguments: [
    (
      "set policy P-0002 status=cancelled cancelled=2026-11-01", "renew P-0002",
      "error: P-0002 is cancelled: a cancelled policy is not renewed\n  Reinstate it first: reinstate P-0002\n"
    ),
    (
      "nonrenew P-0002 reason=\"moving\"", "renew P-0002",
      "error: P-0002 is nonrenewed: it is non-renewed\n  See: show P-0002\n"
    ),
    (
      "renew P-0002", "renew P-0002",
      "error: P-0002 is already renewed: its renewal term is P-0080\n  See: show P-0080\n"
    ),
    (
      "cancel P-0002 reason=\"sold\"", "cancel P-0002 reason=\"again\"",
      "error: P-0002 is cancelled: it is already cancelled\n  See: show P-0002\n"
    ),
    (
      "cancel P-0002 reason=\"sold\"", "nonrenew P-0002 reason=\"x\"",
      "error: P-0002 is cancelled: nonrenew applies to an active, bound or expired term\n  Reinstate it first: reinstate P-0002\n"
    ),
    (
      "show P-0002", "reinstate P-0002",
      "error: P-0002 is active: only a cancelled policy or one pending cancellation is reinstated\n  See: show P-0002\n"
    ),
    (
      "nonrenew P-0002 reason=\"moving\"", "set policy P-0002 status=renewed",
      "1:26: error: policy P-0002: a nonrenewed policy cannot become renewed\n  set policy P-0002 status=renewed\n                           ^\n  a nonrenewed policy is final\n"
    ),
    (
      "cancel P-0002 reason=\"sold\"", "set policy P-0002 status=renewed",
      "1:26: error: policy P-0002: a cancelled policy cannot become renewed\n  set policy P-0002 status=renewed\n                           ^\n  from cancelled it can become active\n"
    ),
  ])
  func refusedFromTheWrongState(setup: String, command: String, error: String) throws {
    let book = try LanguageBook()
    #expect(try book.run(setup) == 0, "\(book.output.err)")
    let before = book.dataFiles()
    #expect(try book.run(command) == 1)
    #expect(book.output.err == error)
    #expect(book.dataFiles() == before)
  }

  @Test func aFutureCancelIsPendingAndLeavesTheXList() throws {
    let book = try LanguageBook()
    #expect(try book.run("xlist 60d where account = ACME fields id") == 0)
    #expect(book.output.out.contains("P-0002"))
    let cancel = "cancel P-0002 on 2026-12-31 reason=\"sold the business\""
    #expect(try book.run(cancel) == 0, "\(book.output.err)")
    #expect(
      book.output.out.hasSuffix(
        """
        P-0002 pending cancellation on 2026-12-31: sold the business
        CE-0001 for Granite Bay Builders Inc now needs reissue (P-0002 changed): cert reissue CE-0001

        """))
    #expect(try book.values(.policy, "P-0002", "status") == ["pending-cancel"])
    #expect(try book.values(.policy, "P-0002", "cancel_reason") == ["sold the business"])
    let session = try book.session()
    #expect(session.run("xlist 60d where account = ACME fields id") == 0)
    #expect(book.output.out.hasSuffix("cert reissue CE-0001\nid\n------\nP-0001\nP-0007\n"))
  }

  @Test func aCancelTodayOrInThePastIsCancelledAndReinstateUndoesIt() throws {
    let book = try LanguageBook()
    #expect(try book.run("cancel P-0007 on 2026-11-20 reason=\"non-payment\"") == 0)
    #expect(try book.values(.policy, "P-0007", "status") == ["cancelled"])
    #expect(try book.run("reinstate P-0007") == 0, "\(book.output.err)")
    #expect(book.output.out.hasSuffix("P-0007 reinstated: active\n"))
    #expect(try book.values(.policy, "P-0007", "status") == ["active"])
    #expect(try book.values(.policy, "P-0007", "cancelled") == [])
  }

  @Test func cancelTakesAPolicyOrADelegation() throws {
    let book = try LanguageBook()
    #expect(try book.run("cancel CE-0001 reason=\"x\"") == 1)
    #expect(
      book.output.err == """
        1:8: error: cancel takes a policy (cancel P-… on DAY reason="…") or a delegation (cancel D-… reason="…"), not CE-0001
          cancel CE-0001 reason="x"
                 ^
          For example: cancel P-0002 on 2026-12-31 reason="sold the business"

        """)
  }
}

/// `stage POLICY STAGE`: the stored stage, shown by the X list; backwards asks in the shell.
@Suite struct StageCommandTests {
  @Test func theStoredStageShowsInTheXList() throws {
    let book = try LanguageBook()
    #expect(try book.run("stage P-0044 submitted") == 0, "\(book.output.err)")
    #expect(book.output.out == "P-0044 stage: not-started → submitted\n")
    #expect(try book.values(.policy, "P-0044", "stage") == ["submitted"])
    #expect(try book.run("xlist where id = P-0044 fields id, renewal_stage, late_start") == 0)
    #expect(book.output.out.hasSuffix("P-0044  submitted      no\n"))
  }

  @Test func movingBackwardsAsksFirst() throws {
    let book = try LanguageBook()
    let session = try book.session()
    let questions = book.answer(false, in: session)
    #expect(session.run("stage P-0021 info-requested") == 0)
    #expect(questions.asked == ["P-0021 is at submitted; move it back to info-requested?"])
    #expect(book.output.out == "nothing changed\n")
    #expect(try book.values(.policy, "P-0021", "stage") == ["submitted"])
  }

  @Test func anUnknownStageIsRefusedWithTheStages() throws {
    let book = try LanguageBook()
    #expect(try book.run("stage P-0044 qouted") == 2)
    #expect(
      book.output.err == """
        1:14: error: no renewal stage 'qouted'
          stage P-0044 qouted
                       ^
          Did you mean quoted?
          The stages, in order: not-started, info-requested, submitted, quoted, proposed, bound

        """)
  }
}

/// The X list on the example book through BookModel's public rules, as the E&O sweep reads
/// them, and written into a file like any query.
@Suite struct XListRuleTests {
  @Test func lateStartsOnTheExampleBook() throws {
    let book = try LanguageBook()
    let session = try book.session()
    let found = RenewalStage.lateStarts(in: session.view, on: session.context.today)
    #expect(found.map { $0.policy.value("id") } == ["P-0044"])
    #expect(found.map(\.daysLeft) == [22])
  }

  @Test func xlistIntoAFile() throws {
    let book = try LanguageBook()
    #expect(try book.run("xlist 30 into x.csv") == 0, "\(book.output.err)")
    #expect(book.output.out == "wrote 6 rows to x.csv (csv)\n")
    let text = try String(contentsOfFile: book.home + "/x.csv", encoding: .utf8)
    #expect(
      text.hasPrefix(
        "expiration,days,account,id,number,line,carrier,billing,premium,cm,ca,stage,tasks,late\r\n"
      ))
  }

  @Test func aWindowThatIsNotOne() throws {
    let book = try LanguageBook()
    #expect(try book.run("xlist soon") == 2)
    #expect(
      book.output.err == """
        1:7: error: xlist takes a window like 60d, 8w or 3m, not 'soon'
          xlist soon
                ^
          For example: xlist 60d
          Conditions come after where: xlist 120d where line = GL

        """)
  }
}

/// The policy lifecycle over a script: each command moves one step; the transaction as a whole
/// may have gone through several.
@Suite struct PolicyLifecycleScriptTests {
  @Test func aScriptMayTakeSeveralSteps() throws {
    let book = try LanguageBook()
    // P-0052 is bound: bound → active → renewed, in one transaction.
    let script = "set policy P-0052 status=active\nrenew P-0052"
    #expect(try book.run(script, unit: .script) == 0, "\(book.output.err)")
    #expect(try book.values(.policy, "P-0052", "status") == ["renewed"])
  }

  @Test func eachCommandStillMovesOneStep() throws {
    let book = try LanguageBook()
    #expect(try book.run("set policy P-0052 status=renewed", unit: .script) == 1)
    #expect(
      book.output.err.contains(
        "policy P-0052: a bound policy cannot become renewed"))
    #expect(try book.values(.policy, "P-0052", "status") == ["bound"])
  }
}
