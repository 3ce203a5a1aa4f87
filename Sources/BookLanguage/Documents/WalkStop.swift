import BookModel
import BookStore

/// One record of a walk as the shell shows it: a short card, and what its keys need (the
/// account's client advocate for `d`, the renewal stage for `s`).
public struct WalkStop: Sendable, Equatable {
  public var kind: KindID
  public var id: String
  /// The card printed before the keys.
  public var card: String
  /// The account's client advocate, whom `d` delegates to; nil when the account has none.
  public var advocate: String?
  /// The policy's renewal stage (stored or derived); nil for other kinds.
  public var stage: RenewalStage?
  /// Whether the policy can be renewed from here (`r`).
  public var renewable: Bool

  /// The stop for a listed record as the book is now; nil when the record is gone.
  public static func make(
    _ kind: KindID, _ id: String, position: Int, of count: Int, session: Session
  ) -> WalkStop? {
    let view = session.view
    guard let record = view.record(kind, id) else { return nil }
    let resolver = session.resolver()
    let account = resolver.account(of: record, kind: kind)
    let advocate = account.flatMap { view.record(.account, $0)?.nonEmpty("advocate") }
    let header = "── \(position) of \(count) ── "
    guard kind == .policy else {
      let card =
        header + "\(kind.spec.singular) \(id)\n"
        + RecordTable.show(record, kind: kind, session: session)
      return WalkStop(
        kind: kind, id: id, card: card, advocate: advocate, stage: nil, renewable: false)
    }
    let stage = resolver.renewalStage(record)
    let status = record.value("status").flatMap(PolicyStatus.init(rawValue:))
    let renewable = status.map { !RenewalStage.settledStatuses.contains($0) } ?? false
    let card =
      header + policyCard(record, account: account, stage: stage, resolver: resolver, session)
    return WalkStop(
      kind: kind, id: id, card: card, advocate: advocate, stage: stage, renewable: renewable)
  }

  private static func policyCard(
    _ record: RecordView, account: String?, stage: RenewalStage, resolver: FieldResolver,
    _ session: Session
  ) -> String {
    func cell(_ path: [String]) -> String {
      Renderer.display(resolver.cell(path, of: record, kind: .policy))
    }
    let today = session.context.today
    let id = record.value("id") ?? ""
    var out = "\(id) · \(cell(["line"])) · \(cell(["account", "name"])) (\(account ?? "—"))\n"
    let billing = record.nonEmpty("billing") ?? cell(["carrier", "billing"])
    var term = "  \(cell(["carrier"])) \(cell(["number"]))"
    if let expiration = record.nonEmpty("expiration").flatMap({ Day(iso: $0) }) {
      let days = today.days(to: expiration)
      term += " · expires \(expiration) (\(days) day\(days == 1 ? "" : "s"))"
    }
    term += " · premium \(cell(["premium"]))" + (billing.isEmpty ? "" : " · \(billing)")
    out += term + "\n"
    out +=
      "  team: CM \(orDash(cell(["account", "manager"])))"
      + " · CA \(orDash(cell(["account", "advocate"])))"
      + " · producer \(orDash(cell(["account", "producer"])))\n"
    let late = RenewalStage.isLateStart(record, stage: stage, on: today)
    out +=
      "  stage: \(stage.rawValue)"
      + (late ? " (!) not started inside \(RenewalStage.lateStartDays) days" : "") + "\n"
    let tasks = resolver.openTaskRecords(record)
    out += "  open tasks: \(tasks.isEmpty ? "none" : String(tasks.count))\n"
    for (kind, task) in tasks {
      let taskID = task.value("id") ?? ""
      let due = task.nonEmpty("due") ?? ""
      if kind == .delegation {
        let overdue = Day(iso: due).map { $0 < today } ?? false
        out +=
          "    \(taskID)  \(task.value("task") ?? "") → \(task.value("to") ?? ""), due \(due)"
          + (overdue ? " (overdue)" : "") + "\n"
      } else {
        out += "    \(taskID)  \(task.value("text") ?? ""), due \(due)\n"
      }
    }
    if let note = resolver.lastNote(record, account: account ?? "") {
      out +=
        "  last note: \(note.value("at") ?? "") \(note.value("by") ?? ""): "
        + (note.value("text") ?? "") + "\n"
    } else {
      out += "  last note: none\n"
    }
    return out
  }

  private static func orDash(_ text: String) -> String { text.isEmpty ? "—" : text }
}
