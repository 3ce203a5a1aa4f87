/// Certificates of insurance on terms in force, and the delegations of an account.
extension GenerationState {
  mutating func makeCertificates(account: String, terms: [Term]) {
    guard
      let main = terms.first(where: {
        ($0.line == "GL" || $0.line == "CPKG") && $0.status == "active"
      })
    else { return }
    let count = rng.chance(60) ? rng.int(1, 2) : 0
    for _ in 0..<count {
      let issued = rng.int(main.effective, min(today, main.expiration - 1))
      let listed =
        [main]
        + terms.filter { term in
          term.line == "WC" && term.effective <= issued && issued < term.expiration
        }
      let ai = listed.filter { $0.ai == "scheduled" || $0.ai == "blanket" }.map(\.id)
      let wos = listed.filter(\.wos).map(\.id)
      let pnc = listed.filter(\.pnc).map(\.id)
      let roll = rng.int(0, 99)
      let status = roll < 85 ? "issued" : roll < 93 ? "void" : "needs-reissue"
      let id = nextID(.certificate)
      let holder = rng.pick(GenVocabulary.holders)
      let address = self.address()
      write(.certificate) { rec in
        rec.begin()
        rec.field("id", id)
        rec.field("account", account)
        rec.field("holder", holder)
        rec.field("holder_address", address)
        for term in listed { rec.field("policy", term.id) }
        if !ai.isEmpty { rec.field("ai", ai.joined(separator: ",")) }
        if !wos.isEmpty { rec.field("wos", wos.joined(separator: ",")) }
        if !pnc.isEmpty { rec.field("pnc", pnc.joined(separator: ",")) }
        rec.field("issued", GenDay.iso(issued))
        rec.field("status", status)
      }
    }
  }

  mutating func delegate(about: String, from: String, to advocate: String) {
    let id = nextID(.delegation)
    let task = rng.pick(GenVocabulary.tasks)
    let to = rng.chance(90) || helpers.isEmpty ? advocate : rng.pick(helpers)
    let created = today - rng.int(0, 90)
    let due = created + rng.int(1, 30)
    let status: String
    if due < today {
      status = rng.pick([
        "done", "done", "done", "done", "done", "done", "open", "open", "cancelled",
      ])
    } else {
      status = rng.pick(["open", "open", "in-progress", "waiting"])
    }
    let closed = status == "done" ? min(today, created + rng.int(0, due - created + 5)) : nil
    let outcome = status == "done" ? (rng.chance(85) ? "successful" : "unsuccessful") : nil
    let every = rng.chance(3) ? "monthly" : nil
    let priority = rng.pick(["low", "normal", "normal", "normal", "high", "critical"])
    write(.delegation) { rec in
      rec.begin()
      rec.field("id", id)
      rec.field("from", from)
      rec.field("to", to)
      rec.field("about", about)
      rec.field("task", task.task)
      rec.field("action", task.action)
      rec.field("priority", priority)
      rec.field("created", GenDay.iso(created))
      rec.field("due", GenDay.iso(due))
      rec.field("status", status)
      rec.field("outcome", outcome)
      rec.field("closed", closed.map(GenDay.iso))
      rec.field("every", every)
    }
  }
}
