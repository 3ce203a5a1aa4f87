/// Text compared as people mean it when they search: case and accents ignored
/// (`"Núñez Café"` matches `cafe` and `nunez`), for name search and `~`.
enum TextFolding {
  /// The text lower-cased, with accents dropped: precomposed Latin letters become their base
  /// letter (`é` → `e`, `ß` → `ss`) and combining marks are left out.
  static func fold(_ text: String) -> String {
    let lower = text.lowercased()
    if lower.utf8.allSatisfy({ $0 < 0x80 }) { return lower }
    var out = String.UnicodeScalarView()
    for scalar in lower.unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      if let base = bases[scalar] {
        out.append(contentsOf: base.unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Whether `text` holds `needle` (already folded), ignoring case and accents.
  static func contains(_ text: String, folded needle: String) -> Bool {
    fold(text).contains(needle)
  }

  /// Lower-case accented Latin letters and the letters they are written as without accents.
  private static let bases: [Unicode.Scalar: String] = {
    let groups: [(String, String)] = [
      ("a", "àáâãäåāăą"), ("c", "çćĉċč"), ("d", "ďđð"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"),
      ("h", "ĥħ"), ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"),
      ("o", "òóôõöøōŏő"), ("r", "ŕŗř"), ("s", "śŝşšș"), ("t", "ţťŧț"), ("u", "ùúûüũūŭůűų"),
      ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"), ("ss", "ß"), ("ae", "æ"), ("oe", "œ"),
      ("th", "þ"),
    ]
    var table: [Unicode.Scalar: String] = [:]
    for (base, letters) in groups {
      for scalar in letters.unicodeScalars { table[scalar] = base }
    }
    return table
  }()
}
