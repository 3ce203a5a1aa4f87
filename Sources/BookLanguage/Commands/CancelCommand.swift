import BookModel

/// `cancel ID …`: dispatches on the kind of the id — a policy is cancelled on a day
/// (`PolicyVerbs.cancel`), a delegation with a reason (`DelegationChanges.cancel`).
enum CancelCommand {
  static let spec = CommandSpec(
    "cancel", group: .changes,
    summary: "cancel a policy on a day (a future day: pending-cancel), or a delegation",
    grammar: [
      .word("id", completes: .records), .optional([.keyword("on"), .value("day")]),
      .assignments("assignments"),
    ],
    usage: ["cancel P-… on DAY reason=\"…\"", "cancel D-… reason=\"…\""],
    examples: [
      "cancel P-0002 on 2026-12-31 reason=\"sold the business\"",
      "cancel D-0001 reason=\"the insured sent them directly\"",
    ],
    details: [
      "A policy: on a future day it is pending-cancel (and leaves the X list), on today or a past day cancelled; the day and reason are stored (cancelled, cancel_reason). Without on, today. Its live certificates need reissue and are listed; reinstate P-… undoes it.",
      "A delegation: closed today; the reason goes into its notes.",
    ]
  ) { invocation throws(LanguageError) in
    guard let idNode = invocation.value("id") else { return }
    let id = try invocation.session.text(of: idNode)
    switch Schema.kind(ofID: id)?.kind {
    case .policy?:
      try PolicyVerbs.cancel(invocation, id: id, at: idNode.range)
    case .delegation?:
      try DelegationChanges.cancel(invocation, id: id, at: idNode.range)
    default:
      throw .refused(.notCancellable(id), at: idNode.range)
    }
  }
}
