import BookModel
import BookStore

/// `done D-…`: the delegation closed today (with its outcome), a note on its subject, and for a
/// recurring one its next occurrence — one transaction.
struct DelegationDone {
  let invocation: Invocation

  init(_ invocation: Invocation) {
    self.invocation = invocation
  }

  func run() throws(LanguageError) {
    guard let idNode = invocation.value("id") else { return }
    let session = invocation.session
    let id = try session.text(of: idNode)
    var outcome: String?
    var noteText: String?
    for assignment in invocation.assignments() {
      switch assignment.field.path {
      case ["outcome"]: outcome = try session.text(of: assignment.value)
      case ["note"]: noteText = try session.text(of: assignment.value)
      default:
        throw .refused(.doneOptions(id), at: assignment.field.range)
      }
    }
    let today = session.context.today
    let (noteID, subject, next) = try session.change(
      invocation.command, assignments: invocation.assignments()
    ) { transaction throws(LanguageError) in
      var (record, delegation) = try DelegationChanges.delegation(
        id, in: transaction, at: idNode.range)
      if let refusal = delegation.closingRefusal {
        throw .refused(.closed(.delegation, id, reason: refusal.message), at: idNode.range)
      }
      record.set("status", DelegationStatus.done.rawValue)
      record.set("closed", today.iso)
      if let outcome, !outcome.isEmpty { record.set("outcome", outcome) }
      try storing { () throws(StoreError) in try transaction.update(.delegation, id, record) }
      let subject = delegation.about ?? id
      let ending = outcome.map { " (\($0))" } ?? ""
      let text =
        "\(id) done\(ending): \(delegation.task)" + (noteText.map { " — \($0)" } ?? "")
      let note = DelegationChanges.note(about: subject, text: text, in: session)
      let noteID = try storing { () throws(StoreError) in try transaction.add(.note, note) }
      var next: (id: String, due: Day)?
      if let occurrence = delegation.nextOccurrence(on: today) {
        var nextRecord = occurrence.record(updating: record)
        nextRecord.remove("id")
        let added = nextRecord
        let nextID = try storing { () throws(StoreError) in
          try transaction.add(.delegation, added)
        }
        next = (nextID, occurrence.due)
      }
      return (noteID, subject, next)
    }
    var lines =
      "\(id) done" + (outcome.map { " (\($0))" } ?? "") + "; note \(noteID) on \(subject)\n"
    if let next {
      lines += "next occurrence: \(next.id) due \(next.due.iso)\n"
      session.lastID = next.id
    }
    invocation.write(lines)
  }
}
