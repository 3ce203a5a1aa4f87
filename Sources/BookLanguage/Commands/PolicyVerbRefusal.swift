import BookModel

/// Why `renew`, `cancel`, `nonrenew` or `reinstate` refused a policy: the data, and (in one
/// place) the wording, each with what to do instead.
enum PolicyVerbRefusal: Error, Equatable {
  /// The verb does not apply to the policy's status.
  case status(verb: String, policy: String, status: PolicyStatus, cancelled: Day?)
  /// The policy already has a renewal term.
  case alreadyRenewed(policy: String, renewal: String)
  /// `renew … from Q-…` on a quote of another account or line, or not selected.
  case quote(String, policy: String, problem: QuoteProblem)
  /// `cancel` on a record that is not a policy (nor another kind cancel takes).
  case notCancellable(String)
  /// An assignment the verb does not take.
  case assignment(verb: String, field: String, takes: [String])
  /// A cancel or non-renewal without a reason.
  case noReason(verb: String, policy: String)

  enum QuoteProblem: Equatable {
    case missing
    case otherAccount(String)
    case otherLine(String)
    case notSelected(String)
  }

  var error: LanguageError {
    switch self {
    case .status(let verb, let policy, let status, let cancelled):
      return .failed(
        "\(policy) is \(status.rawValue): \(Self.rule(verb, status, cancelled))",
        notes: Self.hints(verb, policy, status))
    case .alreadyRenewed(let policy, let renewal):
      return .failed(
        "\(policy) is already renewed: its renewal term is \(renewal)",
        notes: ["See: show \(renewal)"])
    case .quote(let quote, let policy, let problem):
      switch problem {
      case .missing:
        return .failed("no quote \(quote)", notes: ["List them: quotes where status = selected"])
      case .otherAccount(let account):
        return .failed(
          "\(quote) is a quote for \(account), not for \(policy)'s account",
          notes: ["List its account's quotes: quotes where status = selected"])
      case .otherLine(let line):
        return .failed(
          "\(quote) quotes \(line), not \(policy)'s line", notes: ["See: show \(quote)"])
      case .notSelected(let status):
        return .failed(
          "\(quote) is \(status): a renewal is taken from the selected quote",
          notes: ["Select it first: quote select \(quote)"])
      }
    case .notCancellable(let id):
      return .failed(
        "cancel takes a policy (cancel P-… on DAY reason=\"…\") or a delegation "
          + "(cancel D-… reason=\"…\"), not \(id)",
        notes: ["For example: cancel P-0002 on 2026-12-31 reason=\"sold the business\""])
    case .assignment(let verb, let field, let takes):
      return .usage(
        "\(verb) does not take \(field)=",
        notes: ["It takes: " + takes.map { "\($0)=…" }.joined(separator: " ")])
    case .noReason(let verb, let policy):
      return .usage(
        "\(verb) needs a reason",
        notes: ["For example: \(verb) \(policy)\(verb == "cancel" ? " on today" : "") reason=\"…\""]
      )
    }
  }

  private static func rule(_ verb: String, _ status: PolicyStatus, _ cancelled: Day?) -> String {
    switch (verb, status) {
    case ("renew", .cancelled): return "a cancelled policy is not renewed"
    case ("renew", .pendingCancel):
      return "it is to be cancelled" + (cancelled.map { " on \($0)" } ?? "")
        + "; a policy pending cancellation is not renewed"
    case (_, .renewed): return "it is already renewed"
    case (_, .nonrenewed): return "it is non-renewed"
    case (_, .replaced): return "it was replaced"
    case ("reinstate", _):
      return "only a cancelled policy or one pending cancellation is reinstated"
    case ("cancel", .cancelled): return "it is already cancelled"
    default: return "\(verb) applies to an active, bound or expired term"
    }
  }

  private static func hints(_ verb: String, _ policy: String, _ status: PolicyStatus) -> [String] {
    switch status {
    case .cancelled, .pendingCancel:
      return verb == "reinstate" || verb == "cancel"
        ? ["See: show \(policy)"] : ["Reinstate it first: reinstate \(policy)"]
    case .renewed: return ["See its renewal: policies where prior = \(policy)"]
    default: return ["See: show \(policy)"]
    }
  }
}
