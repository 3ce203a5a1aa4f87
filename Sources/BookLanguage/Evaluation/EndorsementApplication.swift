import BookModel
import BookStore

/// Issued endorsements reach their policies: a step of the change path after a command's body,
/// beside `CertificateReach`. An endorsement the command made issued (`endorsement issue`,
/// `set endorsement … status=issued`, `edit`, a script, an import) is applied to its policy in
/// the same transaction (`Endorsement.applied(to:)`); the policy's fields show the state today
/// and the journal keeps the history. An issued endorsement without an `issued` day gets today.
enum EndorsementApplication {
  /// Applies the endorsements the running command issued; returns a line for each.
  static func apply(_ transaction: inout Transaction, today: Day) throws(LanguageError)
    -> [String]
  {
    var lines: [String] = []
    for (change, before) in transaction.commandEdits where change.kind == .endorsement {
      guard let after = transaction.record(.endorsement, change.id),
        Endorsement.becameIssued(before: before, after: after)
      else { continue }
      var record = after.record
      if record.nonEmpty("issued") == nil {
        record.set("issued", today.iso)
        try storing { () throws(StoreError) in
          try transaction.update(.endorsement, change.id, record)
        }
      }
      // A record that does not decode is refused by validation after this step.
      guard let endorsement = try? Endorsement(record),
        let policy = transaction.record(.policy, endorsement.policy)
      else { continue }
      let changed = endorsement.applied(to: policy.record)
      guard changed != policy.record else { continue }
      try storing { () throws(StoreError) in
        try transaction.update(.policy, endorsement.policy, changed)
      }
      lines.append(
        "\(endorsement.policy) endorsed by \(endorsement.id) from \(endorsement.effective.iso): "
          + describe(before: policy.record, after: changed))
    }
    return lines
  }

  /// What changed on the policy: `premium 15,650.00 → 16,100.00; ai blanket → scheduled;
  /// form + CG 20 26 04/13`.
  static func describe(before: Record, after: Record) -> String {
    var parts: [String] = []
    for field in ["premium", "ai", "wos", "pnc"] where before.value(field) != after.value(field) {
      let old = before.value(field).map { Money($0).map(\.description) ?? $0 } ?? "none"
      let new = after.value(field).map { Money($0).map(\.description) ?? $0 } ?? "none"
      parts.append("\(field) \(old) → \(new)")
    }
    for field in ["limit", "form"] {
      let old = before.values(field)
      let new = after.values(field)
      parts += new.filter { !old.contains($0) }.map { "\(field) + \($0)" }
      parts += old.filter { !new.contains($0) }.map { "\(field) − \($0)" }
    }
    return parts.joined(separator: "; ")
  }
}
