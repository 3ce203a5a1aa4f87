/// The standard endorsement forms that grant a certificate's marks (ISO and NCCI numbers,
/// matched without the edition): what a certificate cites for ADDL INSD, SUBR WVD and primary
/// and non-contributory wording.
public enum EndorsementForms {
  /// Form numbers (without edition) by the mark they grant.
  static let numbers: [Certificate.Mark: [String]] = [
    .additionalInsured: [
      "CG 20 10", "CG 20 37", "CG 20 11", "CG 20 26", "CG 20 12", "CG 20 18", "CG 20 33",
      "CG 20 38", "CA 20 48",
    ],
    .waiverOfSubrogation: ["CG 24 04", "WC 04 03 06", "WC 00 03 13", "CA 04 44"],
    .primaryNonContributory: ["CG 20 01"],
  ]

  /// The forms of a policy (`form: CG 20 10 04/13`) that grant a mark, in the policy's order.
  public static func granting(_ mark: Certificate.Mark, among forms: [String]) -> [String] {
    let wanted = numbers[mark] ?? []
    return forms.filter { form in
      wanted.contains { form == $0 || form.hasPrefix($0 + " ") }
    }
  }

  /// The forms a policy carries: its own, then those its issued endorsements add, each once.
  public static func forms(ofPolicy id: String, in lookup: some RecordLookup) -> [String] {
    var forms = lookup.record(.policy, id)?.values("form") ?? []
    for endorsement in lookup.records(.endorsement)
    where endorsement.value("policy") == id
      && endorsement.value("status") == EndorsementStatus.issued.rawValue
    {
      for form in endorsement.values("form") where !forms.contains(form) { forms.append(form) }
    }
    return forms
  }

  /// Whether two forms are the same form number, editions aside: `CG 20 10` matches
  /// `CG 20 10 04/13`, and `CG 20 10 04/13` matches `CG 20 10 07/04`.
  public static func sameNumber(_ one: String, _ other: String) -> Bool {
    number(of: one) == number(of: other)
  }

  /// A form without its edition (`CG 20 10 04/13` → `CG 20 10`): the words before one that
  /// holds a `/`.
  public static func number(of form: String) -> String {
    form.split(separator: " ").prefix { !$0.contains("/") }.joined(separator: " ")
  }
}
