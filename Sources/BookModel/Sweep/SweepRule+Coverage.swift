/// The sweep's rules on coverage paperwork (issue 16): binders, invoices, policy reviews,
/// endorsements and contract requirements.
extension SweepRule {
  /// Binders still issued past their expiry with no policy linked.
  public static let lapsedBinders = SweepRule(
    "lapsed-binders", title: "Binders past their expiry with no policy", find: Sweep.lapsedBinders)

  /// Unpaid agency-billed invoices past due.
  public static let invoicesPastDue = SweepRule(
    "invoices", title: "Agency-billed invoices past due", find: Sweep.invoicesPastDue)

  /// New policies not verified against the order 30 days after binding.
  public static let unverifiedPolicies = SweepRule(
    "unverified-policies", title: "New policies not verified 30 days after binding",
    find: Sweep.unverifiedPolicies)

  /// Endorsements requested more than 30 days ago and still not issued or declined.
  public static let staleEndorsements = SweepRule(
    "endorsements", title: "Endorsements requested over 30 days ago", find: Sweep.staleEndorsements)

  /// Live certificates whose holder's contract requirements the listed policies no longer meet.
  public static let unmetRequirements = SweepRule(
    "unmet-requirements", title: "Certificates whose holder's requirements are not met",
    find: Sweep.unmetRequirements)
}

extension Sweep {
  /// Days after its request an endorsement is followed up.
  public static let endorsementFollowUpDays = 30

  public static func lapsedBinders(_ context: SweepContext) -> [SweepFinding] {
    context.records(.binder).compactMap { record in
      guard let binder = try? Binder(record), binder.isLapsed(on: context.today) else {
        return nil
      }
      let late = binder.expires.days(to: context.today)
      return SweepFinding(
        rule: "lapsed-binders", id: binder.id, account: binder.account,
        problem:
          "\(binder.line.rawValue) binder with \(binder.carrier) expired \(binder.expires.iso) (\(days(late)) ago); no policy linked",
        nextStep: "set binder \(binder.id) policy=P-… · set binder \(binder.id) status=expired")
    }
  }

  public static func invoicesPastDue(_ context: SweepContext) -> [SweepFinding] {
    context.records(.invoice).compactMap { record in
      guard let invoice = try? Invoice(record), invoice.isPastDue(on: context.today),
        invoice.isAgencyBilled(in: context.lookup)
      else { return nil }
      let what = invoice.description.map { "\"\($0)\"" } ?? "invoice"
      return SweepFinding(
        rule: "invoices", id: invoice.id, account: invoice.account,
        problem:
          "\(what), \(invoice.amount), due \(invoice.due.iso) (\(days(invoice.daysPastDue(on: context.today))) past due)",
        nextStep: "paid \(invoice.id) · note \(invoice.id) \"…\"")
    }
  }

  public static func unverifiedPolicies(_ context: SweepContext) -> [SweepFinding] {
    context.records(.policy).compactMap { record in
      guard let id = record.nonEmpty("id"),
        let since = PolicyReview.overdueReview(record, on: context.today)
      else { return nil }
      return SweepFinding(
        rule: "unverified-policies", id: id, account: record.nonEmpty("account"),
        problem:
          "\(record.nonEmpty("line") ?? "policy") with \(record.nonEmpty("carrier") ?? "?") bound \(record.nonEmpty("effective") ?? "?") (\(days(since)) ago), not verified against the order",
        nextStep: "verify \(id)")
    }
  }

  public static func staleEndorsements(_ context: SweepContext) -> [SweepFinding] {
    context.records(.endorsement).compactMap { record in
      guard let endorsement = try? Endorsement(record), endorsement.status == .requested,
        let requested = endorsement.requested,
        requested.adding(days: endorsementFollowUpDays) < context.today
      else { return nil }
      return SweepFinding(
        rule: "endorsements", id: endorsement.id,
        account: context.account(of: record, kind: .endorsement),
        problem:
          "\"\(endorsement.description)\" on \(context.policyLabel(endorsement.policy)) requested \(requested.iso) (\(days(requested.days(to: context.today))) ago), not issued",
        nextStep:
          "endorsement issue \(endorsement.id) · endorsement decline \(endorsement.id) reason=\"…\""
      )
    }
  }

  public static func unmetRequirements(_ context: SweepContext) -> [SweepFinding] {
    context.records(.certificate).compactMap { record in
      guard let id = record.nonEmpty("id"),
        record.value("status").flatMap(CertificateStatus.init)?.isLive == true,
        record.nonEmpty(Certificate.acceptedGapsField) == nil,
        let account = record.nonEmpty("account"), let holder = record.nonEmpty("holder")
      else { return nil }
      let policies = record.values("policy").compactMap { context.record(.policy, $0) }
      let gaps = Requirement.gaps(
        account: account, holder: holder, among: policies, on: context.today, in: context.lookup)
      guard !gaps.isEmpty else { return nil }
      return SweepFinding(
        rule: "unmet-requirements", id: id, account: account,
        problem: "certificate for \(holder): " + gaps.map(\.text).joined(separator: "; also "),
        nextStep: "requirements \(account) holder=\"\(holder)\"")
    }
  }
}
