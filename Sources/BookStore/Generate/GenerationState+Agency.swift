/// The agency record, the team, the carriers and the shared macros.
extension GenerationState {
  mutating func makeAgency() {
    let size = accountCount
    let user = managers.first ?? "manager"
    write(.agency) { rec in
      rec.begin()
      rec.field("name", "Generated Agency (\(size) accounts)")
      rec.field("producer_code", "GEN-0001")
      rec.field("xlist_days", "120")
      rec.field("audit_due_days", "30")
      rec.field("default_user", user)
    }
  }

  /// About one person per 50 accounts, and at least one of every role.
  mutating func makeTeam() {
    let roles = [
      "manager", "advocate", "producer", "marketing", "risk", "advocate", "manager", "advocate",
      "producer", "manager",
    ]
    let size = max(roles.count / 2, accountCount / 50)
    var taken: Set<String> = []
    for index in 0..<size {
      let role = roles[index % roles.count]
      let first = rng.pick(GenVocabulary.firstNames)
      let last = rng.pick(GenVocabulary.lastNames)
      let login = (String(first.prefix(1)) + last).lowercased()
      var id = login
      var number = 1
      while taken.contains(id) {
        number += 1
        id = login + String(number)
      }
      taken.insert(id)
      write(.person) { rec in
        rec.begin()
        rec.field("id", id)
        rec.field("name", first + " " + last)
        rec.field("role", role)
        rec.field("email", id + "@agency.example")
      }
      switch role {
      case "producer": producers.append(id)
      case "manager": managers.append(id)
      case "advocate": advocates.append(id)
      default: helpers.append(id)
      }
    }
  }

  mutating func makeCarriers() {
    for carrier in GenVocabulary.carriers {
      write(.carrier) { rec in
        rec.begin()
        rec.field("id", carrier.id)
        rec.field("name", carrier.name)
        rec.field("naic", carrier.naic)
        rec.field("billing", carrier.billing)
      }
      for _ in 0..<2 {
        let name = rng.pick(GenVocabulary.firstNames) + " " + rng.pick(GenVocabulary.lastNames)
        let id = nextID(.contact)
        write(.contact) { rec in
          rec.begin()
          rec.field("id", id)
          rec.field("name", name)
          rec.field("carrier", carrier.id)
          rec.field("role", "underwriter")
        }
      }
    }
  }

  mutating func makeMacros() {
    let macros = [
      ("overdue", "delegations where overdue sort due", "tasks past due"),
      ("mybook", "accounts where manager = me sort name", "the accounts I manage"),
    ]
    for macro in macros {
      write(.macro) { rec in
        rec.begin()
        rec.field("name", macro.0)
        rec.field("command", macro.1)
        rec.field("description", macro.2)
      }
    }
  }
}
