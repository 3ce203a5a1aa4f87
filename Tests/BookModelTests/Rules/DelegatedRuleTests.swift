import BookModel
import Testing

/// The `delegated` rule (`Delegation.isDelegated`): an open delegation about the record; for a
/// policy, an open renewal delegation about it or about its account naming its line.
@Suite struct DelegatedRuleTests {
  static let audit = record([("id", "AU-0004"), ("policy", "P-0019"), ("status", "requested")])
  static let policy = record([
    ("id", "P-0001"), ("account", "ACME"), ("line", "GL"), ("status", "active"),
  ])

  static func delegation(
    about: String, status: String = "open", action: String = "audit",
    task: String = "Follow up"
  ) -> Record {
    record([
      ("id", "D-0001"), ("about", about), ("task", task), ("action", action),
      ("status", status),
    ])
  }

  static func delegated(_ record: Record, _ kind: KindID, _ delegations: [Record]) -> Bool {
    Delegation.isDelegated(record, kind: kind, delegations: delegations)
  }

  @Test(arguments: ["open", "in-progress", "waiting"])
  func anOpenDelegationAboutTheRecordDelegatesIt(status: String) {
    #expect(Self.delegated(Self.audit, .audit, [Self.delegation(about: "AU-0004", status: status)]))
  }

  @Test(arguments: ["done", "cancelled"])
  func aClosedOneDoesNot(status: String) {
    #expect(
      !Self.delegated(Self.audit, .audit, [Self.delegation(about: "AU-0004", status: status)]))
  }

  @Test func noneOrOneAboutAnotherRecordDoesNot() {
    #expect(!Self.delegated(Self.audit, .audit, []))
    #expect(!Self.delegated(Self.audit, .audit, [Self.delegation(about: "AU-0005")]))
    // About the audit's account or policy: the audit itself is not in hand.
    #expect(!Self.delegated(Self.audit, .audit, [Self.delegation(about: "P-0019")]))
  }

  @Test func anyActionDelegatesARecordOtherThanAPolicy() {
    let account = record([("id", "ACME"), ("name", "Acme Roofing")])
    #expect(Self.delegated(account, .account, [Self.delegation(about: "ACME", action: "billing")]))
    #expect(Self.delegated(account, .account, [Self.delegation(about: "ACME", action: "")]))
  }

  @Test func aPolicyIsDelegatedByAnOpenRenewalDelegationAboutIt() {
    let renewal = Self.delegation(about: "P-0001", action: "renewal", task: "Send the application")
    #expect(Self.delegated(Self.policy, .policy, [renewal]))
    var done = renewal
    done.set("status", "done")
    #expect(!Self.delegated(Self.policy, .policy, [done]))
  }

  @Test func aPolicyIsNotDelegatedByATaskOtherThanItsRenewal() {
    let certificate = Self.delegation(about: "P-0001", action: "certificate")
    #expect(!Self.delegated(Self.policy, .policy, [certificate]))
  }

  @Test func aRenewalDelegationAboutTheAccountDelegatesThePolicyOfTheLineItNames() {
    let gl = Self.delegation(about: "ACME", action: "renewal", task: "Start GL renewal")
    let wc = Self.delegation(about: "ACME", action: "renewal", task: "Start WC renewal")
    let any = Self.delegation(about: "ACME", action: "renewal", task: "Start the renewals")
    #expect(Self.delegated(Self.policy, .policy, [gl]))
    #expect(!Self.delegated(Self.policy, .policy, [wc]))
    #expect(!Self.delegated(Self.policy, .policy, [any]))
    // Another account's renewal naming GL does not.
    let other = Self.delegation(about: "DELTA", action: "renewal", task: "Start GL renewal")
    #expect(!Self.delegated(Self.policy, .policy, [other]))
  }

  @Test func aRecordWithoutAnIdIsNotDelegated() {
    let blank = record([("status", "requested")])
    #expect(!Self.delegated(blank, .audit, [Self.delegation(about: "")]))
  }
}
