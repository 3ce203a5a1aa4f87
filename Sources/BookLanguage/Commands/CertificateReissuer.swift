import BookModel
import BookStore

/// `cert reissue`: a new certificate replacing an old one, on one certificate or on every one
/// a condition matches, all in one transaction. In bulk, a certificate that cannot be
/// reissued (no renewal term, a guard refuses) is listed with the reason and left as it was.
struct CertificateReissuer {
  let invocation: Invocation
  let session: Session
  let order: CertificateOrder
  let renewal: Bool

  init(_ invocation: Invocation) throws(LanguageError) {
    self.invocation = invocation
    session = invocation.session
    order = try CertificateOrder(invocation, verb: "cert reissue")
    renewal = invocation.has("renewal")
  }

  func run() throws(LanguageError) {
    let idNode = invocation.value("id")
    if let idNode, invocation.condition() != nil {
      throw .refused(
        .idAndCondition(.reissue), at: idNode.range)
    }
    if let idNode {
      let id = try session.text(of: idNode)
      let newID = try session.change(invocation.command) { transaction throws(LanguageError) in
        _ = try ChangeCommands.existing(.certificate, id, in: transaction, at: idNode.range)
        do {
          return try reissue(id, in: &transaction)
        } catch let refusal as LanguageRefusal {
          throw .refused(.cannotReissue(id, because: refusal))
        } catch let error as LanguageError {
          throw error
        } catch {
          throw .refused(.cannotReissue(id, because: .rule(message: "\(error)", hint: nil)))
        }
      }
      session.lastID = newID
      invocation.write(CertificateOrder.summary(newID, "replaces \(id): issued", in: session.view))
      return
    }
    guard let condition = invocation.condition() else {
      throw .refused(
        .needsIDOrCondition(.reissue), at: invocation.command.range)
    }
    let resolver = session.resolver()
    let evaluator = try ConditionEvaluator(
      condition, kind: .certificate, session: session, resolver: resolver)
    let matching = session.focused(session.view.records(.certificate), kind: .certificate, resolver)
      .filter(evaluator.matches).compactMap { $0.nonEmpty("id") }
    var done: [(old: String, new: String)] = []
    var refused: [(id: String, why: String)] = []
    try session.change(invocation.command) { transaction throws(LanguageError) in
      for id in matching {
        var trial = transaction
        do {
          let newID = try reissue(id, in: &trial)
          let problems = Validation.problems(trial, today: session.context.today).filter {
            $0.kind == .certificate && ($0.id == newID || $0.id == id)
          }
          if let first = problems.first {
            refused.append((id, first.diagnostic.message))
            continue
          }
          transaction = trial
          done.append((id, newID))
        } catch let refusal as LanguageRefusal {
          refused.append((id, refusal.message))
        } catch {
          refused.append((id, "\(error)"))
        }
      }
    }
    let view = session.view
    for (old, new) in done {
      invocation.write(CertificateOrder.summary(new, "replaces \(old): issued", in: view))
    }
    for (id, why) in refused {
      invocation.write("could not reissue \(id): \(why)\n")
    }
    let count = { (n: Int) in n == 1 ? "1 certificate" : "\(n) certificates" }
    invocation.write(
      "reissued \(count(done.count))" + (refused.isEmpty ? "" : "; \(refused.count) could not be")
        + "\n")
  }

  /// Adds the new certificate and marks the old one replaced; returns the new id.
  func reissue(_ id: String, in transaction: inout Transaction) throws -> String {
    guard let old = transaction.record(.certificate, id) else {
      throw LanguageRefusal.noCertificate(id)
    }
    let status = old.value("status").flatMap(CertificateStatus.init(rawValue:))
    guard status?.isLive == true else {
      throw LanguageRefusal.notLive(status: old.value("status"), account: old.value("account"))
    }
    var policies = order.policies ?? old.values("policy")
    var swapped: [String: String] = [:]
    if renewal {
      for (index, policy) in policies.enumerated() {
        if let next = renewalTerm(of: policy, in: transaction) {
          policies[index] = next
          swapped[policy] = next
        } else if !inForceToday(policy, in: transaction) {
          throw LanguageRefusal.noRenewalTerm(policy)
        }
      }
    }
    var marks: [Certificate.Mark: [String]] = [:]
    for mark in Certificate.Mark.allCases {
      let asked =
        order.policies(showing: mark, listed: policies)
        ?? Certificate.ids(old.nonEmpty(mark.field)).map { swapped[$0] ?? $0 }
      marks[mark] = asked.filter(policies.contains)
    }
    let record = CertificateOrder.record(
      account: old.value("account") ?? "", holder: order.holder ?? old.value("holder") ?? "",
      holderAddress: order.holderAddress ?? old.value("holder_address"), policies: policies,
      marks: marks, description: order.description ?? old.value("description"),
      today: session.context.today, replaces: id, acceptedGaps: order.acceptedGaps)
    var replaced = old.record
    replaced.set("status", CertificateStatus.replaced.rawValue)
    try transaction.update(.certificate, id, replaced)
    return try transaction.add(.certificate, record)
  }

  /// The renewal term of a policy: the policy whose `prior` it is (the one in force today when
  /// there are several).
  func renewalTerm(of policy: String, in view: Transaction) -> String? {
    let terms = view.records(.policy).filter { $0.value("prior") == policy }
    let today = session.context.today
    let inForce = terms.first { (try? PolicyTerm($0))?.isInForce(on: today) == true }
    return (inForce ?? terms.first)?.nonEmpty("id")
  }

  func inForceToday(_ policy: String, in view: Transaction) -> Bool {
    guard let record = view.record(.policy, policy), let term = try? PolicyTerm(record) else {
      return false
    }
    return term.isInForce(on: session.context.today)
  }
}
