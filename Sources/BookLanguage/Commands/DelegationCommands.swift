import BookModel
import BookStore

/// `delegate`, `done`, `start`, `wait`, `reopen`, `reassign` (and `cancel D-…`, through
/// `CancelCommand`): the service team's tasks (DESIGN.md "Business rules: Delegations"),
/// through the rules every write obeys.
enum DelegationCommands {
  static let all = [delegate, done, start, wait, reopen, reassign]

  static let priorities = Priority.allCases.map(\.rawValue)
  static let actions = DelegationAction.allCases.map(\.rawValue)
  static let periods = Recurrence.allCases.map(\.rawValue)

  static let delegate = CommandSpec(
    "delegate", group: .changes, summary: "hand a task to a team member",
    grammar: [
      .text("task"), .keyword("to"), .word("person", completes: .people),
      .optional([.keyword("about"), .word("about", completes: .records)]),
      .optional([.keyword("due"), .value("due")]),
      .optional([.keyword("priority"), .word("priority", completes: .words(priorities))]),
      .optional([.keyword("action"), .word("action", completes: .words(actions))]),
      .optional([.keyword("every"), .word("every", completes: .words(periods))]),
    ],
    usage: [
      "delegate \"TASK\" to PERSON [about ID] [due DAY] [priority P] [action A] [every PERIOD]"
    ],
    examples: [
      "delegate \"Request 5-year loss runs\" to mlopez about ACME due +5d priority high",
      "use ACME; delegate \"Mail CE-0001 to the city clerk\" to mlopez due +1d",
      "delegate \"Reconcile the direct-bill statement\" to tnguyen due 2026-11-30 every monthly",
    ],
    details: [
      "about defaults to the focus (use ACME); due to two days from today; priority to normal; the action is guessed from the task's words (certificate, loss runs, audit, renewal…) when not given.",
      "Refused for someone not on the team, or a due day before today.",
    ]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    guard let taskNode = invocation.value("task"), let personNode = invocation.value("person")
    else { return }
    let task = try session.text(of: taskNode)
    let person = try DelegationChanges.person(personNode, in: session)
    let interpreter = ValueInterpreter(session: session)
    let today = session.context.today
    let due = try invocation.value("due").map { node throws(LanguageError) in
      try interpreter.day(node)
    }
    if let due, let refusal = Delegation.dueRefusal(due, today: today),
      let node = invocation.value("due")
    {
      throw .refused(.rule(message: refusal.message, hint: refusal.hint), at: node.range)
    }
    var about = try invocation.text("about") ?? session.focus
    if let node = invocation.value("about"), let id = about {
      if Lookup.record(id, in: session.view) == nil {
        about = try Lookup.account(id, in: session.view, at: node.range)
      }
    }
    let priority = try invocation.text("priority") ?? Priority.normal.rawValue
    let action = try invocation.text("action") ?? Delegation.guessedAction(for: task)?.rawValue
    var record = Record()
    record.set("from", session.context.user)
    record.set("to", person)
    if let about { record.set("about", about) }
    record.set("task", task)
    if let action { record.set("action", action) }
    record.set("priority", priority)
    record.set("created", today.iso)
    record.set("due", (due ?? today.adding(days: 2)).iso)
    record.set("status", DelegationStatus.open.rawValue)
    if let every = try invocation.text("every") { record.set("every", every) }
    let id = try session.change(invocation.command) { transaction throws(LanguageError) in
      try storing { () throws(StoreError) in try transaction.add(.delegation, record) }
    }
    session.lastID = id
    invocation.write(
      "\(id) → \(person), due \((due ?? today.adding(days: 2)).iso), \(priority)\n")
  }

  static let done = CommandSpec(
    "done", group: .changes,
    summary: "mark a delegation done (a note on its subject; a recurring one comes back)",
    grammar: [.word("id", completes: .ids(.delegation)), .assignments("assignments")],
    usage: ["done D-… [outcome=successful|unsuccessful] [note=\"…\"]"],
    examples: [
      "done D-0001 outcome=successful note=\"received from TRAV\"",
      "done D-0015",
    ],
    details: [
      "Sets closed to today and writes a note on what the delegation is about (the account or record), by you, now.",
      "A recurring one (every monthly…) creates its next occurrence in the same transaction, due one period after this one (month ends clamped: Jan 31 → Feb 28).",
      "A done delegation is not done again; reopen it first.",
    ]
  ) { invocation throws(LanguageError) in
    try DelegationDone(invocation).run()
  }

  static let start = CommandSpec(
    "start", group: .changes, summary: "mark a delegation in progress",
    grammar: [.word("id", completes: .ids(.delegation))], examples: ["start D-0001"]
  ) { invocation throws(LanguageError) in
    try DelegationChanges.move(invocation, to: .inProgress, verb: "start")
  }

  static let wait = CommandSpec(
    "wait", group: .changes, summary: "mark a delegation waiting (on the insured, a carrier…)",
    grammar: [.word("id", completes: .ids(.delegation))], examples: ["wait D-0001"]
  ) { invocation throws(LanguageError) in
    try DelegationChanges.move(invocation, to: .waiting, verb: "wait")
  }

  static let reopen = CommandSpec(
    "reopen", group: .changes, summary: "open a done or cancelled delegation again",
    grammar: [.word("id", completes: .ids(.delegation))], examples: ["reopen D-0030"],
    details: ["Clears closed and outcome."]
  ) { invocation throws(LanguageError) in
    try DelegationChanges.move(invocation, to: .open, verb: "reopen")
  }

  static let reassign = CommandSpec(
    "reassign", group: .changes, summary: "hand delegations to someone else",
    grammar: [
      .optional([.word("id", completes: .ids(.delegation))]),
      .optional([.keyword("where"), .condition("condition")]),
      .keyword("to"), .word("person", completes: .people),
    ],
    usage: ["reassign D-… to PERSON", "reassign where COND to PERSON"],
    examples: [
      "reassign D-0001 to tnguyen",
      "reassign where to = mlopez and status = open to tnguyen",
    ],
    details: [
      "With where, every matching delegation still to do (not done or cancelled) changes in one transaction; the shell asks first."
    ]
  ) { invocation throws(LanguageError) in
    try DelegationReassign(invocation).run()
  }
}
