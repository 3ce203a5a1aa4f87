import BookTestSupport
import Foundation
import Testing

@Suite(.serialized) struct GitSyncTests {
  @Test func differentFieldsOfOneRecordBothSurvive() throws {
    let team = try GitTeam()
    try team.change(0, "set policy P-0001 premium=13000.00")
    try team.change(1, "set policy P-0001 billing=direct")
    try team.check(team.sync(0))
    try team.check(team.sync(1))
    try team.check(team.sync(0))
    for index in 0..<2 {
      let record = team.record(index, "policies.rec", "P-0001")
      #expect(record.contains("premium: 13000.00"))
      #expect(record.contains("billing: direct"))
    }
    #expect(team.text(0, "policies.rec") == team.text(1, "policies.rec"))
    try team.check(team.book(1, ["check"]))
    // log names the commit that synced each transaction.
    let commit = try team.git(
      ["log", "--format=%h", "--grep=book sync: 1 transaction by jkim"], in: team.clone(0)
    ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let log = try team.check(team.book(1, ["--format", "csv", "-c", "log P-0001"])).stdout
    #expect(log.hasPrefix("time,day,user,record,change,command,synced\r\n"))
    #expect(log.contains(",set policy P-0001 premium=13000.00,\(commit) "))
  }

  @Test func theSameFieldIsOneConflictListedResolvedAndSynced() throws {
    let team = try GitTeam()
    try team.change(0, "set policy P-0002 premium=1.00")
    try team.change(1, "set policy P-0002 premium=2.00")
    try team.check(team.sync(0))
    let stopped = try team.sync(1)
    #expect(stopped.status == 1)
    let listed = try team.check(team.book(1, ["conflicts"]))
    #expect(
      listed.stdout
        == "policies.rec P-0002 premium\n  base   36480.00\n  ours   2.00\n  theirs 1.00\n")
    // The book is read-only while the merge is unfinished.
    let refused = try team.book(1, ["-c", "set policy P-0003 premium=5.00"])
    #expect(refused.status == 4)
    #expect(refused.stderr.contains("the book is read-only: a sync's merge is unfinished"))
    let resolved = try team.check(team.book(1, ["resolve", "P-0002", "premium", "theirs"]))
    #expect(resolved.stdout == "P-0002 premium: 1.00\nno conflicts left: finish with: book sync\n")
    #expect(try team.book(1, ["conflicts"]).stdout == "no conflicts\n")
    try team.check(team.sync(1))
    try team.check(team.sync(0))
    #expect(team.record(0, "policies.rec", "P-0002").contains("premium: 1.00"))
    #expect(team.text(0, "policies.rec") == team.text(1, "policies.rec"))
    try team.check(team.book(1, ["-c", "set policy P-0003 premium=5.00"]))
  }

  @Test func bothAddAPolicyAndTheSecondToSyncIsRenumberedWithItsCertificate() throws {
    let team = try GitTeam()
    let add =
      "add policy account=ACME line=CRIME carrier=TRAV effective=2026-11-01 "
      + "expiration=2027-11-01 premium=900.00 status=active"
    try team.change(0, add)
    try team.change(1, add.replacingOccurrences(of: "900.00", with: "950.00"))
    let ours = try #require(
      team.text(1, "policies.rec").components(separatedBy: "\n\n").last?.split(separator: "\n")
        .first.map(String.init))
    let id = String(ours.dropFirst(4))
    try team.change(
      1, "cert issue ACME holder=\"City of Folsom\" policies=\(id)")
    try team.check(team.sync(0))
    let synced = try team.check(team.sync(1))
    let number = try #require(Int(id.dropFirst(2)))
    let next = "P-" + String(format: "%04d", number + 1)
    #expect(synced.stdout.contains("renumbered \(id) → \(next) (also added upstream)"))
    #expect(team.record(1, "policies.rec", id).contains("premium: 900.00"))
    #expect(team.record(1, "policies.rec", next).contains("premium: 950.00"))
    #expect(team.text(1, "certificates.rec").contains("policy: \(next)"))
    let log = try team.git(["log", "--format=%s"], in: team.clone(1)).stdout
    #expect(log.contains("book sync: \(id) → \(next) (also added upstream)"))
    try team.check(team.book(1, ["check"]))
    // Our journal follows: our unsynced changes name the new id, as if it had always had it.
    let history = try team.check(team.book(1, ["--format", "csv", "-c", "log \(next)"])).stdout
    #expect(history.contains(",policy \(next),added,add policy"))
    #expect(!team.text(1, "journal/mlopez.rec").contains("sync: "))
    try team.check(team.sync(0))
    #expect(team.text(0, "policies.rec") == team.text(1, "policies.rec"))
  }

  @Test func aFormAddedAndALimitChangedBothSurvive() throws {
    let team = try GitTeam()
    try team.change(0, "set policy P-0001 form+=\"CG 20 26 04/13\"")
    try team.change(
      1,
      "set policy P-0001 limit-=\"each-occurrence 1000000\"; set policy P-0001 limit+=\"each-occurrence 2000000\""
    )
    try team.check(team.sync(0))
    try team.check(team.sync(1))
    let record = team.record(1, "policies.rec", "P-0001")
    #expect(record.contains("form: CG 20 26 04/13"))
    #expect(record.contains("limit: each-occurrence 2000000"))
    #expect(!record.contains("limit: each-occurrence 1000000"))
  }

  @Test func aDeleteAgainstAnEditIsAConflict() throws {
    let team = try GitTeam()
    let id = "N-0001"
    try team.change(0, "delete note \(id)")
    try team.change(1, "set note \(id) text=\"Called again\"")
    try team.check(team.sync(0))
    #expect(try team.sync(1).status == 1)
    let listed = try team.book(1, ["conflicts"]).stdout
    #expect(listed.hasPrefix("notes.rec \(id) -\n"))
    try team.check(team.book(1, ["resolve", id, "-", "ours"]))
    try team.check(team.sync(1))
    #expect(team.record(1, "notes.rec", id).contains("text: Called again"))
  }

  @Test func aRuleBrokenOnlyByTheMergeIsReportedAndNothingCommitted() throws {
    let team = try GitTeam()
    try team.change(0, "add account id=NEWCO name=\"New Co\" manager=jkim status=active")
    try team.check(team.sync(0))
    try team.check(team.sync(1))
    try team.change(0, "delete account NEWCO")
    try team.change(1, "add note about=NEWCO text=\"Called them\"")
    try team.check(team.sync(0))
    let stopped = try team.sync(1)
    #expect(stopped.status == 1)
    #expect(stopped.stderr.contains("nothing was merged or committed"))
    // Our note is committed here; the upstream's deletion is not merged into it.
    #expect(try team.git(["log", "--merges", "--format=%H"], in: team.clone(1)).stdout == "")
    #expect(team.text(1, "accounts.rec").contains("id: NEWCO\n"))
    #expect(team.text(1, "notes.rec").contains("about: NEWCO"))
    #expect(!FileManager.default.fileExists(atPath: team.clone(1) + "/.git/MERGE_HEAD"))
  }

  @Test func plainGitMergeUsesTheDriverAndGivesTheSameFile() throws {
    let team = try GitTeam(clones: 3)
    // Two forms added at the same place: a line merge conflicts, the driver keeps both.
    try team.change(0, "set policy P-0001 form+=\"AA 00 01 01/26\"")
    try team.change(1, "set policy P-0001 form+=\"BB 00 02 01/26\"")
    try team.check(team.sync(0))
    try team.check(team.sync(1, ["--no-push"]))
    // The third clone makes the second person's change and merges with git alone.
    try team.change(2, "set policy P-0001 form+=\"BB 00 02 01/26\"")
    try team.git(["add", "-A"], in: team.clone(2))
    try team.git(["commit", "-q", "-m", "form"], in: team.clone(2))
    try team.git(["fetch", "-q"], in: team.clone(2))
    try team.git(["merge", "-q", "--no-edit", "origin/master"], in: team.clone(2))
    let record = team.record(2, "policies.rec", "P-0001")
    #expect(record.contains("form: AA 00 01 01/26"))
    #expect(record.contains("form: BB 00 02 01/26"))
    #expect(team.text(2, "policies.rec") == team.text(1, "policies.rec"))
  }
}

@Suite(.serialized) struct GitSyncFailureTests {
  @Test func theRemoteMovingDuringThePushExits4AndTheNextSyncSucceeds() throws {
    let team = try GitTeam(clones: 3)
    try team.change(0, "set policy P-0001 premium=13000.00")
    // Between our fetch and our push, the third person pushes (a pre-push hook, run once).
    let hook = team.clone(0) + "/.git/hooks/pre-push"
    let script = """
      #!/bin/sh
      rm -f "$0"
      cd '\(team.clone(2))' && env -u GIT_DIR -u GIT_WORK_TREE -u GIT_INDEX_FILE \
        git commit -q --allow-empty -m race && env -u GIT_DIR -u GIT_WORK_TREE \
        -u GIT_INDEX_FILE git push -q origin HEAD:master
      """
    try script.write(toFile: hook, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook)
    let raced = try team.sync(0)
    #expect(raced.status == 4, "\(raced.stderr)")
    #expect(raced.stderr.contains("the remote moved while syncing: nothing was lost"))
    try team.check(team.sync(0))
    try team.check(team.sync(1))
    #expect(team.record(1, "policies.rec", "P-0001").contains("premium: 13000.00"))
  }

  @Test func aFailingGitIsShownWithItsOwnMessage() throws {
    let team = try GitTeam(clones: 1)
    try team.git(
      ["remote", "set-url", "origin", team.scratch.path + "/nowhere.git"], in: team.clone(0))
    let failed = try team.sync(0)
    #expect(failed.status == 1)
    #expect(failed.stderr.hasPrefix("error: git fetch failed (exit 128)\n"))
    #expect(failed.stderr.contains("nowhere.git"))
  }
}

@Suite struct GitSyncSetupTests {
  @Test func aBookInsideAnotherRepositoryIsNotMadeOneOfItsOwn() throws {
    let team = try GitTeam(clones: 0)
    let inner = team.scratch.path + "/origin/inner"
    _ = try BookBinary.run(["init", inner, "--example"])
    let refused = try BookBinary.run(["sync", "--data", inner], environment: GitTeam.identity)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("book sync keeps a book at a repository's top level"))
    #expect(!FileManager.default.fileExists(atPath: inner + "/.git"))
  }
}

extension GitSyncSetupTests {
  @Test func syncOnABookNotInGitMakesTheRepositoryWithItsSetupAndAFirstCommit() throws {
    let scratch = TemporaryDirectory("book-first-sync")
    let path = scratch.path + "/demo"
    _ = try BookBinary.run(["init", path, "--example"])
    let first = try BookBinary.run(["sync", "--data", path], environment: GitTeam.identity)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(
      first.stdout
        == "made a git repository in \(path), with a first commit\n"
        + "no remote to sync with: committed here only (add one: git remote add origin URL)\n")
    #expect(scratch.text("demo/.gitignore")?.contains(".book/") == true)
    #expect(scratch.text("demo/.gitattributes") == "*.rec merge=book\njournal/*.rec merge=union\n")
    let team = try GitTeam(clones: 0)
    let driver = try team.git(["config", "merge.book.driver"], in: path).stdout
    #expect(driver.hasSuffix(" merge %O %A %B %P\n"))
    let log = try team.git(["log", "--format=%s"], in: path).stdout
    #expect(log == "book: the first commit of Sierra Ridge Insurance (demo)\n")
    #expect(try team.git(["status", "--porcelain"], in: path).stdout == "")
  }
}

extension GitSyncFailureTests {
  @Test func aDescriptorChangedDifferentlyOnBothSidesIsAConflictOfItsOwn() throws {
    let team = try GitTeam()
    for (index, word) in ["mixed", "split"].enumerated() {
      let path = team.clone(index) + "/policies.rec"
      let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
        of: "%key: id\n", with: "%key: id\n%doc: policies, \(word)\n")
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    try team.check(team.sync(0))
    #expect(try team.sync(1).status == 1)
    let listed = try team.book(1, ["conflicts"]).stdout
    #expect(listed.hasPrefix("policies.rec %rec -\n"))
    try team.check(team.book(1, ["resolve", "%rec", "-", "theirs"]))
    try team.check(team.sync(1))
    #expect(team.text(1, "policies.rec").contains("%doc: policies, mixed\n"))
    try team.check(team.sync(0))
    #expect(team.text(1, "policies.rec") == team.text(0, "policies.rec"))
  }

  @Test func aConflictResolvedWithAValueTakesIt() throws {
    let team = try GitTeam()
    try team.change(0, "set policy P-0002 premium=1.00")
    try team.change(1, "set policy P-0002 premium=2.00")
    try team.check(team.sync(0))
    #expect(try team.sync(1).status == 1)
    let wrong = try team.book(1, ["resolve", "P-0002", "billing", "ours"])
    #expect(wrong.status == 1)
    #expect(wrong.stderr.hasPrefix("error: no open conflict at P-0002 billing\n"))
    try team.check(team.book(1, ["resolve", "P-0002", "premium", "1.50"]))
    try team.check(team.sync(1))
    #expect(team.record(1, "policies.rec", "P-0002").contains("premium: 1.50"))
  }
}

extension GitSyncSetupTests {
  @Test func anInvalidBookIsNotCommittedOrSynced() throws {
    let team = try GitTeam(clones: 1)
    let path = team.clone(0) + "/policies.rec"
    let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
      of: "premium: 12500.00\n", with: "premium: lots\n")
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let refused = try team.sync(0)
    #expect(refused.status == 3)
    #expect(refused.stderr.contains("the book has problems: nothing was committed or synced"))
    #expect(
      try team.git(["status", "--porcelain"], in: team.clone(0)).stdout == " M policies.rec\n")
  }
}
