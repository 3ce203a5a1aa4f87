import BookLanguage
import BookModel

/// `walk QUERY`: the listed records one at a time — a card, then one key. Each key that
/// changes the book runs one command (shown, kept in history, one transaction, undoable), as
/// if the person had typed it.
struct Walk {
  let list: WalkList
  let session: Session
  let reader: any LineReader
  /// Writes straight to the terminal (cards are short; no pager).
  let write: (String) -> Void
  /// Runs a command as typed at the prompt.
  let execute: (String) -> Void

  /// The keys, as the help line lists them.
  static let keys = [
    ("s", "set stage"), ("n", "note"), ("d", "delegate"), ("r", "renew"),
    ("Enter", "next"), ("p", "previous"), ("q", "stop"),
  ]

  func run() {
    guard !list.ids.isEmpty else {
      write("nothing to walk: \(list.source) lists no records\n")
      return
    }
    var index = 0
    var changes = 0
    while index < list.ids.count {
      let id = list.ids[index]
      guard
        let stop = WalkStop.make(
          list.kind, id, position: index + 1, of: list.ids.count, session: session)
      else {
        write("\(id) is no longer in the book; skipped\n")
        index += 1
        continue
      }
      write(stop.card)
      switch reader.readKey(prompt: prompt(for: stop)) {
      case .enter, .key(" "), .key("j"):
        index += 1
      case .key("p"), .key("k"):
        if index == 0 { write("this is the first\n") }
        index = max(0, index - 1)
      case .key("q"), .key("Q"), .end, .interrupted:
        write(summary(changes, stoppedAt: index))
        return
      case .key("s"):
        changes += act(stop, setStage(stop))
      case .key("n"):
        changes += act(stop, note(stop))
      case .key("d"):
        changes += act(stop, delegate(stop))
      case .key("r"):
        changes += act(stop, renew(stop))
      case .key(let other):
        write(
          "no key \(other): " + Self.keys.map { "\($0.0) \($0.1)" }.joined(separator: " · ") + "\n")
      }
    }
    write(summary(changes, stoppedAt: nil))
  }

  private func prompt(for stop: WalkStop) -> String {
    let keys = Self.keys.filter { key, _ in
      switch key {
      case "s": return stop.stage != nil
      case "r": return stop.renewable
      default: return true
      }
    }
    return keys.map { key, name in
      key == "d" ? "d delegate to \(stop.advocate ?? "…")" : "\(key) \(name)"
    }.joined(separator: " · ") + " > "
  }

  /// Runs the command a key built; 1 when there was one to run.
  private func act(_ stop: WalkStop, _ command: String?) -> Int {
    guard let command else {
      write("nothing changed\n")
      return 0
    }
    write("book> \(command)\n")
    execute(command)
    return 1
  }

  private func ask(_ question: String) -> String? {
    guard case .line(let line) = reader.read(prompt: question) else { return nil }
    let trimmed = line.trimmed
    return trimmed
  }

  private func setStage(_ stop: WalkStop) -> String? {
    guard let stage = stop.stage else {
      write("only policies have a renewal stage\n")
      return nil
    }
    let next = RenewalStage.ordered.first { $0.rank == stage.rank + 1 }
    let names = RenewalStage.ordered.map(\.rawValue).joined(separator: ", ")
    let question =
      "stage (\(names))" + (next.map { " [Enter: \($0.rawValue)]" } ?? "") + ": "
    guard let answer = ask(question) else { return nil }
    guard let chosen = answer.isEmpty ? next?.rawValue : answer else { return nil }
    return "stage \(stop.id) \(chosen)"
  }

  private func note(_ stop: WalkStop) -> String? {
    guard let text = ask("note about \(stop.id): "), !text.isEmpty else { return nil }
    return "note \(stop.id) \(Literal.quote(text))"
  }

  private func delegate(_ stop: WalkStop) -> String? {
    var person = stop.advocate
    if person == nil {
      guard let answer = ask("the account has no client advocate; delegate to: "),
        !answer.isEmpty
      else { return nil }
      person = answer
    }
    guard let person,
      let task = ask("task for \(person) about \(stop.id): "), !task.isEmpty,
      let due = ask("due [Enter: in two days]: ")
    else { return nil }
    return "delegate \(Literal.quote(task)) to \(person) about \(stop.id)"
      + (due.isEmpty ? "" : " due \(due)")
  }

  private func renew(_ stop: WalkStop) -> String? {
    guard stop.renewable else {
      write("\(stop.id) is not awaiting renewal\n")
      return nil
    }
    guard
      let premium = ask(
        "renew \(stop.id) for the next term; premium [Enter: the same; Ctrl-C: cancel]: ")
    else { return nil }
    return "renew \(stop.id)" + (premium.isEmpty ? "" : " premium=\(premium)")
  }

  private func summary(_ changes: Int, stoppedAt index: Int?) -> String {
    let seen = index.map { "stopped at \($0 + 1) of \(list.ids.count)" } ?? "end of the list"
    let done = changes == 1 ? "1 command run" : "\(changes) commands run"
    return "walk: \(seen); \(done)" + (changes > 0 ? " (undo takes back the last)" : "") + "\n"
  }
}

extension String {
  fileprivate var trimmed: String {
    let start = firstIndex { !$0.isWhitespace } ?? endIndex
    let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
    return start < end ? String(self[start..<end]) : ""
  }
}
