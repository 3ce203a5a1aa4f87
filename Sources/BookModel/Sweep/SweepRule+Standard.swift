/// The sweep's rules, one function each (DESIGN.md "A morning with book"; issue 14).
extension SweepRule {
  /// Live certificates (issued or awaiting reissue) resting on a policy not in force today.
  public static let lapsedCertificates = SweepRule(
    "lapsed-certificates", title: "Certificates resting on a policy not in force today",
    find: Sweep.lapsedCertificates)

  /// Audits overdue, past a mail audit's final request, or noncompliant.
  public static let auditsPastDue = SweepRule(
    "audits", title: "Audits overdue, past the final request, or noncompliant",
    find: Sweep.auditsPastDue)

  /// Delegations not done or cancelled and due before today.
  public static let overdueDelegations = SweepRule(
    "overdue-delegations", title: "Delegations overdue", find: Sweep.overdueDelegations)

  /// Open subjectivities due before today.
  public static let subjectivitiesPastDue = SweepRule(
    "subjectivities", title: "Subjectivities past due", find: Sweep.subjectivitiesPastDue)

  /// Policies expiring inside 30 days whose renewal has not started (`RenewalStage`).
  public static let lateRenewals = SweepRule(
    "late-renewals", title: "Renewals inside 30 days, not started", find: Sweep.lateRenewals)
}

extension Sweep {
  /// "1 day", "5 days".
  static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }

  public static func lapsedCertificates(_ context: SweepContext) -> [SweepFinding] {
    context.records(.certificate).compactMap { record in
      guard let id = record.nonEmpty("id"),
        record.value("status").flatMap(CertificateStatus.init)?.isLive == true
      else { return nil }
      let off = Certificate.policiesNotInForce(
        record.values("policy"), on: context.today, term: context.term)
      guard !off.isEmpty else { return nil }
      let reasons = off.map { policy in
        "\(context.policyLabel(policy)), \(notInForce(context.term(policy), on: context.today))"
      }
      let holder = record.nonEmpty("holder") ?? "its holder"
      return SweepFinding(
        rule: "lapsed-certificates", id: id, account: record.nonEmpty("account"),
        problem: "certificate for \(holder) rests on " + reasons.joined(separator: "; "),
        nextStep: "reissue it on a policy in force, or cert void \(id)")
    }
  }

  public static func lateRenewals(_ context: SweepContext) -> [SweepFinding] {
    RenewalStage.lateStarts(in: context.lookup, on: context.today).compactMap { late in
      let policy = late.policy
      guard let id = policy.nonEmpty("id") else { return nil }
      let account = policy.nonEmpty("account")
      let name =
        account.flatMap { context.record(.account, $0)?.nonEmpty("name") } ?? account
        ?? "its account"
      let line = policy.nonEmpty("line") ?? "policy"
      let expiration = policy.nonEmpty("expiration") ?? "?"
      return SweepFinding(
        rule: "late-renewals", id: id, account: account,
        problem: "\(line) for \(name) expires \(expiration) (\(days(late.daysLeft))); "
          + "renewal not started",
        nextStep: "start it: stage \(id) info-requested")
    }
  }

  /// Why a term is not in force on a day: "expired 2026-10-01", "cancelled 2026-08-01",
  /// "in force from 2027-01-15", "no such policy".
  static func notInForce(_ term: PolicyTerm?, on day: Day) -> String {
    guard let term else { return "no such policy" }
    if day < term.effective { return "in force from \(term.effective.iso)" }
    if let cancelled = term.cancelled, cancelled < term.expiration {
      return "cancelled \(cancelled.iso)"
    }
    return "expired \(term.expiration.iso)"
  }

  public static func auditsPastDue(_ context: SweepContext) -> [SweepFinding] {
    context.records(.audit).compactMap { record in
      guard let audit = try? Audit(record) else { return nil }
      let account = context.account(of: record, kind: .audit)
      let subject = "\(audit.type.rawValue) audit for \(context.policyLabel(audit.policy))"
      let advocate = account.flatMap { context.record(.account, $0)?.nonEmpty("advocate") }
      let followUp =
        advocate.map { "delegate \"Follow up audit \(audit.id)\" to \($0) about \(audit.id)" }
        ?? "note \(audit.id) \"…\""
      if audit.status == .noncompliant {
        return SweepFinding(
          rule: "audits", id: audit.id, account: account,
          problem: "\(subject) is noncompliant: the carrier may charge an estimated audit",
          nextStep: followUp)
      }
      // A mail audit unanswered 30 days after its request is past its final request.
      if audit.type == .mail, audit.status == .requested, let requested = audit.requested,
        requested.adding(days: 30) <= context.today
      {
        return SweepFinding(
          rule: "audits", id: audit.id, account: account,
          problem:
            "\(subject) requested \(requested.iso): \(days(requested.days(to: context.today))), no response",
          nextStep: "set audit \(audit.id) status=noncompliant")
      }
      guard audit.isOverdue(on: context.today, auditDueDays: context.auditDueDays) else {
        return nil
      }
      let due = audit.dueDay(auditDueDays: context.auditDueDays)
      return SweepFinding(
        rule: "audits", id: audit.id, account: account,
        problem:
          "\(subject) due \(due.iso) (\(days(due.days(to: context.today))) overdue), still \(audit.status.rawValue)",
        nextStep: followUp)
    }
  }

  public static func overdueDelegations(_ context: SweepContext) -> [SweepFinding] {
    context.records(.delegation).compactMap { record in
      guard let delegation = try? Delegation(record), delegation.isOverdue(on: context.today)
      else { return nil }
      let late = delegation.due.days(to: context.today)
      let handBack =
        delegation.from != delegation.to ? " · reassign \(delegation.id) to \(delegation.from)" : ""
      return SweepFinding(
        rule: "overdue-delegations", id: delegation.id,
        account: context.account(of: record, kind: .delegation), person: delegation.to,
        problem:
          "\"\(delegation.task)\" to \(delegation.to), due \(delegation.due.iso) (\(days(late)) overdue)",
        nextStep: "done \(delegation.id)\(handBack)")
    }
  }

  public static func subjectivitiesPastDue(_ context: SweepContext) -> [SweepFinding] {
    context.records(.subjectivity).compactMap { record in
      guard let subjectivity = try? Subjectivity(record), subjectivity.isPastDue(on: context.today)
      else { return nil }
      let late = subjectivity.due.days(to: context.today)
      return SweepFinding(
        rule: "subjectivities", id: subjectivity.id,
        account: context.account(of: record, kind: .subjectivity),
        problem:
          "\"\(subjectivity.text)\" for \(context.policyLabel(subjectivity.policy)), due \(subjectivity.due.iso) (\(days(late)) past due)",
        nextStep: "receive \(subjectivity.id) · waive \(subjectivity.id) reason=\"…\"")
    }
  }
}
