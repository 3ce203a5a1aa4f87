/// Every kind of record the book holds, one file each (the journal: one file per person).
public enum KindID: String, CaseIterable, Sendable, Hashable, Comparable {
  case agency, person, carrier, contact, account, location, policy, subjectivity, allocation
  case audit, exposure, certificate, delegation, claim, quote, endorsement, requirement
  case binder, invoice, note, macro, change

  public static func < (lhs: KindID, rhs: KindID) -> Bool {
    let order = KindID.allCases
    return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
  }

  /// The schema of this kind.
  public var spec: KindSpec { Schema.spec(self) }
}
