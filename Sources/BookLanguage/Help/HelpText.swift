import BookModel

/// The wording of `help`: made from the registry's entries and the schema.
enum HelpText {
  static func overview(_ registry: Registry) -> String {
    var out = "book — query and change the agency's book of business.\n"
    for group in CommandSpec.Group.allCases {
      let commands = registry.commands.filter { $0.group == group }
      guard !commands.isEmpty else { continue }
      out += "\n\(group.rawValue):\n"
      let width = commands.map { displayName($0).count }.max() ?? 0
      for command in commands {
        let name = displayName(command)
        out +=
          "  " + name + String(repeating: " ", count: width - name.count + 2)
          + command.summary + "\n"
      }
    }
    out += "\nKinds: " + kindWords.joined(separator: ", ") + "\n"
    out += "More: help COMMAND · help KIND · help where · help days · help formats · help keys\n"
    return out
  }

  private static func displayName(_ command: CommandSpec) -> String {
    command.name == "query" ? "KIND …" : command.name
  }

  static var kindWords: [String] {
    Schema.kinds.filter { $0.kind != .change && $0.kind != .agency }.map(\.plural)
  }

  static func command(_ command: CommandSpec) -> String {
    var out = "\(command.name == "query" ? "queries" : command.name) — \(command.summary)\n\n"
    out += "Usage:\n" + command.usageLines.map { "  \($0)\n" }.joined()
    if !command.aliases.isEmpty {
      out += "Also: " + command.aliases.joined(separator: ", ") + "\n"
    }
    if !command.details.isEmpty {
      out += "\n" + command.details.map { $0 + "\n" }.joined()
    }
    if !command.examples.isEmpty {
      out += "\nExamples:\n" + command.examples.map { "  \($0)\n" }.joined()
    }
    return out
  }

  static func kind(_ kind: KindID) -> String {
    let spec = kind.spec
    var out = "\(spec.plural) — \(spec.summary)\n"
    out += "File: \(spec.file)"
    if let prefix = spec.idPrefix {
      out += " · ids \(prefix)0001, \(prefix)0002, … (assigned)"
    } else if let key = spec.keyField {
      out += " · ids chosen by you (\(key)=…)"
    }
    out +=
      " · words: " + ([spec.singular, spec.plural] + spec.aliases).uniqued.joined(separator: ", ")
    out += "\n\nFields (* required, + may repeat):\n"
    let fields = FieldCatalog.fields(of: kind)
    let stored = fields.filter { !$0.derived }
    let derived = fields.filter(\.derived)
    out += table(stored, spec: spec)
    if !derived.isEmpty {
      out += "\nDerived (queried and shown, never set):\n" + table(derived, spec: spec)
    }
    out += "\nExamples:\n" + examples(kind).map { "  \($0)\n" }.joined()
    return out
  }

  private static func table(_ fields: [FieldInfo], spec: KindSpec) -> String {
    let rows = fields.map { info -> (String, String, String) in
      let schema = spec.field(info.name)
      let mark = (schema?.mandatory == true ? "*" : "") + (info.repeats ? "+" : "")
      var type = info.type.rawValue
      if let reference = info.reference { type = reference.spec.singular + " id" }
      if info.allowedValues != nil { type = "enum" }
      var about = info.summary
      if let allowed = info.allowedValues {
        about += (about.isEmpty ? "" : ": ") + allowed.joined(separator: " | ")
      }
      return (info.name + mark, type, about)
    }
    let nameWidth = rows.map(\.0.count).max() ?? 0
    let typeWidth = rows.map(\.1.count).max() ?? 0
    return rows.map { name, type, about in
      "  " + name.padded(to: nameWidth) + "  " + type.padded(to: typeWidth) + "  " + about
    }.map { TerminalText.trimmed($0) + "\n" }.joined()
  }

  /// Examples that run on every book: a listing and a count.
  static func examples(_ kind: KindID) -> [String] {
    let spec = kind.spec
    if kind == .agency { return ["agency", "agency fields name, today"] }
    var lines = ["\(spec.plural) limit 5"]
    let fields = FieldCatalog.fields(of: kind)
    if let grouping = fields.first(where: { $0.allowedValues != nil && !$0.repeats }) {
      lines.append("\(spec.plural) count by \(grouping.name)")
    } else {
      lines.append("count \(spec.plural)")
    }
    if let day = fields.first(where: { $0.type == .day && !$0.derived }) {
      lines.append("\(spec.plural) where \(day.name) within last 365d sort \(day.name) desc")
    }
    return lines
  }

  static let topics: [String: String] = [
    "where": """
    where — choose records by their fields

    Usage:
      KIND where COND
      COND:  FIELD = VALUE     FIELD != VALUE    FIELD < VALUE   <=  >  >=
             FIELD in (V, V…)  FIELD not in (V, V…)
             FIELD ~ TEXT      (contains, ignoring case and accents)
             FIELD within 90d  FIELD within last 30d   (today … today + 90d; today - 30d … today)
             FIELD is empty    FIELD is not empty      BOOLEAN-FIELD (in_force, overdue, lapsed)
             COND and COND     COND or COND      not COND     ( COND )

    The left side is always a field; paths cross references (account.advocate,
    policy.carrier). The right side is always a value: a bare word is text, an enum
    value or an id, never another field. Values are case-sensitive except under ~.
    Days: 2026-03-01, 03/01/2026, today, today + 14d, today - 2w, +5d. Money: 12500,
    $12,500.00. Variables: $days (let days = 30), $last, and me for yourself.

    Examples:
      accounts where advocate = mlopez sort name
      policies where expires within 90d and line in (GL, WC) sort expiration
      count audits where status = requested and due < today + 14d
      policies where account.advocate = mlopez and not in_force
      delegations where overdue and to = mlopez

    """,
    "kinds": "",
    "formats": """
    formats — how results are written

    Usage:
      QUERY as table|csv|tsv|json|md|html
      QUERY into FILE              (the format from the extension: .csv .tsv .json .md .html .txt)
      book --format csv --no-header -c 'QUERY'

    table fits the terminal (long cells cut with …, too-wide records one field per
    line) and is never cut when not on a terminal; money is right-aligned with a
    total row in table, md and html. csv (RFC 4180, UTF-8), tsv and json hold the
    rows alone, money as plain numbers (12500.00). count prints a bare number.

    Examples:
      policies where carrier = TRAV fields id, account, premium as csv
      policies where status = active sum premium by carrier as md
      accounts fields id, name as json

    """,
    "keys": """
    keys — editing in the interactive shell

    Usage:
      Tab          complete the word: commands, kinds, fields, ids, values, file names
      Up, Down     recall earlier commands (kept per book in .book/history)
      Ctrl-R       search the history backwards; Enter runs what it found
      Ctrl-A, Ctrl-E, Ctrl-W, Ctrl-U   start and end of line, delete a word, the line
      Ctrl-C       drop the line being typed, or stop a long query
      Ctrl-D       leave (on an empty line; asks first while a begin is open)
      Ctrl-Z       suspend; fg resumes
      \\ at the end of a line continues the command on the next one

    Keys are emacs-like; `bind -v` in ~/.editrc (or $EDITRC) gives vi keys. A line typed
    with a leading space is not kept in the history.

    Examples:
      history 20
      timing on
      pager off

    """,
    "days": """
    days — writing dates and lengths of time

    Usage:
      2026-03-01   03/01/2026   today   today + 14d   today - 2w   +5d   -1m
      Units: d days, w weeks, m months, y years; a bare number is days.
      today DAY pins the day for this session; today alone shows it.

    Date arithmetic needs spaces around + and - after a day (today-2w is one word).
    +1m from January 31 is the end of February. Files always hold ISO dates.

    Examples:
      policies where expiration < today + 30d
      audits where due within last 30d
      today 2026-03-01; policies where expires within 60d

    """,
  ].merging(["kinds": kindsTopic]) { $1 }

  static var kindsTopic: String {
    var out = "kinds — what the book holds (help KIND for its fields)\n\n"
    let specs = Schema.kinds.filter { $0.kind != .change }
    let width = specs.map(\.plural.count).max() ?? 0
    for spec in specs {
      out += "  " + spec.plural.padded(to: width) + "  " + spec.summary + "\n"
    }
    out += "\nExamples:\n  help policies\n  count policies by status\n"
    return out
  }
}

extension String {
  fileprivate func padded(to width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - count))
  }
}

extension Array where Element == String {
  fileprivate var uniqued: [String] {
    var seen: Set<String> = []
    return filter { seen.insert($0).inserted }
  }
}
