import BookModel
import BookStore

/// `reassign D-… to PERSON`, and `reassign where COND to PERSON` for a CA's vacation: only the
/// delegations still to do change; the shell asks first.
struct DelegationReassign {
  let invocation: Invocation

  init(_ invocation: Invocation) {
    self.invocation = invocation
  }

  func run() throws(LanguageError) {
    let session = invocation.session
    guard let personNode = invocation.value("person") else { return }
    let person = try DelegationChanges.person(personNode, in: session)
    if let idNode = invocation.value("id") {
      guard invocation.condition() == nil else {
        throw .refused(
          .idAndCondition(.reassign),
          at: idNode.range)
      }
      let id = try session.text(of: idNode)
      let from = try session.change(invocation.command) { transaction throws(LanguageError) in
        var (record, delegation) = try DelegationChanges.delegation(
          id, in: transaction, at: idNode.range)
        guard delegation.status.isOpen else {
          throw .refused(.notReassignable(id, status: delegation.status.rawValue), at: idNode.range)
        }
        record.set("to", person)
        try storing { () throws(StoreError) in try transaction.update(.delegation, id, record) }
        return delegation.to
      }
      invocation.write("\(id) → \(person) (was \(from))\n")
      return
    }
    guard let condition = invocation.condition() else {
      throw .refused(
        .needsIDOrCondition(.reassign),
        at: invocation.command.range)
    }
    let resolver = session.resolver()
    let evaluator = try ConditionEvaluator(
      condition, kind: .delegation, session: session, resolver: resolver)
    let matching = session.focused(
      session.view.records(.delegation), kind: .delegation, resolver
    ).filter(evaluator.matches)
    let open = matching.filter {
      $0.value("status").flatMap(DelegationStatus.init)?.isOpen ?? false
        && $0.value("to") != person
    }
    if open.count > 1, let confirm = session.confirm {
      guard confirm("reassign \(open.count) delegations to \(person)?") else {
        invocation.write("nothing changed\n")
        return
      }
    }
    try session.change(invocation.command) { transaction throws(LanguageError) in
      for found in open {
        guard let id = found.value("id") else { continue }
        var record = found.record
        record.set("to", person)
        try storing { () throws(StoreError) in try transaction.update(.delegation, id, record) }
      }
    }
    let noun = open.count == 1 ? "delegation" : "delegations"
    let skipped = matching.count - open.count
    invocation.write(
      "reassigned \(open.count) \(noun) to \(person)"
        + (skipped > 0 ? " (\(skipped) done, cancelled or already theirs left as they are)" : "")
        + "\n")
  }
}
