import BookModel
import BookStore

/// `workload [PERSON]` — the team's delegations per person, with a bar column — and `my`, your
/// own delegations still to do by due day (what a CA opens first each morning).
enum WorkloadCommands {
  static let all = [workload, my]

  static let workload = CommandSpec(
    "workload", group: .queries, summary: "delegations per person: to do, due, overdue, done",
    grammar: [.optional([.word("person", completes: .people)])],
    usage: ["workload [PERSON]"],
    examples: ["workload", "workload mlopez"],
    details: [
      "Per person: open, in progress, waiting; due this week (today and the next six days); overdue; done in the last 30 days; the ones still to do by priority; and on a terminal a bar of what is still to do."
    ]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    let view = session.view
    var people = view.records(.person).compactMap { $0.value("id") }
    if var person = try invocation.text("person"), let node = invocation.value("person") {
      if person == "me" { person = session.context.user }
      _ = try ChangeCommands.existing(.person, person, in: view, at: node.range)
      people = [person]
    }
    let loads = DelegationLoad.count(
      delegations(in: view), people: people, on: session.context.today)
    let rows: [[Value]] = loads.map { load in
      [
        .text(load.person), .int(load.open), .int(load.inProgress), .int(load.waiting),
        .int(load.dueThisWeek), .int(load.overdue), .int(load.doneLast30Days),
        .text(priorities(load)),
      ]
    }
    let columns = [
      ResultTable.Column("person"), ResultTable.Column("open", .int),
      ResultTable.Column("in-progress", .int), ResultTable.Column("waiting", .int),
      ResultTable.Column("due-week", .int), ResultTable.Column("overdue", .int),
      ResultTable.Column("done-30d", .int), ResultTable.Column("by priority"),
    ]
    let table = BarColumn.appending(
      "to do", values: loads.map { Int64($0.toDo) },
      to: ResultTable(columns: columns, rows: rows, totals: false), session.options)
    invocation.write(Renderer.render(table, session.options))
  }

  static let my = CommandSpec(
    "my", group: .queries, summary: "your delegations still to do, by due day",
    examples: ["my"],
    details: [
      "Open, in progress and waiting, handed to you: the overdue first, then by due day and priority."
    ]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    let today = session.context.today
    let mine = delegations(in: session.view).filter {
      $0.to == session.context.user && $0.status.isOpen
    }
    let order: [Priority] = [.critical, .high, .normal, .low]
    let sorted = mine.sorted {
      ($0.due, order.firstIndex(of: $0.priority) ?? 0, $0.id)
        < ($1.due, order.firstIndex(of: $1.priority) ?? 0, $1.id)
    }
    let rows: [[Value]] = sorted.map { delegation in
      let late = delegation.due.days(to: today)
      let when =
        late > 0 ? "\(late) \(late == 1 ? "day" : "days") overdue" : late == 0 ? "today" : ""
      return [
        .text(delegation.id), .day(delegation.due), .text(when),
        .text(delegation.priority.rawValue), .text(delegation.status.rawValue),
        .text(delegation.about ?? ""), .text(delegation.task),
      ]
    }
    let columns = [
      ResultTable.Column("id"), ResultTable.Column("due", .day), ResultTable.Column("late"),
      ResultTable.Column("priority"), ResultTable.Column("status"), ResultTable.Column("about"),
      ResultTable.Column("task"),
    ]
    invocation.write(Renderer.render(ResultTable(columns: columns, rows: rows), session.options))
  }

  /// Every delegation of the book that decodes.
  static func delegations(in view: Transaction) -> [Delegation] {
    view.records(.delegation).compactMap { try? Delegation($0.record) }
  }

  /// "1 critical · 2 high · 5 normal": the ones still to do, highest first, zeros left out.
  static func priorities(_ load: DelegationLoad) -> String {
    [Priority.critical, .high, .normal, .low].compactMap { priority in
      load.byPriority[priority].map { "\($0) \(priority.rawValue)" }
    }.joined(separator: " · ")
  }
}
