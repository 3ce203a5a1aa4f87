import BookModel
import BookStore

/// A binder gives way to its policy: a step of the change path after a command's body, beside
/// `CertificateReach`. A binder the command linked to a policy (`set binder B-… policy=P-…`,
/// `edit`, a script) becomes `replaced`; a policy the command added (`renew … from Q-…`,
/// `add policy`) is linked to the issued binder of its account, line and carrier that starts
/// the same day, which becomes `replaced`.
enum BinderReplacement {
  /// Links and replaces the binders the running command reaches; returns a line for each.
  static func replace(_ transaction: inout Transaction) throws(LanguageError) -> [String] {
    var lines: [String] = []
    let issued = BinderStatus.issued.rawValue
    for (change, before) in transaction.commandEdits {
      switch change.kind {
      case .binder:
        guard let binder = transaction.record(.binder, change.id),
          let policy = binder.nonEmpty("policy"), binder.value("status") == issued,
          before?.nonEmpty("policy") != policy
        else { continue }
        var record = binder.record
        record.set("status", BinderStatus.replaced.rawValue)
        try storing { () throws(StoreError) in try transaction.update(.binder, change.id, record) }
        lines.append("\(change.id) replaced by \(policy)")
      case .policy where before == nil:
        guard let policy = transaction.record(.policy, change.id) else { continue }
        let open = transaction.records(.binder).first { binder in
          binder.value("status") == issued && binder.nonEmpty("policy") == nil
            && ["account", "line", "carrier"].allSatisfy { binder.value($0) == policy.value($0) }
            && binder.value("effective") == policy.value("effective")
        }
        guard let open, let id = open.nonEmpty("id") else { continue }
        var record = open.record
        record.set("policy", change.id)
        record.set("status", BinderStatus.replaced.rawValue)
        try storing { () throws(StoreError) in try transaction.update(.binder, id, record) }
        lines.append("\(id) replaced by \(change.id)")
      default:
        continue
      }
    }
    return lines
  }
}
