/// Service records on terms: claims, subjectivities, endorsements, binders, invoices, quotes.
extension GenerationState {
  mutating func claim(on term: Term) {
    let id = nextID(.claim)
    let last = min(term.expiration, today + 1) - 1
    let occurred = rng.int(term.effective, max(term.effective, last))
    let reported = min(today, occurred + rng.int(0, 10))
    let open = today - occurred < 365 && rng.chance(50)
    let paid = rng.int(5, 4000) * 1000
    let expense = paid / rng.int(5, 12)
    let reserve = open ? rng.int(5, 500) * 1000 : nil
    let number = "CLM-" + GenFormat.pad(rng.int(0, 999_999), 6)
    write(.claim) { rec in
      rec.begin()
      rec.field("id", id)
      rec.field("policy", term.id)
      rec.field("number", number)
      rec.field("line", term.line)
      rec.field("occurred", GenDay.iso(occurred))
      rec.field("reported", GenDay.iso(reported))
      rec.field("description", "Reported loss")
      rec.field("status", open ? "open" : "closed")
      rec.field("paid", GenFormat.money(paid))
      rec.field("expense", GenFormat.money(expense))
      rec.field("reserve", reserve.map(GenFormat.money))
    }
  }

  mutating func subjectivity(on term: Term) {
    let id = nextID(.subjectivity)
    let due = term.effective + 30
    let status =
      due < today ? rng.pick(["received", "received", "received", "waived", "open"]) : "open"
    let received = status == "received" ? min(today, due - rng.int(0, 20)) : nil
    let text = rng.pick(["Signed application", "Loss runs, 5 years", "Safety program"])
    write(.subjectivity) { rec in
      rec.begin()
      rec.field("id", id)
      rec.field("policy", term.id)
      rec.field("text", text)
      rec.field("due", GenDay.iso(due))
      rec.field("status", status)
      rec.field("received", received.map(GenDay.iso))
    }
  }

  mutating func endorsement(on term: Term) {
    let id = nextID(.endorsement)
    let effective = rng.int(
      term.effective + 1, max(term.effective + 1, min(today, term.expiration - 1)))
    let change = rng.int(-50, 150) * 1000
    let issued = rng.chance(80) ? min(today, effective + rng.int(1, 14)) : nil
    write(.endorsement) { rec in
      rec.begin()
      rec.field("id", id)
      rec.field("policy", term.id)
      rec.field("effective", GenDay.iso(effective))
      rec.field("description", change < 0 ? "Delete a scheduled item" : "Add a scheduled item")
      rec.field("premium_change", GenFormat.money(change))
      rec.field("status", issued == nil ? "requested" : "issued")
      rec.field("requested", GenDay.iso(effective))
      rec.field("issued", issued.map(GenDay.iso))
    }
  }

  mutating func binder(for term: Term, account: String, premium: Int) {
    let id = nextID(.binder)
    let carrier = rng.pick(GenVocabulary.carriers).id
    write(.binder) { rec in
      rec.begin()
      rec.field("id", id)
      rec.field("account", account)
      rec.field("line", term.line)
      rec.field("carrier", carrier)
      rec.field("effective", GenDay.iso(term.effective))
      rec.field("expires", GenDay.iso(term.effective + 30))
      rec.field("premium", GenFormat.money(premium))
      rec.field("policy", term.id)
      rec.field("status", "replaced")
    }
  }

  mutating func invoice(for term: Term, account: String, premium: Int) {
    let id = nextID(.invoice)
    let paid = term.effective <= today && rng.chance(95) ? term.effective - rng.int(0, 10) : nil
    write(.invoice) { rec in
      rec.begin()
      rec.field("id", id)
      rec.field("account", account)
      rec.field("policy", term.id)
      rec.field("description", "Annual premium")
      rec.field("amount", GenFormat.money(premium))
      rec.field("issued", GenDay.iso(term.effective - 15))
      rec.field("due", GenDay.iso(term.effective))
      rec.field("paid", paid.map(GenDay.iso))
    }
  }

  /// Renewal quotes for a term expiring soon.
  mutating func quotes(for term: Term, account: String, premium: Int, selected: Bool) {
    let count = selected ? 2 : rng.int(0, 2)
    for index in 0..<count {
      let status =
        selected && index == 0
        ? "selected" : rng.pick(["requested", "received", "received", "declined"])
      quote(
        account: account, line: term.line, effective: term.expiration, status: status,
        premium: status == "requested" || status == "declined"
          ? nil : premium * rng.int(95, 115) / 100)
    }
  }

  mutating func quote(
    account: String, line: String, effective: Int, status: String, premium: Int? = nil
  ) {
    let id = nextID(.quote)
    let carrier = rng.pick(GenVocabulary.carriers).id
    write(.quote) { rec in
      rec.begin()
      rec.field("id", id)
      rec.field("account", account)
      rec.field("line", line)
      rec.field("carrier", carrier)
      rec.field("premium", premium.map(GenFormat.money))
      rec.field("effective", GenDay.iso(effective))
      rec.field("status", status)
    }
  }
}
