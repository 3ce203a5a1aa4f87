import BookModel

/// The renewal workflow's commands: the X list, and the verbs that move a term along.
enum RenewalCommands {
  static let all = [
    XListCommand.spec, renew, CancelCommand.spec, nonrenew, reinstate, StageCommand.spec,
    CompareCommand.spec,
  ]

  static let renew = CommandSpec(
    "renew", group: .changes,
    summary: "the next term of a policy, linked by prior; the expiring one becomes renewed",
    grammar: [
      .word("policy", completes: .ids(.policy)),
      .optional([.keyword("from"), .word("quote", completes: .ids(.quote))]),
      .assignments("assignments"),
    ],
    usage: [
      "renew P-… [premium=… carrier=… number=… effective=… expiration=… FIELD=…]",
      "renew P-… from Q-… [FIELD=…]",
    ],
    examples: [
      "renew P-0001 premium=14100", "quote select Q-0003; renew P-0053 from Q-0003",
      "renew P-0002 premium=38,200 form+=\"WC 04 06 01\"",
    ],
    details: [
      "The renewal copies line, carrier, number, billing, taxes, fees, limits, forms and ai, wos, pnc unless given; it runs from the expiration for a term of the same length (a Feb 29 anniversary renews to Feb 28); given effective= alone, the expiration follows. Another carrier drops the number unless given.",
      "from Q-… takes carrier, premium, taxes, fees, limits, forms and the effective day from a selected quote of the account for the line.",
      "The expiring term becomes renewed at stage bound; its live certificates need reissue and are listed. Refused on a cancelled, pending-cancel, non-renewed, replaced or already renewed policy.",
    ]
  ) { invocation throws(LanguageError) in
    try PolicyVerbs.renew(invocation)
  }

  static let nonrenew = CommandSpec(
    "nonrenew", group: .changes,
    summary: "mark a policy non-renewed (it runs to its expiration)",
    grammar: [.word("policy", completes: .ids(.policy)), .assignments("assignments")],
    usage: ["nonrenew P-… reason=\"…\""],
    examples: ["nonrenew P-0076 reason=\"insured sold the building\""],
    details: [
      "The reason goes into the policy's notes; its live certificates need reissue and are listed. Refused unless the term is active, bound or expired."
    ]
  ) { invocation throws(LanguageError) in
    try PolicyVerbs.nonrenew(invocation)
  }

  static let reinstate = CommandSpec(
    "reinstate", group: .changes,
    summary: "a cancelled or pending-cancel policy back to active",
    grammar: [.word("policy", completes: .ids(.policy)), .assignments("assignments")],
    usage: ["reinstate P-…"],
    examples: ["cancel P-0002 on 2026-12-31 reason=\"sold the business\"; reinstate P-0002"],
    details: [
      "The cancellation day and reason are cleared; the journal keeps them (log P-…)."
    ]
  ) { invocation throws(LanguageError) in
    try PolicyVerbs.reinstate(invocation)
  }
}
