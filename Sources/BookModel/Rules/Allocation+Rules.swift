extension Allocation {
  /// The allocation rules beyond the record's own fields: the location belongs to the policy's
  /// account (a share of one client's premium goes to that client's premises).
  public static func guardViolations(_ record: some FieldReader, in lookup: some RecordLookup)
    -> [Violation]
  {
    guard let policyID = record.nonEmpty("policy"), let locationID = record.nonEmpty("location"),
      let policy = lookup.record(.policy, policyID),
      let location = lookup.record(.location, locationID),
      let policyAccount = policy.nonEmpty("account"),
      let locationAccount = location.nonEmpty("account"), policyAccount != locationAccount
    else { return [] }
    return [
      Violation(
        .business, field: "location",
        "\(locationID) is a location of \(locationAccount), not of \(policyAccount) (the account of \(policyID))",
        hint: "list the locations of \(policyAccount): locations where account = \(policyAccount)")
    ]
  }
}
