/// The renewal stage of a term and the X list's rules (DESIGN.md "Domain notes": X list). The
/// stage is the stored `stage` when set; else it is derived from what the book holds: `bound`
/// when a renewal term exists (a policy whose `prior` is this one); `proposed` when a quote of
/// the account for the line is selected, `quoted` when one is received, `submitted` when one is
/// requested; from the renewal delegations (action `renewal`) about the policy, or about its
/// account naming its line: `submitted` when one is done and speaks of a submission or of
/// marketing, `info-requested` for any other open or done one; else `not-started`. The furthest
/// stage found wins.
extension RenewalStage {
  /// The stages in order, from not started to bound.
  public static let ordered: [RenewalStage] = [
    .notStarted, .infoRequested, .submitted, .quoted, .proposed, .bound,
  ]

  /// The stage's place in the order (0 for not started).
  public var rank: Int { Self.ordered.firstIndex(of: self) ?? 0 }

  /// Days before expiration inside which a renewal not started is marked (and swept).
  public static let lateStartDays = 30

  /// The policy statuses whose term no longer awaits renewal: renewed, replaced, non-renewed,
  /// cancelled or pending cancellation.
  public static let settledStatuses: Set<PolicyStatus> = [
    .renewed, .replaced, .nonrenewed, .cancelled, .pendingCancel,
  ]

  /// The stage from the records gathered for the policy: its renewal terms, the account's
  /// quotes and the delegations about the policy or its account (others are ignored here).
  public static func derive(
    _ policy: some FieldReader, renewalTerms: Int, quotes: [some FieldReader],
    delegations: [some FieldReader]
  ) -> RenewalStage {
    if let stored = policy.nonEmpty("stage").flatMap(RenewalStage.init(rawValue:)) {
      return stored
    }
    if renewalTerms > 0 { return .bound }
    var stage = RenewalStage.notStarted
    let line = policy.value("line") ?? ""
    let account = policy.value("account") ?? ""
    let start = policy.nonEmpty("effective").flatMap { Day(iso: $0) }
    for quote in quotes
    where quote.value("line") == line && quote.value("account") == account
      && isForRenewal(quote, after: start)
    {
      let found: RenewalStage
      switch quote.value("status").flatMap(QuoteStatus.init(rawValue:)) {
      case .selected?: found = .proposed
      case .received?: found = .quoted
      case .requested?, .declined?: found = .submitted
      case nil: continue
      }
      if found.rank > stage.rank { stage = found }
    }
    let id = policy.value("id") ?? ""
    for delegation in delegations
    where delegation.value("action") == DelegationAction.renewal.rawValue
      && isAbout(delegation, policy: id, account: account, line: line)
    {
      let status = delegation.value("status").flatMap(DelegationStatus.init(rawValue:))
      guard let status, status != .cancelled else { continue }
      let task = (delegation.value("task") ?? "").lowercased()
      let sent = task.contains("submi") || task.contains("market")
      let found: RenewalStage = status == .done && sent ? .submitted : .infoRequested
      if found.rank > stage.rank { stage = found }
    }
    return stage
  }

  /// The stage of a policy, finding its renewal terms, quotes and delegations by searching
  /// the lookup's records (`RecordLookup.records`).
  public static func of(_ policy: some FieldReader, in lookup: some RecordLookup) -> RenewalStage {
    let id = policy.value("id") ?? ""
    let account = policy.value("account") ?? ""
    let terms = lookup.records(.policy).filter { $0.value("prior") == id }.count
    let quotes = lookup.records(.quote).filter { $0.value("account") == account }
    let delegations = lookup.records(.delegation).filter {
      let about = $0.value("about")
      return about == id || about == account
    }
    return derive(policy, renewalTerms: terms, quotes: quotes, delegations: delegations)
  }

  /// Whether the policy awaits renewal in the window: it expires from today to today + `days`
  /// (inclusive) and is not renewed, replaced, non-renewed, cancelled or pending cancellation
  /// (nor given a cancellation day). A status that does not decode awaits (`check` reports it).
  public static func isAwaitingRenewal(_ policy: some FieldReader, on today: Day, within days: Int)
    -> Bool
  {
    guard let expiration = policy.nonEmpty("expiration").flatMap({ Day(iso: $0) }) else {
      return false
    }
    guard today <= expiration, expiration <= today.adding(days: days) else { return false }
    if let status = policy.value("status").flatMap(PolicyStatus.init(rawValue:)),
      settledStatuses.contains(status)
    {
      return false
    }
    return policy.nonEmpty("cancelled") == nil
  }

  /// Whether the policy is a late start: it awaits renewal inside `lateStartDays` and its
  /// stage is still `not-started` (what the X list marks and the E&O sweep reports).
  public static func isLateStart(
    _ policy: some FieldReader, stage: RenewalStage, on today: Day
  ) -> Bool {
    stage == .notStarted && isAwaitingRenewal(policy, on: today, within: lateStartDays)
  }

  /// The policies of the book that are late starts on a day, in the book's order, each with
  /// its days left: for the E&O sweep (`P-0044 … expires in 22 days; renewal not started`).
  public static func lateStarts<Lookup: RecordLookup>(in lookup: Lookup, on today: Day)
    -> [(policy: Lookup.Found, daysLeft: Int)]
  {
    let policies = lookup.records(.policy)
    let awaiting = policies.filter { isAwaitingRenewal($0, on: today, within: lateStartDays) }
    guard !awaiting.isEmpty else { return [] }
    // Each record is read once, whatever the size of the book.
    let priors = Set(policies.compactMap { $0.nonEmpty("prior") })
    var quotes: [String: [Lookup.Found]] = [:]
    for quote in lookup.records(.quote) {
      quotes[quote.value("account") ?? "", default: []].append(quote)
    }
    var delegations: [String: [Lookup.Found]] = [:]
    for delegation in lookup.records(.delegation) {
      delegations[delegation.value("about") ?? "", default: []].append(delegation)
    }
    return awaiting.compactMap { policy in
      let id = policy.value("id") ?? ""
      let account = policy.value("account") ?? ""
      let stage = derive(
        policy, renewalTerms: priors.contains(id) ? 1 : 0, quotes: quotes[account] ?? [],
        delegations: (delegations[id] ?? []) + (id == account ? [] : delegations[account] ?? []))
      guard stage == .notStarted,
        let expiration = policy.nonEmpty("expiration").flatMap({ Day(iso: $0) })
      else { return nil }
      return (policy, today.days(to: expiration))
    }
  }

  /// A quote for the renewal: without an effective day, or effective after the term began.
  private static func isForRenewal(_ quote: some FieldReader, after start: Day?) -> Bool {
    guard let effective = quote.nonEmpty("effective").flatMap({ Day(iso: $0) }) else {
      return true
    }
    guard let start else { return true }
    return start < effective
  }

  /// A delegation about the policy, or about its account with the line named in its task
  /// (`Start GL renewal…`, `…the auto renewal submission`).
  static func isAbout(
    _ delegation: some FieldReader, policy: String, account: String, line: String
  ) -> Bool {
    let about = delegation.value("about")
    if about == policy { return true }
    guard about == account, !line.isEmpty else { return false }
    let words = (delegation.value("task") ?? "").lowercased().split { !$0.isLetter }
    return words.contains { $0 == line.lowercased() }
  }
}
