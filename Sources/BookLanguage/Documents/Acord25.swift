import BookModel
import BookStore

/// The ACORD 25 content of a certificate of insurance: producer, insured, insurers A–F with
/// NAIC numbers, one row per policy, the description of operations citing the endorsement
/// forms, the holder and the standard cancellation wording. Rendered as text, md or html.
struct Acord25 {
  struct Insurer {
    var letter: String
    var name: String
    var naic: String?
  }

  struct Row {
    var letter: String
    var line: String
    var type: String
    var additionalInsured: Bool
    var waiverOfSubrogation: Bool
    var policy: String
    var number: String
    var effective: String
    var expiration: String
    /// Each named limit: `Each occurrence` → `$1,000,000`.
    var limits: [(name: String, amount: String)]

    /// `GL-4471-26 (P-0001)`, or the id alone when the policy has no number.
    var numberText: String { number == policy ? policy : "\(number) (\(policy))" }
  }

  var certificate: String
  var issued: String
  var status: String
  var producer: [String]
  var producerCode: String?
  var insured: [String]
  var insurers: [Insurer]
  var rows: [Row]
  var description: [String]
  var holder: [String]

  static let title = "CERTIFICATE OF LIABILITY INSURANCE"

  static let notice =
    "THIS CERTIFICATE IS ISSUED AS A MATTER OF INFORMATION ONLY AND CONFERS NO RIGHTS UPON THE CERTIFICATE HOLDER. THIS CERTIFICATE DOES NOT AFFIRMATIVELY OR NEGATIVELY AMEND, EXTEND OR ALTER THE COVERAGE AFFORDED BY THE POLICIES BELOW."

  static let cancellation =
    "SHOULD ANY OF THE ABOVE DESCRIBED POLICIES BE CANCELLED BEFORE THE EXPIRATION DATE THEREOF, NOTICE WILL BE DELIVERED IN ACCORDANCE WITH THE POLICY PROVISIONS."

  /// The names of lines on the form.
  static let lineNames: [String: String] = [
    "GL": "Commercial General Liability", "AUTO": "Automobile Liability",
    "WC": "Workers Compensation and Employers' Liability", "UMB": "Umbrella Liability",
    "PROP": "Property", "BOP": "Businessowners", "CPKG": "Commercial Package",
    "IM": "Inland Marine", "BR": "Builders Risk", "PROF": "Professional Liability",
    "DO": "Directors and Officers", "EPLI": "Employment Practices Liability",
    "CYBER": "Cyber Liability", "CRIME": "Crime", "BOND": "Surety Bond", "GAR": "Garage",
  ]

  /// The content of a certificate as the book holds it.
  init(_ certificate: some FieldReader, in view: Transaction) {
    self.certificate = certificate.value("id") ?? ""
    issued = certificate.value("issued") ?? ""
    status = certificate.value("status") ?? ""
    let agency = view.records(.agency).first
    producer = [agency?.value("name") ?? ""]
    producerCode = agency?.nonEmpty("producer_code")
    let account = certificate.value("account").flatMap { view.record(.account, $0) }
    insured = [
      account?.value("name"), account?.nonEmpty("dba").map { "DBA " + $0 },
      account?.nonEmpty("address"),
    ].compactMap { $0 }
    var insurers: [Insurer] = []
    var rows: [Row] = []
    var cited: [Certificate.Mark: [String]] = [:]
    let letters = ["A", "B", "C", "D", "E", "F"]
    for id in certificate.values("policy") {
      guard let policy = view.record(.policy, id) else { continue }
      let carrierID = policy.value("carrier") ?? ""
      let carrier = view.record(.carrier, carrierID)
      let name = carrier?.value("name") ?? carrierID
      var letter = insurers.first { $0.name == name }?.letter
      if letter == nil, insurers.count < letters.count {
        letter = letters[insurers.count]
        insurers.append(
          Insurer(letter: letters[insurers.count], name: name, naic: carrier?.nonEmpty("naic")))
      }
      let shows = { (mark: Certificate.Mark) in
        Certificate.ids(certificate.nonEmpty(mark.field)).contains(id)
      }
      for mark in Certificate.Mark.allCases where shows(mark) {
        let forms = EndorsementForms.granting(
          mark, among: EndorsementForms.forms(ofPolicy: id, in: view))
        cited[mark, default: []] +=
          forms.isEmpty ? ["\(id) (\(policy.value("line") ?? ""))"] : forms
      }
      let line = policy.value("line") ?? ""
      rows.append(
        Row(
          letter: letter ?? "", line: line, type: Self.lineNames[line] ?? line,
          additionalInsured: shows(.additionalInsured),
          waiverOfSubrogation: shows(.waiverOfSubrogation), policy: id,
          number: policy.value("number") ?? id, effective: policy.value("effective") ?? "",
          expiration: policy.value("expiration") ?? "",
          limits: policy.values("limit").map(Self.limit)))
    }
    self.insurers = insurers
    self.rows = rows
    var description: [String] = []
    if let text = certificate.nonEmpty("description") { description.append(text) }
    for mark in Certificate.Mark.allCases {
      guard let found = cited[mark] else { continue }
      let unique = found.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
      let label = mark == .primaryNonContributory ? "Primary and non-contributory" : mark.label
      let forms = unique.filter { !$0.hasPrefix("P-") }
      let policies = unique.filter { $0.hasPrefix("P-") }
      var parts: [String] = []
      if !forms.isEmpty { parts.append("per " + forms.joined(separator: ", ")) }
      if !policies.isEmpty { parts.append("applies to " + policies.joined(separator: ", ")) }
      description.append("\(label) " + parts.joined(separator: "; ") + ".")
    }
    self.description = description
    holder = [certificate.value("holder"), certificate.nonEmpty("holder_address")].compactMap {
      $0
    }
  }

  /// `each-occurrence 1000000` → (`Each occurrence`, `$1,000,000`).
  static func limit(_ text: String) -> (name: String, amount: String) {
    let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
    var words = (parts.first ?? text).split(separator: "-").map(String.init)
    if words.first == "el" { words[0] = "E.L." }
    let name = words.joined(separator: " ")
    let label = name.prefix(1).uppercased() + name.dropFirst()
    guard parts.count == 2, let money = Money(parts[1]) else {
      return (label, parts.count == 2 ? parts[1] : "")
    }
    let shown = money.description
    return (label, "$" + (shown.hasSuffix(".00") ? String(shown.dropLast(3)) : shown))
  }
}
