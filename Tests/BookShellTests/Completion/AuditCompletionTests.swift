import BookLanguage
import BookModel
import BookShell
import Testing

/// Each audit verb completes the ids of the audits it may be used on (the example book holds
/// one or two audits in each state), as its grammar declares.
@Suite struct AuditCompletionTests {
  @Test(arguments: [
    ("audit request AU-", ["AU-0002"]),
    ("audit start AU-", ["AU-0003", "AU-0004"]),
    ("audit receive AU-", ["AU-0005"]),
    ("audit complete AU-", ["AU-0001", "AU-0002", "AU-0003", "AU-0004", "AU-0005"]),
    ("audit accept AU-", ["AU-0006", "AU-0014"]),
    ("audit bill AU-", ["AU-0007"]),
    ("audit close AU-", ["AU-0008", "AU-0013"]),
    ("audit dispute AU-", ["AU-0006", "AU-0007", "AU-0008", "AU-0013"]),
    ("audit revise AU-", ["AU-0009"]),
    ("audit waive AU-", ["AU-0002", "AU-0003", "AU-0004", "AU-0005"]),
    ("audit noncompliant AU-", ["AU-0003", "AU-0004"]),
    ("audit exposure AU-000", ["AU-0001", "AU-0002", "AU-0003", "AU-0004", "AU-0005"]),
    ("audit show AU-001", ["AU-0010", "AU-0011", "AU-0012", "AU-0013", "AU-0014"]),
  ])
  func verbsCompleteTheAuditsTheyAccept(line: String, expected: [String]) throws {
    let book = try CompletionBook()
    let completion = book.completer().complete(line: line, cursor: line.unicodeScalars.count)
    #expect(completion.candidates.sorted() == expected)
  }

  @Test func theVerbsDeclareTheirStates() {
    let accept = Shell.registry.command(named: "audit accept")?.grammar.first?.completes
    #expect(accept == .idsWithStatus(.audit, ["reviewed", "revised"]))
  }
}
