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
    return delegations.count + subjectivities.count
  }

  private func aboutPolicyOrAccount(id: String, account: String) -> [RecordView] {
    (id.isEmpty ? [] : records(.delegation, where: "about", is: id))
      + (account.isEmpty ? [] : records(.delegation, where: "about", is: account))
  }
}
