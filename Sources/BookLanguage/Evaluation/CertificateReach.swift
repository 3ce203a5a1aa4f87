import BookModel
import BookStore

/// Policy changes reach certificates: the change path's step after a command's body. When the
/// body cancelled, non-renewed, renewed or replaced a policy (`CertificateReissue.reaches`),
/// its issued certificates become `needs-reissue` in the same transaction, and the command
/// lists them. `set`, `edit`, scripts and the renewal verbs all pass through it.
public enum CertificateReach {
  /// A certificate the step marked.
  public struct Marked: Sendable, Equatable {
    public var certificate: String
    public var holder: String
    /// The changed policies it lists.
    public var policies: [String]

    /// `CE-0001 for Granite Bay Builders Inc now needs reissue (P-0002 changed)`.
    public var line: String {
      "\(certificate) for \(holder) now needs reissue ("
        + policies.joined(separator: ", ") + " changed): cert reissue \(certificate)"
    }
  }

  /// Marks the certificates the policy changes of the command running now reach (each
  /// against the record before the command: `Transaction.commandEdits`, so a long script stays
  /// linear); returns them in the book's order.
  public static func mark(_ transaction: inout Transaction) throws(LanguageError) -> [Marked] {
    var reached: Set<String> = []
    for (change, before) in transaction.commandEdits where change.kind == .policy {
      if CertificateReissue.reaches(before: before, after: transaction.record(.policy, change.id)) {
        reached.insert(change.id)
      }
    }
    guard !reached.isEmpty else { return [] }
    var marked: [Marked] = []
    for certificate in transaction.records(.certificate)
    where CertificateReissue.mustReissue(certificate, policies: reached) {
      guard let id = certificate.nonEmpty("id") else { continue }
      var record = certificate.record
      record.set("status", CertificateStatus.needsReissue.rawValue)
      try storing { () throws(StoreError) in try transaction.update(.certificate, id, record) }
      marked.append(
        Marked(
          certificate: id, holder: certificate.value("holder") ?? "",
          policies: certificate.values("policy").filter(reached.contains)))
    }
    return marked
  }
}
