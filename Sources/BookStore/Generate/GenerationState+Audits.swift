/// Premium audits of ended WC and GL terms, with their exposure rows.
extension GenerationState {
  /// The status an audit has reached, by how long ago its period ended.
  mutating func auditStatus(age: Int) -> String {
    if age < 30 { return rng.pick(["scheduled", "requested"]) }
    if age < 90 { return rng.pick(["requested", "in-progress", "received", "reviewed"]) }
    let late = [
      "accepted", "billed", "billed", "closed", "closed", "closed", "refunded", "disputed",
      "revised", "waived", "noncompliant",
    ]
    return rng.pick(late)
  }

  mutating func audit(_ term: Term, rating: GenVocabulary.RatingClass, premium: Int) {
    let id = nextID(.audit)
    let status = auditStatus(age: today - term.expiration)
    let type =
      status == "waived"
      ? "waived"
      : status == "noncompliant" ? "mail" : rng.pick(["physical", "phone", "mail", "hybrid"])
    let requested: Int? = status == "scheduled" ? nil : min(today, term.expiration + rng.int(1, 25))
    let mod: String? = term.line == "WC" && rng.chance(40) ? "0." + String(rng.int(75, 99)) : nil
    let revision = status == "revised" ? requested.map { min(today, $0 + rng.int(20, 60)) } : nil
    write(.audit) { rec in
      rec.begin()
      rec.field("id", id)
      rec.field("policy", term.id)
      rec.field("type", type)
      rec.field("period_start", GenDay.iso(term.effective))
      rec.field("period_end", GenDay.iso(term.expiration))
      rec.field("requested", requested.map(GenDay.iso))
      rec.field("due", GenDay.iso(term.expiration + 30))
      rec.field("status", status)
      rec.field("mod", mod)
      if status == "disputed" { rec.field("dispute", "Payroll of owners included in error") }
      rec.field("revision_requested", revision.map(GenDay.iso))
    }
    let audited = !["scheduled", "requested", "in-progress", "received", "waived", "noncompliant"]
      .contains(status)
    let rows = rng.int(1, 3)
    for row in 0..<rows {
      let clerical = row > 0 && term.line == "WC"
      let exposureID = nextID(.exposure)
      let code =
        clerical ? "8810" : row == 0 ? rating.code : String(Int(rating.code).map { $0 + row } ?? 0)
      let rate = clerical ? 29 : rating.rate + rng.int(-20, 20)
      let estimated = max(1, premium / max(1, rate) / rows) * (rating.per == "1" ? 1 : 100)
      let actual = audited ? estimated * rng.int(85, 120) / 100 : nil
      write(.exposure) { rec in
        rec.begin()
        rec.field("id", exposureID)
        rec.field("audit", id)
        rec.field("class", code)
        rec.field("description", clerical ? "Clerical" : rating.description)
        rec.field("basis", rating.basis)
        rec.field("per", rating.per)
        rec.field("estimated", String(estimated))
        rec.field("audited", actual.map { String($0) })
        rec.field("rate", GenFormat.money(max(1, rate)))
      }
    }
  }
}
