import BookModel
import BookStore

// The records `show` lists under a record.
extension FieldResolver {
  /// Records related to one, for `show`: for an account its locations, contacts, policies, open
  /// audits, certificates, open delegations, notes (about it or its records), quotes, claims,
  /// requirements, binders, invoices; for a policy its account, audits, claims, certificates
  /// listing it, endorsements, subjectivities, prior/renewal terms; for an audit its exposures
  /// and policy; sensible for every other kind. Each group in a stable order (file order; notes newest first);
  /// empty groups are left out.
  public func related(to record: RecordView, kind: KindID) -> [RelatedGroup] {
    guard let id = record.nonEmpty(kind.spec.keyField ?? "id") else { return [] }
    var groups = RelatedGroups()
    switch kind {
    case .account: accountGroups(id, into: &groups)
    case .policy: policyGroups(id, record, into: &groups)
    case .audit:
      groups.add(.policy, referenced(record, "policy", .policy))
      groups.add(.exposure, records(.exposure, where: "audit", is: id))
    case .exposure:
      groups.add(.audit, referenced(record, "audit", .audit))
    case .certificate:
      groups.add(.account, referenced(record, "account", .account))
      groups.add(.policy, referenced(record, "policy", .policy))
      groups.add(
        .certificate,
        referenced(record, "replaces", .certificate)
          + records(.certificate, where: "replaces", is: id))
    case .delegation, .note:
      if let about = record.nonEmpty("about"), let (target, targetKind) = anyRecord(about) {
        groups.add(targetKind, [target])
      }
    case .person: personGroups(id, into: &groups)
    case .carrier:
      groups.add(.contact, records(.contact, where: "carrier", is: id))
      groups.add(.policy, records(.policy, where: "carrier", is: id))
      groups.add(.quote, records(.quote, where: "carrier", is: id))
    case .location:
      groups.add(.account, referenced(record, "account", .account))
      groups.add(.allocation, records(.allocation, where: "location", is: id))
    case .allocation:
      groups.add(.policy, referenced(record, "policy", .policy))
      groups.add(.location, referenced(record, "location", .location))
    case .contact, .quote, .binder, .invoice, .requirement, .claim, .endorsement, .subjectivity:
      for (field, target) in [
        ("account", KindID.account), ("policy", .policy), ("carrier", .carrier),
      ] where kind.spec.field(field) != nil {
        groups.add(target, referenced(record, field, target))
      }
    case .agency, .macro, .change:
      break
    }
    if ![.account, .person, .carrier, .agency, .macro, .change].contains(kind) {
      groups.add(.delegation, records(.delegation, where: "about", is: id))
      groups.add(.note, newestFirst(records(.note, where: "about", is: id)))
    }
    return groups.groups
  }

  private func accountGroups(_ id: String, into groups: inout RelatedGroups) {
    for kind in AccountRecords.kinds {
      // Records with an `account` field are found by index; the others by following references.
      let candidates =
        kind.spec.field("account")?.type == .reference(.account)
        ? records(kind, where: "account", is: id) : source.records(kind)
      let found = AccountRecords.records(of: id, kind: kind, among: candidates, in: self)
      groups.add(kind, kind == .note ? newestFirst(found) : found, title: Self.accountTitles[kind])
    }
  }

  /// Notes newest first (by `at`, then id), as an activity log reads.
  private func newestFirst(_ notes: [RecordView]) -> [RecordView] {
    notes.sorted {
      ($0.value("at") ?? "", $0.value("id") ?? "") > ($1.value("at") ?? "", $1.value("id") ?? "")
    }
  }

  /// The headings of groups under an account that hold only some of its records.
  private static let accountTitles: [KindID: String] = [
    .audit: "open audits", .delegation: "open delegations",
  ]

  private func policyGroups(_ id: String, _ record: RecordView, into groups: inout RelatedGroups) {
    groups.add(.account, referenced(record, "account", .account))
    for kind in [KindID.audit, .claim, .certificate, .endorsement, .subjectivity] {
      groups.add(kind, records(kind, where: "policy", is: id))
    }
    groups.add(.policy, referenced(record, "prior", .policy), title: "prior term")
    groups.add(.policy, records(.policy, where: "prior", is: id), title: "renewal term")
  }

  private func personGroups(_ id: String, into groups: inout RelatedGroups) {
    let roles = ["manager", "advocate", "producer"]
    groups.add(
      .account,
      source.records(.account).filter { account in roles.contains { account.value($0) == id } })
    groups.add(
      .delegation,
      records(.delegation, where: "to", is: id).filter {
        $0.value("status").flatMap(DelegationStatus.init)?.isOpen ?? true
      })
  }

  /// The records of a kind a reference field of a record names, in the field's order.
  private func referenced(_ record: RecordView, _ field: String, _ kind: KindID) -> [RecordView] {
    record.values(field).compactMap { $0.isEmpty ? nil : source.record(kind, $0) }
  }
}

/// Records of one kind shown under a record, with the heading `show` gives them.
public struct RelatedGroup: Sendable {
  public let kind: KindID
  /// `policies`, `open audits`, `prior term`…
  public let title: String
  public let records: [RecordView]
}

/// Groups of related records in the order added, empty ones left out.
private struct RelatedGroups {
  var groups: [RelatedGroup] = []

  /// Adds a group titled by its kind (singular or plural by count) unless a title is given.
  mutating func add(_ kind: KindID, _ records: [RecordView], title: String? = nil) {
    guard !records.isEmpty else { return }
    let spec = kind.spec
    let title = title ?? (records.count == 1 ? spec.singular : spec.plural)
    groups.append(RelatedGroup(kind: kind, title: title, records: records))
  }
}
