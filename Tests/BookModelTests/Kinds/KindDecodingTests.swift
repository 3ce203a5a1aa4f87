import BookModel
import Testing

/// The Schema's allowed words for the field an enum mirrors, and the enum's raw values.
func wordsOf<E: SchemaEnumeration>(_ type: E.Type) -> (schema: [String]?, swift: [String]) {
  let (kind, field) = E.schemaField
  return (kind.spec.field(field)?.type.allowedValues, E.allCases.map(\.rawValue))
}

@Suite struct KindDecodingTests {
  @Test(arguments: [
    wordsOf(PersonRole.self), wordsOf(Billing.self), wordsOf(YesNo.self),
    wordsOf(ContactRole.self), wordsOf(AccountStatus.self), wordsOf(Line.self),
    wordsOf(PolicyStatus.self), wordsOf(RenewalStage.self), wordsOf(AdditionalInsured.self),
    wordsOf(SubjectivityStatus.self), wordsOf(AuditType.self), wordsOf(AuditStatus.self),
    wordsOf(ExposureBasis.self), wordsOf(ExposurePer.self), wordsOf(CertificateStatus.self),
    wordsOf(Priority.self), wordsOf(DelegationStatus.self), wordsOf(DelegationAction.self),
    wordsOf(Outcome.self), wordsOf(Recurrence.self), wordsOf(ClaimStatus.self),
    wordsOf(QuoteStatus.self), wordsOf(EndorsementStatus.self), wordsOf(BinderStatus.self),
    wordsOf(ChangeOperation.self),
  ])
  func swiftEnumsMatchTheSchemaWords(words: (schema: [String]?, swift: [String])) {
    #expect(words.schema == words.swift)
  }

  @Test func everyEnumerationFieldOfTheSchemaHasASwiftEnum() {
    let known = Set(
      [
        wordsOf(PersonRole.self), wordsOf(Billing.self), wordsOf(YesNo.self),
        wordsOf(ContactRole.self), wordsOf(AccountStatus.self), wordsOf(Line.self),
        wordsOf(PolicyStatus.self), wordsOf(RenewalStage.self), wordsOf(AdditionalInsured.self),
        wordsOf(SubjectivityStatus.self), wordsOf(AuditType.self), wordsOf(AuditStatus.self),
        wordsOf(ExposureBasis.self), wordsOf(ExposurePer.self), wordsOf(CertificateStatus.self),
        wordsOf(Priority.self), wordsOf(DelegationStatus.self), wordsOf(DelegationAction.self),
        wordsOf(Outcome.self), wordsOf(Recurrence.self), wordsOf(ClaimStatus.self),
        wordsOf(QuoteStatus.self), wordsOf(EndorsementStatus.self), wordsOf(BinderStatus.self),
        wordsOf(ChangeOperation.self),
      ].map(\.swift))
    for spec in Schema.kinds {
      for field in spec.fields {
        if let words = field.type.allowedValues {
          #expect(known.contains(words), "\(spec.recordType).\(field.name)")
        }
      }
    }
  }

  @Test func decodesEveryKindFromAValidRecord() throws {
    let account = try Account(
      record([("id", "ACME"), ("name", "Acme Roofing LLC"), ("status", "active")]))
    #expect(account.status == .active && account.since == nil)
    let note = try Note(
      record([
        ("id", "N-0001"), ("about", "ACME"), ("by", "jkim"), ("at", "2026-11-23 09:30"),
        ("text", "Called Jim"),
      ]))
    #expect(note.at.description == "2026-11-23 09:30")
    let agency = try AgencySettings(
      record([("name", "Sierra Ridge"), ("xlist_days", "120"), ("today", "2026-11-23")]))
    #expect(agency.xlistDays == 120 && agency.today == day("2026-11-23"))
    let endorsement = try Endorsement(
      record([
        ("id", "EN-0001"), ("policy", "P-0001"), ("effective", "2026-03-01"),
        ("description", "add AI"), ("premium_change", "-250.00"), ("form", "CG 20 10 04/13"),
        ("ai", "scheduled"), ("status", "issued"),
      ]))
    #expect(endorsement.premiumChange == Money(cents: -25_000))
    #expect(endorsement.forms == ["CG 20 10 04/13"] && endorsement.additionalInsured == .scheduled)
    let certificate = try Certificate(
      record([
        ("id", "CE-0001"), ("account", "ACME"), ("holder", "City"), ("policy", "P-0001"),
        ("policy", "P-0002"), ("ai", "P-0001, P-0002"), ("issued", "2026-11-23"),
        ("status", "needs-reissue"),
      ]))
    #expect(certificate.policies == ["P-0001", "P-0002"])
    #expect(certificate.additionalInsured == ["P-0001", "P-0002"])
    #expect(certificate.status == .needsReissue)
    let policy = try decodedPolicy([("status", "pending-cancel"), ("wos", "yes")])
    #expect(policy.status == .pendingCancel && policy.waiverOfSubrogation == true)
  }

  @Test func decodingAnEnumTypoSuggestsTheWord() {
    let violation = Violation.invalidEnum(
      field: "status", text: "prospekt", allowed: ["prospect", "active", "inactive", "lost"])
    #expect(violation.message == "'prospekt' is not a status; did you mean 'prospect'?")
    #expect(throws: violation) {
      try Account(record([("id", "ACME"), ("name", "Acme"), ("status", "prospekt")]))
    }
  }
}
