import BookModel
import BookStore

/// `stage POLICY STAGE`: sets a term's stored renewal stage. Stages go in order
/// (`RenewalStage.ordered`); moving one backwards asks first in the shell.
enum StageCommand {
  static let spec = CommandSpec(
    "stage", group: .changes, summary: "set a policy's renewal stage",
    grammar: [.word("policy", completes: .ids(.policy)), .word("stage")],
    usage: ["stage P-… " + RenewalStage.ordered.map(\.rawValue).joined(separator: "|")],
    examples: ["stage P-0044 info-requested", "stage P-0021 quoted"],
    details: [
      "The stages in order: " + RenewalStage.ordered.map(\.rawValue).joined(separator: ", ")
        + ". The stored stage wins over the derived one the X list shows; moving backwards asks first in the shell."
    ]
  ) { invocation throws(LanguageError) in
    guard let idNode = invocation.value("policy"), let stageNode = invocation.value("stage")
    else { return }
    let session = invocation.session
    let id = try session.text(of: idNode)
    let word = try session.text(of: stageNode)
    guard let stage = RenewalStage(rawValue: word.lowercased()) else {
      let names = RenewalStage.ordered.map(\.rawValue)
      throw .refused(
        .noStage(
          word, suggestion: Suggestion.closest(to: word.lowercased(), in: names), stages: names),
        at: stageNode.range)
    }
    let current = try ChangeCommands.existing(.policy, id, in: session.view, at: idNode.range)
    let was = session.resolver().renewalStage(current)
    if stage.rank < was.rank, let confirm = session.confirm {
      guard confirm("\(id) is at \(was.rawValue); move it back to \(stage.rawValue)?") else {
        invocation.write("nothing changed\n")
        return
      }
    }
    try session.change(invocation.command) { transaction throws(LanguageError) in
      let policy = try ChangeCommands.existing(.policy, id, in: transaction, at: idNode.range)
      var record = policy.record
      record.set("stage", stage.rawValue)
      try storing { () throws(StoreError) in try transaction.update(.policy, id, record) }
    }
    invocation.write("\(id) stage: \(was.rawValue) → \(stage.rawValue)\n")
  }
}
