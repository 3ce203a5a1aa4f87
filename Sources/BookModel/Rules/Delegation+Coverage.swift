extension Delegation {
  /// Whether a record is delegated — someone has it in hand (the `delegated` field; what the
  /// saved scripts' "not yet delegated" reads): an open delegation (open, in progress or
  /// waiting) is about it. A policy is delegated by an open renewal delegation (action
  /// `renewal`) about it, or about its account naming its line in the task — the delegations
  /// its renewal stage reads. `delegations` are those about the record (and, for a policy,
  /// about its account); others are ignored.
  public static func isDelegated(
    _ record: some FieldReader, kind: KindID, delegations: [some FieldReader]
  ) -> Bool {
    let id = record.value("id") ?? ""
    guard !id.isEmpty else { return false }
    return delegations.contains { delegation in
      guard let status = delegation.value("status").flatMap(DelegationStatus.init(rawValue:)),
        status.isOpen
      else { return false }
      guard kind == .policy else { return delegation.value("about") == id }
      return delegation.value("action") == DelegationAction.renewal.rawValue
        && RenewalStage.isAbout(
          delegation, policy: id, account: record.value("account") ?? "",
          line: record.value("line") ?? "")
    }
  }
}
