/// Policy changes reach certificates (DESIGN.md "Business rules"): when a policy is cancelled,
/// non-renewed, renewed or replaced, the live certificates that list it must be reissued. The
/// rule says which; the language's change path applies it in the same transaction, whichever
/// command changed the policy (`set`, `edit`, a script, the renewal verbs).
public enum CertificateReissue {
  /// The policy statuses that end what a certificate shows.
  public static let endingStatuses: Set<PolicyStatus> = [
    .cancelled, .nonrenewed, .renewed, .replaced,
  ]

  /// Whether a change to a policy reaches its certificates: it moved to cancelled, nonrenewed,
  /// renewed or replaced, or it was given a cancellation day. A new policy reaches none.
  public static func reaches(before: (some FieldReader)?, after: (some FieldReader)?) -> Bool {
    guard let before, let after else { return false }
    let status = { (record: any FieldReader) in
      record.value("status").flatMap(PolicyStatus.init(rawValue:))
    }
    if let new = status(after), endingStatuses.contains(new), status(before) != new {
      return true
    }
    return after.nonEmpty("cancelled") != nil
      && after.nonEmpty("cancelled") != before.nonEmpty("cancelled")
  }

  /// Whether a certificate must become `needs-reissue` because of changed policies: it is
  /// issued (one already awaiting reissue stays so) and lists one of them.
  public static func mustReissue(_ certificate: some FieldReader, policies: Set<String>) -> Bool {
    guard certificate.value("status") == CertificateStatus.issued.rawValue else { return false }
    return certificate.values("policy").contains(where: policies.contains)
  }
}
