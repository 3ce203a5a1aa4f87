import BookModel
import Testing

/// A record from `name: value` pairs.
func record(_ pairs: [(String, String)]) -> Record {
  Record(pairs.map { Field($0.0, $0.1) })
}

let validPolicy: [(String, String)] = [
  ("id", "P-0001"), ("account", "ACME"), ("line", "GL"), ("carrier", "TRAV"),
  ("effective", "2026-01-15"), ("expiration", "2027-01-15"), ("premium", "12500.00"),
  ("status", "active"),
]

/// The policy with one field replaced (or added when absent).
func policy(_ name: String, _ value: String) -> Record {
  var result = record(validPolicy)
  result.set(name, value)
  if value.isEmpty { result.fields.append(Field(name, "")) }
  return result
}

@Suite struct RecordValidatorTests {
  @Test func aValidPolicyHasNoViolations() {
    #expect(RecordValidator.validate(record(validPolicy), as: Schema.spec(.policy)).isEmpty)
  }

  @Test(
    arguments: [
      ("effective", "2026-13-01", "invalid date '2026-13-01': there is no month 13", nil),
      (
        "effective", "2026-02-29", "invalid date '2026-02-29': February 2026 has 28 days, not 29",
        nil
      ),
      (
        "premium", "12.345",
        "invalid amount '12.345': there are more than 2 digits after the point",
        "write money as 12500.00"
      ),
      (
        "premium", "-5.00", "premium must not be negative: -5.00",
        "a return premium is an endorsement's negative premium_change"
      ),
      (
        "status", "activ", "'activ' is not a status; did you mean 'active'?",
        "status is one of: quoted, bound, active, pending-cancel, cancelled, expired, renewed, "
          + "nonrenewed, replaced"
      ),
      (
        "ai", "sometimes", "'sometimes' is not an ai",
        "ai is one of: none, scheduled, blanket"
      ),
      ("status", "", "mandatory field 'status' is empty", "give it a value"),
      (
        "cancelled", "", "field 'cancelled' is empty",
        "give it a value, or remove the line to clear it"
      ),
      (
        "id", "P 0001", "'P 0001' is not a valid id",
        "use a word: letters, digits, '-', '_' or '.', starting with a letter or digit"
      ),
      (
        "expiration", "2026-01-15", "expiration 2026-01-15 must be after effective 2026-01-15",
        "check both days"
      ),
      (
        "cancelled", "2027-02-01",
        "cancelled 2027-02-01 is outside the term 2026-01-15 to 2027-01-15",
        "a cancelled day falls within the term"
      ),
    ] as [(String, String, String, String?)])
  func policyMessages(field: String, value: String, message: String, hint: String?) throws {
    let violations = RecordValidator.validate(policy(field, value), as: Schema.spec(.policy))
    #expect(violations.count == 1)
    let violation = try #require(violations.first)
    #expect(violation.message == message)
    #expect(violation.hint == hint)
    #expect(violation.field == field)
  }

  @Test func missingRepeatedAndBadNamesCarryTheirOccurrence() {
    var bad = record(validPolicy)
    bad.remove("carrier")
    bad.fields.append(Field("status", "expired"))
    bad.fields.append(Field("status", "renewed"))
    bad.fields.append(Field("9lives", "x"))
    bad.fields.append(Field("limit", "each-occurrence 1000000"))
    bad.fields.append(Field("limit", "general-aggregate 2000000"))
    let violations = RecordValidator.validate(bad, as: Schema.spec(.policy))
    #expect(
      violations.map(\.message) == [
        "field 'status' appears 3 times but holds one value",
        "invalid field name '9lives'",
        "missing mandatory field 'carrier'",
      ])
    #expect(violations.map(\.occurrence) == [1, 0, 0])
    #expect(violations.map(\.rule) == [.repeated, .fieldName, .mandatory])
  }

  @Test func unknownFieldsAreLegal() {
    var extra = record(validPolicy)
    extra.fields.append(Field("x_custom", "anything"))
    #expect(RecordValidator.validate(extra, as: Schema.spec(.policy)).isEmpty)
  }

  @Test(
    arguments: [
      (
        KindID.contact, [("id", "CT-0001"), ("name", "Pat")],
        ["a contact needs 'carrier' or 'account'"]
      ),
      (
        .delegation,
        [
          ("id", "D-0001"), ("from", "jkim"), ("to", "mlopez"), ("task", "Call"),
          ("priority", "normal"), ("created", "2026-11-23"), ("due", "2026-11-20"),
          ("status", "open"), ("outcome", "successful"),
        ],
        [
          "due 2026-11-20 must not be before created 2026-11-23",
          "'outcome' is only for done delegations; this one is open",
        ]
      ),
      (
        .audit,
        [
          ("id", "AU-0001"), ("policy", "P-0003"), ("type", "mail"),
          ("period_start", "2025-01-15"), ("period_end", "2025-01-15"), ("status", "disputed"),
          ("mod", "0.9x"),
        ],
        [
          "invalid number '0.9x': 'x' has no place in a number",
          "period_end 2025-01-15 must be after period_start 2025-01-15",
          "a disputed audit needs 'dispute'",
        ]
      ),
      (
        .binder,
        [
          ("id", "B-0001"), ("account", "ACME"), ("line", "GL"), ("carrier", "TRAV"),
          ("effective", "2026-02-01"), ("expires", "2026-01-01"), ("status", "issued"),
        ],
        ["expires 2026-01-01 must be after effective 2026-02-01"]
      ),
      (
        .certificate,
        [
          ("id", "CE-0001"), ("account", "ACME"), ("holder", "City"), ("policy", "P-0001"),
          ("ai", "P-0001, P-0002"), ("issued", "2026-11-23"), ("status", "issued"),
        ],
        ["'ai' names P-0002, which is not a policy of this record"]
      ),
      (
        .certificate,
        [
          ("id", "CE-0001"), ("account", "ACME"), ("holder", "City"), ("issued", "2026-11-23"),
          ("status", "issued"),
        ],
        ["missing mandatory field 'policy'"]
      ),
      (
        .exposure,
        [
          ("id", "EX-0001"), ("audit", "AU-0001"), ("basis", "payroll"), ("per", "10"),
          ("estimated", "850,000"), ("rate", "-4.12"),
        ],
        ["'10' is not a per; did you mean '100'?", "rate must not be negative: -4.12"]
      ),
      (
        .endorsement,
        [
          ("id", "EN-0001"), ("policy", "P-0001"), ("effective", "2026-03-01"),
          ("description", "drop a vehicle"), ("premium_change", "-250.00"), ("status", "issued"),
        ],
        []
      ),
      (
        .note,
        [
          ("id", "N-0001"), ("about", "ACME"), ("by", "jkim"), ("at", "2026-11-23 9:00"),
          ("text", "x"),
        ],
        [
          "invalid time stamp '2026-11-23 9:00': "
            + "write time stamps as YYYY-MM-DD HH:MM (2026-11-23 09:30)"
        ]
      ),
      (
        .agency, [("name", "Sierra Ridge"), ("xlist_days", "12.5")],
        ["invalid whole number '12.5': it must be a whole number"]
      ),
    ] as [(KindID, [(String, String)], [String])])
  func businessRules(kind: KindID, pairs: [(String, String)], messages: [String]) {
    let violations = RecordValidator.validate(record(pairs), as: kind.spec)
    #expect(violations.map(\.message) == messages)
  }

  @Test func referencesMustResolve() {
    let known: Set<String> = ["ACME", "TRAV"]
    var rec = record(validPolicy)
    rec.set("carrier", "TRAVX")
    rec.set("prior", "P-0009")
    let violations = RecordValidator.validateReferences(
      rec, as: Schema.spec(.policy), exists: { _, id in known.contains(id) },
      anyExists: { known.contains($0) })
    #expect(violations.map(\.message) == ["no carrier 'TRAVX'", "no policy 'P-0009'"])
    #expect(violations.map(\.hint) == ["see: carriers", "see: policies"])
    #expect(violations.allSatisfy { $0.rule == .reference })

    let note = record([("id", "N-1"), ("about", "NOPE"), ("by", "jkim")])
    let noteViolations = RecordValidator.validateReferences(
      note, as: Schema.spec(.note), exists: { _, _ in true }, anyExists: { _ in false })
    #expect(noteViolations.map(\.message) == ["no record with id 'NOPE'"])
  }

  @Test(
    arguments: [
      ("activ", "active"), ("ACTIVE", "active"), ("canceled", "cancelled"), ("pending", nil),
      ("zzz", nil),
    ] as [(String, String?)])
  func suggestions(word: String, expected: String?) {
    let allowed = ["active", "cancelled", "expired", "pending-cancel"]
    #expect(Suggestion.closest(to: word, in: allowed) == expected)
  }
}
