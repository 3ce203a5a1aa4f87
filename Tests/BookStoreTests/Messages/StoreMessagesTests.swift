import BookModel
import Testing

@testable import BookStore

/// The store's refusals render from their data (StoreMessages.swift): each case says what
/// was wrong and what to do, and ends the process with the status DESIGN.md gives it.
@Suite struct StoreMessagesTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var error: StoreError
    var message: String
    var notes: [String]
    var status: BookExitStatus
    var testDescription: String { message }
  }

  static let cases: [Case] = [
    Case(
      error: .refusal(.idTaken(.policy, "P-0001", lookable: true)),
      message: "policy P-0001 already exists: ids are unique",
      notes: ["Choose another id, or look at the one that has it: show P-0001"], status: .failed),
    Case(
      error: .refusal(.idTaken(.account, "ACME", lookable: false)),
      message: "account ACME already exists: ids are unique", notes: ["Choose another id."],
      status: .failed),
    Case(
      error: .refusal(.cannotDelete(.account, id: "ACME", referrers: ["policy P-0001 (account)"])),
      message: "account ACME cannot be deleted: 1 record refers to it",
      notes: [
        "  policy P-0001 (account)",
        "Delete or change what refers to it first (or rename it instead).",
      ], status: .failed),
    Case(
      error: .refusal(
        .cannotBecome(.account, key: "ACME", id: "ACME2", referrers: ["a", "b"])),
      message: "account ACME cannot become ACME2: 2 records refer to ACME",
      notes: [
        "  a", "  b", "Rename it instead, and the references follow: rename account ACME ACME2",
      ],
      status: .failed),
    Case(
      error: .refusal(.emptyTeam(user: "root", addYourself: "add person id=root")),
      message: "this book's team has no one yet, so its first change must add you (root) to it",
      notes: ["Add yourself with: add person id=root"], status: .failed),
    Case(
      error: .invalid(.notABook(root: "/tmp/x")),
      message: "/tmp/x is not a book: it has no agency.rec",
      notes: ["Make one with: book init /tmp/x"], status: .invalidBook),
    Case(
      error: .invalid(.bookHasProblems(count: 2)),
      message: "the book has 2 problems; nothing was written",
      notes: ["Fix the files (book check lists them all), then try again."],
      status: .invalidBook),
    Case(
      error: .lockTimeout(seconds: 2),
      message: "the book is locked by another writer; gave up after 2s",
      notes: ["Try again, or wait longer with --wait SECONDS."], status: .busy),
  ]

  @Test(arguments: cases) func eachCaseSaysWhatAndWhatToDo(_ item: Case) {
    let diagnostic = item.error.diagnostics.first
    #expect(item.error.diagnostics.count == 1)
    #expect(diagnostic?.message == item.message)
    #expect(diagnostic?.notes == item.notes)
    #expect(item.error.status == item.status)
  }

  @Test func aDescriptorProblemNamesTheLineAndShowsTheKindsOwn() {
    let diagnostic = DescriptorProblem.unsupported("%size").diagnostic(
      file: "policies.rec", path: "/b/policies.rec", line: 3, sourceLine: "%size: 3",
      spec: KindID.policy.spec)
    #expect(diagnostic.message == "%size in a descriptor is not supported by book")
    #expect(diagnostic.location == SourceLocation(line: 3, column: 1))
    #expect(diagnostic.notes.first == "Remove the line; book's descriptor for policies.rec is:")
    #expect(diagnostic.notes.last?.hasPrefix("%rec: Policy") == true)
  }

  @Test func mergeRefusalsSayWhetherTheMergeWasAbandonedOrIsUnfinished() {
    let abandoned = StoreProblem.mergeBreaksRules(count: 1, unfinished: false).diagnostic
    let unfinished = StoreProblem.mergeBreaksRules(count: 3, unfinished: true).diagnostic
    #expect(abandoned.message == "the merged book breaks a rule: nothing was merged or committed")
    #expect(unfinished.message == "the merged book breaks rules: the merge is not finished")
    #expect(unfinished.notes.first?.contains("git merge --abort") == true)
  }
}
