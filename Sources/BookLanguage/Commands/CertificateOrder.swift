import BookModel
import BookStore

/// What `cert issue` and `cert reissue` were asked for: the holder, the policies and, per
/// mark, the policies that show it (nil: not asked; an empty list after a bare `ai`: every
/// listed policy).
struct CertificateOrder {
  var holder: String?
  var holderAddress: String?
  var policies: [String]?
  var marks: [Certificate.Mark: [String]] = [:]
  var description: String?
  /// Why the holder's unmet requirements were accepted (`accept_gaps reason="…"`).
  var acceptedGaps: String?

  /// The fields the verbs take, and the record field each sets.
  static let fieldNames = [
    "holder", "holder_address", "policies", "policy", "ai", "wos", "pnc", "desc", "description",
    "reason",
  ]

  /// `accept_gaps reason="…"`: issue despite the holder's requirements not all being met.
  static let gapGrammar: [Slot] = [
    .optional([.keyword("accept_gaps")]), .assignments("assignments-gaps"),
  ]

  /// The grammar of the marks: `ai`, `wos` and `pnc` bare in any order, between
  /// `FIELD=VALUE`s (three rounds, so any order reads).
  static let markGrammar: [Slot] = (1...3).flatMap { round in
    Certificate.Mark.allCases.flatMap { mark -> [Slot] in
      [.optional([.keyword(mark.field)]), .assignments("assignments-\(mark.field)-\(round)")]
    }
  }

  /// Every assignment of the verb's grammar, in order.
  static func assignments(_ invocation: Invocation) -> [Assignment] {
    var all = invocation.assignments()
    for round in 1...3 {
      for mark in Certificate.Mark.allCases {
        all += invocation.assignments("assignments-\(mark.field)-\(round)")
      }
    }
    return all + invocation.assignments("assignments-gaps")
  }

  /// Reads the order from a command's assignments and bare marks.
  init(_ invocation: Invocation, verb: String) throws(LanguageError) {
    let session = invocation.session
    for assignment in Self.assignments(invocation) {
      let name = assignment.field.path.joined(separator: ".")
      let text = try session.text(of: assignment.value)
      switch name {
      case "holder": holder = text
      case "holder_address": holderAddress = text
      case "policies", "policy": policies = Certificate.ids(text)
      case "desc", "description": description = text
      case "reason": acceptedGaps = text
      case "ai", "wos", "pnc":
        if let mark = Certificate.Mark(rawValue: name) { marks[mark] = Certificate.ids(text) }
      default:
        throw .refused(
          .takesNoField(
            verb: verb, field: name,
            takes: Self.fieldNames.filter { $0 != "policy" && $0 != "description" },
            bare: Certificate.Mark.allCases.map(\.rawValue)), at: assignment.field.range)
      }
    }
    for mark in Certificate.Mark.allCases where invocation.has(mark.field) {
      marks[mark] = marks[mark] ?? []
    }
    let example = "\(verb) … accept_gaps reason=\"the GC accepted the umbrella\""
    if invocation.has("accept_gaps") && (acceptedGaps ?? "").isEmpty {
      throw .refused(.needsReason("accept_gaps", example: example), at: invocation.command.range)
    }
    if acceptedGaps != nil && !invocation.has("accept_gaps") {
      throw .refused(.reasonWithoutGaps(example: example), at: invocation.command.range)
    }
  }

  /// The policies that show a mark: those named, or every listed one after a bare mark.
  func policies(showing mark: Certificate.Mark, listed: [String]) -> [String]? {
    guard let named = marks[mark] else { return nil }
    return named.isEmpty ? listed : named
  }

  /// The certificate record: account, holder, policies, marks, description, issued today.
  static func record(
    account: String, holder: String, holderAddress: String?, policies: [String],
    marks: [Certificate.Mark: [String]], description: String?, today: Day, replaces: String?,
    acceptedGaps: String? = nil
  ) -> Record {
    var record = Record()
    record.set("account", account)
    record.set("holder", holder)
    record.set("holder_address", holderAddress ?? "")
    record.setAll("policy", policies)
    for mark in Certificate.Mark.allCases {
      record.set(mark.field, (marks[mark] ?? []).joined(separator: ","))
    }
    record.set("description", description ?? "")
    record.set("issued", today.iso)
    record.set("status", CertificateStatus.issued.rawValue)
    record.set("replaces", replaces ?? "")
    record.set(Certificate.acceptedGapsField, acceptedGaps ?? "")
    return record
  }

  /// One line per policy row of a certificate: `P-0001 GL (ADDL INSD: blanket, CG 20 10 04/13;
  /// SUBR WVD: CG 24 04 05/09)`.
  static func rows(of certificate: some FieldReader, in view: Transaction) -> [String] {
    certificate.values("policy").map { id in
      guard let policy = view.record(.policy, id) else { return id }
      var marks: [String] = []
      for mark in Certificate.Mark.allCases
      where Certificate.ids(certificate.nonEmpty(mark.field)).contains(id) {
        var cited = EndorsementForms.granting(
          mark, among: EndorsementForms.forms(ofPolicy: id, in: view))
        if mark == .additionalInsured, let kind = policy.nonEmpty("ai") {
          cited.insert(kind, at: 0)
        }
        marks.append(mark.label + (cited.isEmpty ? "" : ": " + cited.joined(separator: ", ")))
      }
      let line = policy.nonEmpty("line").map { " " + $0 } ?? ""
      return id + line + (marks.isEmpty ? "" : " (" + marks.joined(separator: "; ") + ")")
    }
  }

  /// `CE-0012 issued for City of Sacramento: P-0001 GL (ADDL INSD: blanket, …)`, one row per
  /// line when there are several.
  static func summary(_ id: String, _ what: String, in view: Transaction) -> String {
    guard let certificate = view.record(.certificate, id) else { return "\(id) \(what)\n" }
    let rows = rows(of: certificate, in: view)
    let head = "\(id) \(what) for \(certificate.value("holder") ?? "")"
    let text =
      rows.count == 1
      ? head + ": " + rows[0] + "\n" : head + ":\n" + rows.map { "  " + $0 + "\n" }.joined()
    return text + acceptedGaps(of: certificate, in: view)
  }

  /// The gaps a certificate was issued with, and why they were accepted.
  static func acceptedGaps(of certificate: RecordView, in view: Transaction) -> String {
    guard let reason = certificate.nonEmpty(Certificate.acceptedGapsField),
      let account = certificate.nonEmpty("account"), let holder = certificate.nonEmpty("holder"),
      let issued = certificate.nonEmpty("issued").flatMap(Day.init(iso:))
    else { return "" }
    let policies = certificate.values("policy").compactMap {
      view.record(.policy, $0).map { $0 as any FieldReader }
    }
    let gaps = Requirement.gaps(
      account: account, holder: holder, among: policies, on: issued, in: view)
    return gaps.map { "  gap accepted: \($0.text)\n" }.joined() + "  accepted because: \(reason)\n"
  }
}
