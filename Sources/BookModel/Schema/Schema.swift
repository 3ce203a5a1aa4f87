/// The table of every kind the book holds, as DESIGN.md's data directory lists them.
public enum Schema {
  /// All kinds in file order (the journal last).
  public static let kinds: [KindSpec] = [
    agency, person, carrier, contact, account, location, policy, subjectivity, allocation,
    audit, exposure, certificate, delegation, claim, quote, endorsement, requirement, binder,
    invoice, note, macro, change,
  ]

  /// The schema of a kind.
  public static func spec(_ kind: KindID) -> KindSpec {
    byKind[kind] ?? agency
  }

  /// The kinds by id, for lookups in hot loops.
  private static let byKind: [KindID: KindSpec] = Dictionary(
    uniqueKeysWithValues: kinds.map { ($0.kind, $0) })

  /// The kind a word of the language names (singular, plural or alias; case-insensitive).
  public static func kind(named word: String) -> KindSpec? {
    let lower = word.lowercased()
    return kinds.first { $0.singular == lower || $0.plural == lower || $0.aliases.contains(lower) }
  }

  /// The kind whose assigned ids start with the prefix of this id (`P-0001` → policy).
  public static func kind(ofID id: String) -> KindSpec? {
    guard let dash = id.firstIndex(of: "-") else { return nil }
    let prefix = String(id[...dash])
    return kinds.first { $0.idPrefix == prefix }
  }

  // MARK: Closed sets

  public static let lines = [
    "GL", "AUTO", "WC", "UMB", "PROP", "BOP", "CPKG", "IM", "BR", "PROF", "DO", "EPLI", "CYBER",
    "CRIME", "BOND", "GAR",
  ]
  public static let yesNo = FieldType.enumeration(["yes", "no"])
  public static let billing = FieldType.enumeration(["agency", "direct"])
  public static let policyStatuses = [
    "quoted", "bound", "active", "pending-cancel", "cancelled", "expired", "renewed", "nonrenewed",
    "replaced",
  ]
  public static let renewalStages = [
    "not-started", "info-requested", "submitted", "quoted", "proposed", "bound",
  ]
  public static let auditTypes = ["physical", "phone", "mail", "hybrid", "waived"]
  public static let auditStatuses = [
    "scheduled", "requested", "in-progress", "received", "reviewed", "accepted", "billed",
    "refunded", "closed", "disputed", "revised", "waived", "noncompliant",
  ]
  public static let delegationActions = [
    "certificate", "endorsement", "audit", "loss-runs", "renewal", "billing", "subjectivity",
    "other",
  ]

  // MARK: Kinds

  static let agency = KindSpec(
    .agency, recordType: "Agency", file: "agency.rec", singular: "agency", plural: "agency",
    keyField: nil, summary: "the agency's name and settings (one record)",
    fields: [
      FieldSpec("name", mandatory: true, "the agency's name"),
      FieldSpec("producer_code", "the agency's producer code"),
      FieldSpec("xlist_days", .int, "default window of the X list, in days (120)"),
      FieldSpec("audit_due_days", .int, "days after the period end an audit is due (30)"),
      FieldSpec("default_user", .reference(.person), "who you are when you are not on the team"),
      FieldSpec("today", .date, "a pinned day: this is a training book"),
    ])

  static let person = KindSpec(
    .person, recordType: "Person", file: "team.rec", singular: "person", plural: "team",
    aliases: ["people"], summary: "the agency's team: producers, managers, advocates",
    fields: [
      FieldSpec("id", mandatory: true, "a short login-like id (jkim)"),
      FieldSpec("name", mandatory: true, "full name"),
      FieldSpec(
        "role", .enumeration(["producer", "manager", "advocate", "marketing", "risk"]),
        mandatory: true, "what the person does"),
      FieldSpec("email"),
    ])

  static let carrier = KindSpec(
    .carrier, recordType: "Carrier", file: "carriers.rec", singular: "carrier",
    plural: "carriers", summary: "insurance companies the agency places business with",
    fields: [
      FieldSpec("id", mandatory: true, "a short mnemonic (TRAV)"),
      FieldSpec("name", mandatory: true),
      FieldSpec("naic", "NAIC company code"),
      FieldSpec("billing", billing, "how the carrier usually bills"),
      FieldSpec("appetite", "what the carrier likes to write"),
    ])

  static let contact = KindSpec(
    .contact, recordType: "Contact", file: "contacts.rec", singular: "contact",
    plural: "contacts", idPrefix: "CT-", summary: "people at carriers and insureds",
    fields: [
      FieldSpec("id", mandatory: true),
      FieldSpec("name", mandatory: true),
      FieldSpec("carrier", .reference(.carrier), "the carrier the contact works for"),
      FieldSpec("account", .reference(.account), "the insured the contact works for"),
      FieldSpec("role", .enumeration(["underwriter", "loss-control", "insured", "other"])),
      FieldSpec("email"),
      FieldSpec("phone"),
    ])

  static let account = KindSpec(
    .account, recordType: "Account", file: "accounts.rec", singular: "account",
    plural: "accounts", summary: "insured clients and prospects",
    fields: [
      FieldSpec("id", mandatory: true, "a short mnemonic (ACME)"),
      FieldSpec("name", mandatory: true, "the insured's name as on the declarations"),
      FieldSpec("dba", "doing business as"),
      FieldSpec("industry"),
      FieldSpec("address"),
      FieldSpec("producer", .reference(.person)),
      FieldSpec("manager", .reference(.person), "the client manager (CM)"),
      FieldSpec("advocate", .reference(.person), "the client advocate (CA)"),
      FieldSpec(
        "status", .enumeration(["prospect", "active", "inactive", "lost"]), mandatory: true),
      FieldSpec("since", .date, "client since"),
      FieldSpec("notes"),
    ])

  static let location = KindSpec(
    .location, recordType: "Location", file: "locations.rec", singular: "location",
    plural: "locations", idPrefix: "L-", summary: "an account's premises and entities",
    fields: [
      FieldSpec("id", mandatory: true),
      FieldSpec("account", .reference(.account), mandatory: true),
      FieldSpec("name", mandatory: true),
      FieldSpec("entity", "the named insured entity at this location"),
      FieldSpec("address"),
    ])

  static let policy = KindSpec(
    .policy, recordType: "Policy", file: "policies.rec", singular: "policy",
    plural: "policies", idPrefix: "P-", summary: "policy terms: one record per term",
    fields: [
      FieldSpec("id", mandatory: true),
      FieldSpec("account", .reference(.account), mandatory: true),
      FieldSpec("line", .enumeration(lines), mandatory: true, "line of business"),
      FieldSpec("carrier", .reference(.carrier), mandatory: true),
      FieldSpec("number", "the carrier's policy number"),
      FieldSpec("effective", .date, mandatory: true),
      FieldSpec("expiration", .date, mandatory: true),
      FieldSpec("premium", .money, mandatory: true),
      FieldSpec("status", .enumeration(policyStatuses), mandatory: true),
      FieldSpec("billing", billing),
      FieldSpec("taxes", .money),
      FieldSpec("fees", .money),
      FieldSpec("cancelled", .date, "the day the policy was cancelled"),
      FieldSpec("cancel_reason"),
      FieldSpec("prior", .reference(.policy), "the previous term"),
      FieldSpec("stage", .enumeration(renewalStages), "renewal stage"),
      FieldSpec("auditable", yesNo, "subject to a premium audit"),
      FieldSpec("limit", repeats: true, "a named limit: each-occurrence 1000000"),
      FieldSpec("form", repeats: true, "an endorsement form: CG 20 10 04/13"),
      FieldSpec("ai", .enumeration(["none", "scheduled", "blanket"]), "additional insured"),
      FieldSpec("wos", yesNo, "waiver of subrogation"),
      FieldSpec("pnc", yesNo, "primary and non-contributory"),
      FieldSpec("verified", .date, "the day the policy was checked against the order"),
      FieldSpec("notes"),
    ])

  static let subjectivity = KindSpec(
    .subjectivity, recordType: "Subjectivity", file: "subjectivities.rec",
    singular: "subjectivity", plural: "subjectivities", idPrefix: "S-",
    summary: "conditions of a binding the insured must meet",
    fields: [
      FieldSpec("id", mandatory: true),
      FieldSpec("policy", .reference(.policy), mandatory: true),
      FieldSpec("text", mandatory: true),
      FieldSpec("due", .date, mandatory: true),
      FieldSpec("status", .enumeration(["open", "received", "waived"]), mandatory: true),
      FieldSpec("received", .date),
    ])

  static let allocation = KindSpec(
    .allocation, recordType: "Allocation", file: "allocations.rec", singular: "allocation",
    plural: "allocations", idPrefix: "AL-", summary: "a location's share of a policy's exposure",
    fields: [
      FieldSpec("id", mandatory: true),
      FieldSpec("policy", .reference(.policy), mandatory: true),
      FieldSpec("location", .reference(.location), mandatory: true),
      FieldSpec("exposure", .decimal, mandatory: true),
    ])

  static let audit = KindSpec(
    .audit, recordType: "Audit", file: "audits.rec", singular: "audit", plural: "audits",
    idPrefix: "AU-", summary: "premium audits of auditable policies",
    fields: [
      FieldSpec("id", mandatory: true),
      FieldSpec("policy", .reference(.policy), mandatory: true),
      FieldSpec("type", .enumeration(auditTypes), mandatory: true),
      FieldSpec("period_start", .date, mandatory: true),
      FieldSpec("period_end", .date, mandatory: true),
      FieldSpec("requested", .date),
      FieldSpec("due", .date),
      FieldSpec("status", .enumeration(auditStatuses), mandatory: true),
      FieldSpec("mod", .decimal, "experience modification factor"),
      FieldSpec("dispute", "the reason of a dispute"),
      FieldSpec("revision_requested", .date),
      FieldSpec("notes"),
    ])

  static let exposure = KindSpec(
    .exposure, recordType: "Exposure", file: "exposures.rec", singular: "exposure",
    plural: "exposures", idPrefix: "EX-", summary: "rating rows of an audit",
    fields: [
      FieldSpec("id", mandatory: true),
      FieldSpec("audit", .reference(.audit), mandatory: true),
      FieldSpec("class", "class code"),
      FieldSpec("description"),
      FieldSpec(
        "basis", .enumeration(["payroll", "sales", "area", "units", "vehicles"]), mandatory: true),
      FieldSpec("per", .enumeration(["100", "1000", "1"]), mandatory: true),
      FieldSpec("estimated", .decimal, mandatory: true),
      FieldSpec("audited", .decimal),
      FieldSpec("rate", .decimal, mandatory: true),
    ])

  static let certificate = KindSpec(
    .certificate, recordType: "Certificate", file: "certificates.rec", singular: "certificate",
    plural: "certificates", aliases: ["cert", "certs"], idPrefix: "CE-",
    summary: "certificates of insurance issued to holders",
    fields: [
      FieldSpec("id", mandatory: true),
      FieldSpec("account", .reference(.account), mandatory: true),
      FieldSpec("holder", mandatory: true),
      FieldSpec("holder_address"),
      FieldSpec("policy", .reference(.policy), mandatory: true, repeats: true),
      FieldSpec("ai", "policies shown with ADDL INSD (comma-separated ids)"),
      FieldSpec("wos", "policies shown with SUBR WVD (comma-separated ids)"),
      FieldSpec("pnc", "policies shown primary and non-contributory (comma-separated ids)"),
      FieldSpec("description", "description of operations"),
      FieldSpec("issued", .date, mandatory: true),
      FieldSpec(
        "status", .enumeration(["issued", "void", "needs-reissue", "replaced"]), mandatory: true),
      FieldSpec("replaces", .reference(.certificate)),
    ])

  static let delegation = KindSpec(
    .delegation, recordType: "Delegation", file: "delegations.rec", singular: "delegation",
    plural: "delegations", idPrefix: "D-", summary: "tasks handed to a team member",
    fields: [
      FieldSpec("id", mandatory: true),
      FieldSpec("from", .reference(.person), mandatory: true),
      FieldSpec("to", .reference(.person), mandatory: true),
      FieldSpec("about", .anyReference, "the account or record the task is about"),
      FieldSpec("task", mandatory: true),
      FieldSpec("action", .enumeration(delegationActions)),
      FieldSpec(
        "priority", .enumeration(["low", "normal", "high", "critical"]), mandatory: true),
      FieldSpec("created", .date, mandatory: true),
      FieldSpec("due", .date, mandatory: true),
      FieldSpec(
        "status", .enumeration(["open", "in-progress", "waiting", "done", "cancelled"]),
        mandatory: true),
      FieldSpec("outcome", .enumeration(["successful", "unsuccessful"])),
      FieldSpec("closed", .date),
      FieldSpec("every", .enumeration(["weekly", "monthly", "quarterly", "yearly"])),
      FieldSpec("notes"),
    ])

  static let claim = KindSpec(
    .claim, recordType: "Claim", file: "claims.rec", singular: "claim", plural: "claims",
    idPrefix: "CL-", summary: "losses reported against policies",
    fields: [
      FieldSpec("id", mandatory: true),
      FieldSpec("policy", .reference(.policy), mandatory: true),
      FieldSpec("number", "the carrier's claim number"),
      FieldSpec("line", .enumeration(lines)),
      FieldSpec("occurred", .date, mandatory: true),
      FieldSpec("reported", .date),
      FieldSpec("description"),
      FieldSpec("status", .enumeration(["open", "closed"]), mandatory: true),
      FieldSpec("paid", .money, "loss paid"),
      FieldSpec("expense", .money, "expense paid"),
      FieldSpec("reserve", .money),
      FieldSpec("recovered", .money),
    ])

  static let quote = KindSpec(
    .quote, recordType: "Quote", file: "quotes.rec", singular: "quote", plural: "quotes",
    idPrefix: "Q-", summary: "quotes requested and received from carriers", moneyAddsUp: false,
    fields: [
      FieldSpec("id", mandatory: true),
      FieldSpec("account", .reference(.account), mandatory: true),
      FieldSpec("line", .enumeration(lines), mandatory: true),
      FieldSpec("carrier", .reference(.carrier), mandatory: true),
      FieldSpec("premium", .money),
      FieldSpec("taxes", .money),
      FieldSpec("fees", .money),
      FieldSpec("effective", .date),
      FieldSpec("limit", repeats: true),
      FieldSpec("form", repeats: true),
      FieldSpec(
        "status", .enumeration(["requested", "received", "declined", "selected"]),
        mandatory: true),
      FieldSpec("notes"),
    ])

  static let endorsement = KindSpec(
    .endorsement, recordType: "Endorsement", file: "endorsements.rec", singular: "endorsement",
    plural: "endorsements", idPrefix: "EN-", summary: "changes to a policy mid-term",
    fields: [
      FieldSpec("id", mandatory: true),
      FieldSpec("policy", .reference(.policy), mandatory: true),
      FieldSpec("effective", .date, mandatory: true),
      FieldSpec("description", mandatory: true),
      FieldSpec("premium_change", .money, "may be negative: a return premium"),
      FieldSpec("limit", repeats: true),
      FieldSpec("form", repeats: true, "forms added"),
      FieldSpec("remove_form", repeats: true, "forms removed"),
      FieldSpec("ai", .enumeration(["none", "scheduled", "blanket"])),
      FieldSpec("wos", yesNo),
      FieldSpec("pnc", yesNo),
      FieldSpec(
        "status", .enumeration(["requested", "issued", "declined"]), mandatory: true),
      FieldSpec("requested", .date),
      FieldSpec("issued", .date),
    ])

  static let requirement = KindSpec(
    .requirement, recordType: "Requirement", file: "requirements.rec", singular: "requirement",
    plural: "requirements", idPrefix: "R-",
    summary: "insurance a holder's contract or lease requires",
    fields: [
      FieldSpec("id", mandatory: true),
      FieldSpec("account", .reference(.account), mandatory: true),
      FieldSpec("holder", mandatory: true),
      FieldSpec("source", "the contract or lease"),
      FieldSpec("line", .enumeration(lines), mandatory: true),
      FieldSpec("limit", repeats: true),
      FieldSpec("ai", yesNo),
      FieldSpec("wos", yesNo),
      FieldSpec("pnc", yesNo),
      FieldSpec("notes"),
    ])

  static let binder = KindSpec(
    .binder, recordType: "Binder", file: "binders.rec", singular: "binder", plural: "binders",
    idPrefix: "B-", summary: "temporary evidence of coverage until the policy is issued",
    fields: [
      FieldSpec("id", mandatory: true),
      FieldSpec("account", .reference(.account), mandatory: true),
      FieldSpec("line", .enumeration(lines), mandatory: true),
      FieldSpec("carrier", .reference(.carrier), mandatory: true),
      FieldSpec("effective", .date, mandatory: true),
      FieldSpec("expires", .date, mandatory: true),
      FieldSpec("premium", .money),
      FieldSpec("policy", .reference(.policy)),
      FieldSpec(
        "status", .enumeration(["issued", "replaced", "expired", "void"]), mandatory: true),
    ])

  static let invoice = KindSpec(
    .invoice, recordType: "Invoice", file: "invoices.rec", singular: "invoice",
    plural: "invoices", idPrefix: "I-", summary: "agency-billed invoices",
    fields: [
      FieldSpec("id", mandatory: true),
      FieldSpec("account", .reference(.account), mandatory: true),
      FieldSpec("policy", .reference(.policy)),
      FieldSpec("description"),
      FieldSpec("amount", .money, mandatory: true),
      FieldSpec("issued", .date, mandatory: true),
      FieldSpec("due", .date, mandatory: true),
      FieldSpec("paid", .date),
    ])

  static let note = KindSpec(
    .note, recordType: "Note", file: "notes.rec", singular: "note", plural: "notes",
    idPrefix: "N-", summary: "the activity log people write",
    fields: [
      FieldSpec("id", mandatory: true),
      FieldSpec("about", .anyReference, mandatory: true),
      FieldSpec("by", .reference(.person), mandatory: true),
      FieldSpec("at", .timestamp, mandatory: true, "YYYY-MM-DD HH:MM, local"),
      FieldSpec("text", mandatory: true),
    ])

  static let macro = KindSpec(
    .macro, recordType: "Macro", file: "macros.rec", singular: "macro", plural: "macros",
    keyField: "name", summary: "saved commands shared by the team",
    fields: [
      FieldSpec("name", mandatory: true),
      FieldSpec("command", mandatory: true),
      FieldSpec("description"),
    ])

  static let change = KindSpec(
    .change, recordType: "Change", file: "journal", singular: "change", plural: "changes",
    keyField: nil, summary: "the journal: every change to every record, append-only",
    fields: [
      FieldSpec("txn", mandatory: true, "the transaction"),
      FieldSpec("time", mandatory: true, "the real local time, YYYY-MM-DD HH:MM:SS"),
      FieldSpec("day", .date, mandatory: true, "the book's day"),
      FieldSpec("user", mandatory: true),
      FieldSpec("command"),
      FieldSpec("kind", mandatory: true),
      FieldSpec("id", mandatory: true),
      FieldSpec("op", .enumeration(["add", "set", "delete"]), mandatory: true),
      FieldSpec("undoes", "the transaction this one undoes"),
      FieldSpec("redoes", "the undo this one redoes"),
      FieldSpec("next", "for a deleted record, the id of the record that followed it"),
      FieldSpec("before", "the record before, as rec text"),
      FieldSpec("after", "the record after, as rec text"),
    ])
}
