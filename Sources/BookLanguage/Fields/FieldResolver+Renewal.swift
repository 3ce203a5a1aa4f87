import BookModel
import BookStore

// The X list's derived policy fields, by BookModel's rule (`RenewalStage`), gathering the
// records it reads through the resolver's indexes (the X list of a large book stays linear).
extension FieldResolver {
  /// The renewal stage: stored, else derived from renewal terms, the account's quotes and the
  /// delegations about the policy or its account.
  func renewalStage(_ record: RecordView) -> RenewalStage {
    let id = record.nonEmpty("id") ?? ""
    let account = record.nonEmpty("account") ?? ""
    let terms = id.isEmpty ? [] : records(.policy, where: "prior", is: id)
    let quotes = account.isEmpty ? [] : records(.quote, where: "account", is: account)
    return RenewalStage.derive(
      record, renewalTerms: terms.count, quotes: quotes,
      delegations: aboutPolicyOrAccount(id: id, account: account))
  }

  /// Open delegations about the policy or its account, and the policy's open subjectivities.
  func openTasks(_ record: RecordView) -> Int {
    openTaskRecords(record).count
  }

  /// The open tasks `openTasks` counts: delegations first, then subjectivities.
  func openTaskRecords(_ record: RecordView) -> [(kind: KindID, record: RecordView)] {
    let id = record.nonEmpty("id") ?? ""
    let account = record.nonEmpty("account") ?? ""
    let delegations = aboutPolicyOrAccount(id: id, account: account).filter {
      $0.value("status").flatMap(DelegationStatus.init(rawValue:))?.isOpen ?? false
    }
    let subjectivities =
      id.isEmpty
      ? []
      : records(.subjectivity, where: "policy", is: id).filter {
        $0.value("status") == SubjectivityStatus.open.rawValue
      }
    return delegations.map { (KindID.delegation, $0) }
      + subjectivities.map { (KindID.subjectivity, $0) }
  }

  /// The newest note about the record or its account (by `at`, then id).
  func lastNote(_ record: RecordView, account: String) -> RecordView? {
    let id = record.nonEmpty("id") ?? ""
    let notes =
      (id.isEmpty ? [] : records(.note, where: "about", is: id))
      + (account.isEmpty || account == id ? [] : records(.note, where: "about", is: account))
    return notes.max {
      ($0.value("at") ?? "", $0.value("id") ?? "") < ($1.value("at") ?? "", $1.value("id") ?? "")
    }
  }

  private func aboutPolicyOrAccount(id: String, account: String) -> [RecordView] {
    (id.isEmpty ? [] : records(.delegation, where: "about", is: id))
      + (account.isEmpty ? [] : records(.delegation, where: "about", is: account))
  }
}
