/// One thing the E&O sweep found: which record, what is wrong, and the next step.
public struct SweepFinding: Sendable, Equatable {
  /// The rule that found it (`SweepRule.name`).
  public var rule: String
  /// The record at fault (`CE-0007`).
  public var id: String
  /// The account the record belongs to, when it has one.
  public var account: String?
  /// A person the finding is directly about beyond the account's team (a delegation's `to`).
  public var person: String?
  /// What is wrong: "certificate for City of Folsom rests on P-0031 (GL), expired 2026-10-01".
  public var problem: String
  /// What to do next, as a command that works as printed where there is one.
  public var nextStep: String

  public init(
    rule: String, id: String, account: String?, person: String? = nil, problem: String,
    nextStep: String
  ) {
    self.rule = rule
    self.id = id
    self.account = account
    self.person = person
    self.problem = problem
    self.nextStep = nextStep
  }
}
