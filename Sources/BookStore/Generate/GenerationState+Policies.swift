import BookModel

/// Policy terms of one line for an account, and what hangs on each term.
extension GenerationState {
  /// Base annual premium of a line, in dollars.
  static func basePremium(_ line: String) -> Int {
    switch line {
    case "WC": return 14_000
    case "AUTO", "GAR": return 11_000
    case "GL", "CPKG": return 9_000
    case "PROP": return 8_000
    case "UMB", "PROF": return 5_500
    case "BOP": return 4_500
    default: return 3_000
    }
  }

  static func limits(_ line: String) -> [String] {
    switch line {
    case "GL", "CPKG", "BOP": return ["each-occurrence 1000000", "general-aggregate 2000000"]
    case "WC": return ["el-each-accident 1000000", "el-disease-policy 1000000"]
    case "AUTO", "GAR": return ["combined-single 1000000"]
    case "UMB": return ["each-occurrence 5000000", "aggregate 5000000"]
    case "PROP", "BR": return ["building " + String(1_000_000)]
    default: return ["each-claim 1000000"]
    }
  }

  /// The status of a line's latest term for a roll in 0...99: most are in force.
  static func latestStatus(roll: Int) -> String {
    switch roll {
    case ..<76: return "active"
    case ..<80: return "pending-cancel"
    case ..<84: return "cancelled"
    case ..<92: return "expired"
    case ..<96: return "nonrenewed"
    default: return "replaced"
    }
  }

  /// Writes the terms of one line (oldest first) and returns the latest one.
  mutating func makeProgram(
    account: String, line: String, industry: GenVocabulary.Industry, lapsed: Bool
  ) -> Term? {
    let roll = lapsed ? 84 + rng.int(0, 15) : rng.int(0, 99)
    let latestStatus = Self.latestStatus(roll: roll)
    let inForce = roll < 84
    let latestEffective = inForce ? today - rng.int(0, 364) : today - rng.int(366, 700)
    let priors = rng.int(1, 2)
    var carrier = rng.pick(GenVocabulary.carriers)
    var premium = Self.basePremium(line) * rng.int(40, 300)  // cents: 0.4x–3x
    var effective = GenDay.addingYears(-priors, to: latestEffective)
    var prior: String? = nil
    var latest: Term? = nil
    for step in 0...priors {
      let expiration = GenDay.addingYears(1, to: effective)
      let isLatest = step == priors
      let status = isLatest ? latestStatus : "renewed"
      let daysLeft = expiration - today
      let bindRenewal = isLatest && status == "active" && daysLeft <= 30 && rng.chance(40)
      var stage: String? = nil
      if isLatest && status == "active" && daysLeft <= 120 {
        stage = bindRenewal ? "bound" : rng.pick(Array(Schema.renewalStages.dropLast()))
      }
      let term = policy(
        account: account, line: line, carrier: carrier, effective: effective,
        expiration: expiration, premium: premium, status: status, prior: prior, stage: stage)
      afterTerm(term, account: account, industry: industry, premium: premium)
      if isLatest {
        latest = term
        if daysLeft <= 90 && status == "active" {
          quotes(for: term, account: account, premium: premium, selected: bindRenewal)
        }
        if bindRenewal {
          _ = policy(
            account: account, line: line, carrier: carrier, effective: expiration,
            expiration: GenDay.addingYears(1, to: expiration), premium: premium * 105 / 100,
            status: "bound", prior: term.id, stage: nil)
        }
      }
      prior = term.id
      effective = expiration
      premium = premium * rng.int(102, 110) / 100
      if rng.chance(15) { carrier = rng.pick(GenVocabulary.carriers) }
    }
    return latest
  }

  /// Claims, audits, subjectivities, endorsements, binders and invoices of one term.
  mutating func afterTerm(
    _ term: Term, account: String, industry: GenVocabulary.Industry, premium: Int
  ) {
    let ended = term.expiration <= today
    if term.effective < today && rng.chance(6) { claim(on: term) }
    if ended && (term.line == "WC" || term.line == "GL") && term.status != "cancelled"
      && rng.chance(45)
    {
      audit(term, rating: term.line == "WC" ? industry.wc : industry.gl, premium: premium)
    }
    guard !ended && term.status == "active" else { return }
    if rng.chance(8) { subjectivity(on: term) }
    if term.effective < today && rng.chance(4) { endorsement(on: term) }
    if rng.chance(2) { binder(for: term, account: account, premium: premium) }
    if rng.chance(15) { invoice(for: term, account: account, premium: premium) }
  }

  /// Writes one policy term.
  mutating func policy(
    account: String, line: String, carrier: GenVocabulary.Carrier,
    effective: Int, expiration: Int, premium: Int, status: String, prior: String?, stage: String?
  ) -> Term {
    let id = nextID(.policy)
    let number = carrier.id + "-" + String(rng.int(10_000, 99_999))
    let auditable = line == "WC" || line == "GL" || line == "GAR"
    let liability = line == "GL" || line == "CPKG"
    let ai: String? = liability ? rng.pick(["none", "scheduled", "blanket", "blanket"]) : nil
    let wos = (liability || line == "WC") && rng.chance(40)
    let pnc = liability && rng.chance(30)
    var cancelled: Int? = nil
    if status == "cancelled" {
      cancelled = effective + rng.int(1, max(1, min(today, expiration - 1) - effective))
    }
    let checked = status == "active" && rng.chance(60) ? effective + rng.int(5, 40) : nil
    let verified = checked.flatMap { $0 <= today ? GenDay.iso($0) : nil }
    write(.policy) { rec in
      rec.begin()
      rec.field("id", id)
      rec.field("account", account)
      rec.field("line", line)
      rec.field("carrier", carrier.id)
      rec.field("number", number)
      rec.field("effective", GenDay.iso(effective))
      rec.field("expiration", GenDay.iso(expiration))
      rec.field("premium", GenFormat.money(premium))
      rec.field("status", status)
      rec.field("billing", carrier.billing)
      if let cancelled {
        rec.field("cancelled", GenDay.iso(cancelled))
        rec.field("cancel_reason", "Insured request: operations sold")
      }
      rec.field("prior", prior)
      rec.field("stage", stage)
      if auditable { rec.field("auditable", "yes") }
      for limit in Self.limits(line) { rec.field("limit", limit) }
      if ai == "scheduled" || ai == "blanket" { rec.field("form", "CG 20 10 04/13") }
      rec.field("ai", ai)
      if wos { rec.field("wos", "yes") }
      if pnc { rec.field("pnc", "yes") }
      rec.field("verified", verified)
    }
    return Term(
      id: id, line: line, effective: effective, expiration: cancelled ?? expiration,
      status: status, ai: ai, wos: wos, pnc: pnc)
  }
}
