import BookLanguage
import BookModel
import Testing

@Suite struct FieldCatalogTests {
  @Test func storedFieldsThenDerived() {
    let names = FieldCatalog.fields(of: .policy).map(\.name)
    #expect(names.prefix(3) == ["id", "account", "line"])
    #expect(
      names.suffix(7) == [
        "in_force", "days_left", "expires", "renewal_stage", "open_tasks", "late_start",
        "delegated",
      ])
    #expect(FieldCatalog.fields(of: .policy).filter(\.derived).count == 7)
  }

  @Test(arguments: [
    ("policy", "PREMIUM", ValueType.money, false),
    ("policy", "effective", .day, false),
    ("policy", "in_force", .bool, true),
    ("policy", "status", .text, false),
    ("audit", "mod", .decimal, false),
    ("audit", "additional", .money, true),
    ("agency", "xlist_days", .int, false),
    ("note", "at", .text, false),
    ("claim", "incurred", .money, true),
    ("audit", "delegated", .bool, true),
    ("account", "delegated", .bool, true),
  ])
  func fieldTypes(kind: String, name: String, type: ValueType, derived: Bool) throws {
    let kind = try #require(KindID(rawValue: kind))
    let info = try #require(FieldCatalog.field(name, of: kind))
    #expect(info.type == type)
    #expect(info.derived == derived)
  }

  @Test func referencesNameTheirKind() {
    #expect(FieldCatalog.field("account", of: .policy)?.reference == .account)
    #expect(FieldCatalog.field("account", of: .audit)?.reference == .account)
    #expect(FieldCatalog.field("account", of: .audit)?.derived == true)
    #expect(FieldCatalog.field("about", of: .note)?.reference == nil)
    #expect(FieldCatalog.field("limit", of: .policy)?.repeats == true)
    #expect(FieldCatalog.field("line", of: .policy)?.allowedValues?.first == "GL")
  }

  @Test func listColumnsAreFieldsAndFit() {
    #expect(
      FieldCatalog.listColumns(of: .policy) == [
        "id", "account", "line", "carrier", "number", "effective", "expiration", "premium",
        "status",
      ])
    #expect(
      FieldCatalog.listColumns(of: .account) == [
        "id", "name", "status", "manager", "advocate", "producer",
      ])
    for kind in KindID.allCases {
      let columns = FieldCatalog.listColumns(of: kind)
      #expect(!columns.isEmpty)
      for column in columns {
        #expect(FieldCatalog.field(column, of: kind) != nil, "\(kind) \(column)")
      }
      #expect(columns.count <= 9)
    }
  }
}
