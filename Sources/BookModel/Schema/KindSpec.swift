/// The schema of one kind: its file, names in the language, id scheme and fields.
public struct KindSpec: Sendable {
  public let kind: KindID
  /// The `%rec:` type name (`Policy`).
  public let recordType: String
  /// The file in the data directory (`policies.rec`); the journal has one per person.
  public let file: String
  /// The singular word in the language (`policy`).
  public let singular: String
  /// The plural word in the language (`policies`).
  public let plural: String
  /// Other words naming the kind (`cert`, `certs`).
  public let aliases: [String]
  /// The prefix of assigned ids (`P-`); nil when ids are mnemonics given by the user.
  public let idPrefix: String?
  /// The field that identifies a record (`%key:`); nil for the agency and the journal.
  public let keyField: String?
  /// One line for `help`.
  public let summary: String
  public let fields: [FieldSpec]
  /// Whether the money of several records adds up to something: false for quotes, which
  /// are competing alternatives (tables then show no total row for them).
  public let moneyAddsUp: Bool
  /// Names of the mandatory fields, in declaration order.
  public let mandatoryFields: [String]
  /// Where each declared field stands in `fields` (validation looks fields up per value).
  private let positions: [String: Int]

  public init(
    _ kind: KindID, recordType: String, file: String, singular: String, plural: String,
    aliases: [String] = [], idPrefix: String? = nil, keyField: String? = "id", summary: String,
    moneyAddsUp: Bool = true, fields: [FieldSpec]
  ) {
    self.kind = kind
    self.recordType = recordType
    self.file = file
    self.singular = singular
    self.plural = plural
    self.aliases = aliases
    self.idPrefix = idPrefix
    self.keyField = keyField
    self.summary = summary
    self.fields = fields
    self.moneyAddsUp = moneyAddsUp
    self.mandatoryFields = fields.filter(\.mandatory).map(\.name)
    var positions: [String: Int] = [:]
    for (index, field) in fields.enumerated() where positions[field.name] == nil {
      positions[field.name] = index
    }
    self.positions = positions
  }

  /// The field of that name, if the kind declares it.
  public func field(_ name: String) -> FieldSpec? {
    positions[name].map { fields[$0] }
  }

  /// The descriptor block that starts the kind's file, without a trailing blank line.
  public var descriptor: String {
    var lines = ["%rec: \(recordType)"]
    if let keyField { lines.append("%key: \(keyField)") }
    let mandatory = mandatoryFields
    if !mandatory.isEmpty { lines.append("%mandatory: " + mandatory.joined(separator: " ")) }
    for field in fields {
      if let type = field.type.recType(field: field.name) { lines.append("%type: \(type)") }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
