extension Certificate {
  /// The listed policies not in force on a day (or unknown: `term` answers nil), in the order
  /// listed — what makes a certificate lapsed, and what the certificate guards refuse.
  public static func policiesNotInForce(
    _ policies: [String], on day: Day, term: (String) -> PolicyTerm?
  ) -> [String] {
    policies.filter { id in !id.isEmpty && !(term(id)?.isInForce(on: day) ?? false) }
  }

  /// Lapsed: issued, and a listed policy is not in force on the day (or does not exist).
  /// A certificate that is void, replaced or awaiting reissue is not lapsed.
  public static func isLapsed(
    status: CertificateStatus?, policies: [String], on day: Day, term: (String) -> PolicyTerm?
  ) -> Bool {
    guard status == .issued else { return false }
    return !policiesNotInForce(policies, on: day, term: term).isEmpty
  }

  /// Lapsed on a day; `term` gives the term of a policy by id (nil when there is none).
  public func isLapsed(on day: Day, term: (String) -> PolicyTerm?) -> Bool {
    Certificate.isLapsed(status: status, policies: policies, on: day, term: term)
  }
}
