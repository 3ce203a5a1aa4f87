import BookModel
import Testing

@Suite struct SchemaTests {
  @Test func everyKindHasItsKeyFieldAndMandatoryFieldsDeclared() {
    for spec in Schema.kinds {
      if let key = spec.keyField {
        #expect(spec.field(key)?.mandatory == true, "\(spec.recordType) key \(key)")
      }
      #expect(Set(spec.fields.map(\.name)).count == spec.fields.count, "\(spec.recordType)")
    }
  }

  @Test func kindsAreFoundBySingularPluralAndAlias() {
    #expect(Schema.kind(named: "Policies")?.kind == .policy)
    #expect(Schema.kind(named: "cert")?.kind == .certificate)
    #expect(Schema.kind(named: "team")?.kind == .person)
    #expect(Schema.kind(ofID: "AU-0001")?.kind == .audit)
    #expect(Schema.kind(ofID: "ACME") == nil)
  }

  @Test func descriptorDeclaresKeyMandatoryAndTypes() {
    let text = Schema.spec(.subjectivity).descriptor
    #expect(
      text == """
        %rec: Subjectivity
        %key: id
        %mandatory: id policy text due status
        %type: due date
        %type: status enum open received waived
        %type: received date

        """)
  }
}
