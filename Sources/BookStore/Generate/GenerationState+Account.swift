/// One account and the records around it: locations, contacts, notes, tasks, requirements.
extension GenerationState {
  mutating func makeAccount(_ index: Int) {
    let industry = rng.pick(GenVocabulary.industries)
    let adjective = rng.pick(GenVocabulary.adjectives)
    let noun = rng.pick(industry.nouns)
    let name = adjective + " " + noun + " " + rng.pick(["LLC", "Inc", "Co", "Group"])
    let id = accountID([adjective, noun])
    let roll = rng.int(0, 99)
    let status = roll < 3 ? "prospect" : roll < 6 ? "lost" : roll < 8 ? "inactive" : "active"
    let address = address()
    let manager = rng.pick(managers)
    let advocate = rng.pick(advocates)
    let since = status == "prospect" ? nil : GenDay.iso(today - rng.int(200, 5000))
    let producer = rng.pick(producers)
    write(.account) { rec in
      rec.begin()
      rec.field("id", id)
      rec.field("name", name)
      rec.field("industry", industry.label)
      rec.field("address", address)
      rec.field("producer", producer)
      rec.field("manager", manager)
      rec.field("advocate", advocate)
      rec.field("status", status)
      rec.field("since", since)
    }
    if status == "prospect" {
      for line in industry.lines.prefix(2) {
        quote(account: id, line: line, effective: today + rng.int(20, 90), status: "requested")
      }
      note(about: id, by: manager)
      return
    }
    let locations = makeLocations(account: id, name: name, address: address)
    if rng.chance(70) { contact(account: id) }
    let lapsedAll = status != "active"
    let count = min(industry.lines.count, rng.int(3, 5))
    var current: [Term] = []
    for line in industry.lines.prefix(count) {
      if let term = makeProgram(
        account: id, line: line, industry: industry, lapsed: lapsedAll)
      {
        current.append(term)
        if line == "GL" && locations.count > 1 && term.status == "active" {
          allocate(policy: term.id, to: locations)
        }
      }
    }
    makeCertificates(account: id, terms: current)
    if current.contains(where: { $0.line == "GL" }) && rng.chance(8) {
      requirement(account: id)
    }
    let tasks = rng.int(0, 2)
    for _ in 0..<tasks {
      delegate(
        about: current.isEmpty || rng.chance(60) ? id : rng.pick(current).id, from: manager,
        to: advocate)
    }
    for _ in 0..<rng.int(1, 2) {
      note(about: id, by: rng.chance(50) ? manager : advocate)
    }
  }

  mutating func address() -> String {
    String(rng.int(100, 9999)) + " " + rng.pick(GenVocabulary.streets) + ", "
      + rng.pick(GenVocabulary.cities)
  }

  /// One location, sometimes two or three.
  mutating func makeLocations(account: String, name: String, address: String) -> [String] {
    var ids: [String] = []
    let count = rng.chance(10) ? rng.int(2, 3) : 1
    for number in 1...count {
      let id = nextID(.location)
      let place = number == 1 ? address : self.address()
      write(.location) { rec in
        rec.begin()
        rec.field("id", id)
        rec.field("account", account)
        rec.field("name", number == 1 ? "Main location" : "Location \(number)")
        rec.field("entity", name)
        rec.field("address", place)
      }
      ids.append(id)
    }
    return ids
  }

  mutating func allocate(policy: String, to locations: [String]) {
    for location in locations {
      let id = nextID(.allocation)
      let exposure = String(rng.int(2, 60) * 50_000)
      write(.allocation) { rec in
        rec.begin()
        rec.field("id", id)
        rec.field("policy", policy)
        rec.field("location", location)
        rec.field("exposure", exposure)
      }
    }
  }

  mutating func contact(account: String) {
    let id = nextID(.contact)
    let first = rng.pick(GenVocabulary.firstNames)
    let name = first + " " + rng.pick(GenVocabulary.lastNames)
    let phone = "916-555-" + GenFormat.pad(rng.int(0, 9999), 4)
    write(.contact) { rec in
      rec.begin()
      rec.field("id", id)
      rec.field("name", name)
      rec.field("account", account)
      rec.field("role", "insured")
      rec.field("email", first.lowercased() + "@" + account.lowercased() + ".example")
      rec.field("phone", phone)
    }
  }

  mutating func note(about: String, by: String) {
    let id = nextID(.note)
    let at = GenDay.stamp(today - rng.int(0, 180), minute: rng.int(480, 1080))
    let text = rng.pick(GenVocabulary.noteTexts)
    write(.note) { rec in
      rec.begin()
      rec.field("id", id)
      rec.field("about", about)
      rec.field("by", by)
      rec.field("at", at)
      rec.field("text", text)
    }
  }

  mutating func requirement(account: String) {
    let id = nextID(.requirement)
    let holder = rng.pick(GenVocabulary.holders)
    write(.requirement) { rec in
      rec.begin()
      rec.field("id", id)
      rec.field("account", account)
      rec.field("holder", holder)
      rec.field("source", "Contract on file")
      rec.field("line", "GL")
      rec.field("limit", "each-occurrence 1000000")
      rec.field("limit", "general-aggregate 2000000")
      rec.field("ai", "yes")
    }
  }
}
