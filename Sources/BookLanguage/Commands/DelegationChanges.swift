import BookModel
import BookStore

/// What the delegation verbs share: reading a delegation, moving its status, writing the note
/// `done` leaves on its subject. The rules (lifecycle, done twice, due day) are BookModel's and
/// run in validation on every write; these only build the records.
enum DelegationChanges {
  /// The delegation an id names, decoded, or a "not found" error.
  static func delegation(_ id: String, in transaction: Transaction, at range: SourceRange)
    throws(LanguageError) -> (record: Record, value: Delegation)
  {
    let current = try ChangeCommands.existing(.delegation, id, in: transaction, at: range)
    do {
      return (current.record, try Delegation(current.record))
    } catch {
      throw .refused(.unreadableRecord(.delegation, id, reason: error.message), at: range)
    }
  }

  /// The person a word names (`me` is you), or a "not on the team" error with did-you-mean.
  static func person(_ node: ValueNode, in session: Session) throws(LanguageError) -> String {
    var id = try session.text(of: node)
    if id == "me" { id = session.context.user }
    guard session.view.record(.person, id) == nil else { return id }
    let ids = session.view.records(.person).compactMap { $0.value("id") }
    let closest = Suggestion.nearest(to: id, in: ids)
    throw .refused(.notOnTeam(id, closest: closest), at: node.range)
  }

  /// Moves one delegation to a status (`start`, `wait`, `reopen`): the lifecycle decides.
  static func move(
    _ invocation: Invocation, to status: DelegationStatus, verb: String
  ) throws(LanguageError) {
    guard let idNode = invocation.value("id") else { return }
    let session = invocation.session
    let id = try session.text(of: idNode)
    try session.change(invocation.command) { transaction throws(LanguageError) in
      var (record, _) = try delegation(id, in: transaction, at: idNode.range)
      record.set("status", status.rawValue)
      if status.isOpen {
        record.remove("closed")
        record.remove("outcome")
      }
      try storing { () throws(StoreError) in try transaction.update(.delegation, id, record) }
    }
    invocation.write("\(id) \(status.rawValue)\n")
  }

  /// A note about `about`, by you, now.
  static func note(about: String, text: String, in session: Session) -> Record {
    var record = Record()
    record.set("about", about)
    record.set("by", session.context.user)
    record.set("at", ValueInterpreter(session: session).now)
    record.set("text", text)
    return record
  }

  /// `cancel D-… reason="…"`: the delegation cancelled today, the reason in its notes. The
  /// `cancel` command calls it when the id is a delegation's.
  static func cancel(_ invocation: Invocation, id: String, at range: SourceRange)
    throws(LanguageError)
  {
    let session = invocation.session
    if let day = invocation.value("day") {
      throw .refused(.delegationCancelDay(id), at: day.range)
    }
    let reason = try invocation.requiredReason(
      verb: "cancel", what: "cancelling a delegation",
      example: "cancel \(id) reason=\"the insured sent it directly\"", at: range)
    try session.change(invocation.command) { transaction throws(LanguageError) in
      var (record, delegation) = try delegation(id, in: transaction, at: range)
      if let refusal = delegation.closingRefusal {
        throw .refused(.closed(.delegation, id, reason: refusal.message), at: range)
      }
      record.set("status", DelegationStatus.cancelled.rawValue)
      record.set("closed", session.context.today.iso)
      let old = delegation.notes.map { $0 + " " } ?? ""
      record.set("notes", old + "Cancelled: \(reason).")
      try storing { () throws(StoreError) in try transaction.update(.delegation, id, record) }
    }
    invocation.write("\(id) cancelled: \(reason)\n")
  }
}
