import BookModel
import BookStore

/// `import KIND FILE.csv [--dry-run]` and `export KIND [where COND] into FILE.csv`: records in
/// and out as spreadsheets write them; what is exported imports back identically.
enum ImportExportCommands {
  static let all = [importCSV, exportCSV]

  /// Rows past which a terminal shows a progress line.
  static let progressRows = 5000
  /// Errors shown before the rest are counted.
  static let shownErrors = 20

  static let importCSV = CommandSpec(
    "import", group: .changes, summary: "add records from a CSV file, all or nothing",
    grammar: [
      .kind("kind"), .text("file", completes: .files),
      .optional([
        .symbol("-"), .symbol("-"), .word("option", completes: .words(["dry-run"])),
      ]),
    ],
    usage: ["import KIND FILE.csv [--dry-run]"],
    examples: [
      "export delegations where id = D-0001 into d.csv; delete delegation D-0001; import delegations d.csv --dry-run",
      "export delegations where id = D-0001 into d.csv; delete delegation D-0001; import delegations d.csv",
    ],
    details: [
      "Columns are matched to the kind's fields by header (case and spaces ignored; help KIND lists them). Money may carry $ and separators ($12,500.00); days are 2026-01-15 or 01/15/2026; a repeated field's values are separated by ;. Rows without an id get new ones, printed as a range.",
      "Every row is checked by every rule the book must keep, as book check judges the records already in it (so history imports as it was: a certificate issued last year on a policy then in force); one bad row and nothing is added. Errors read FILE.csv:ROW:COL as a spreadsheet shows them (the header is row 1), the first 20, then how many more. --dry-run checks and adds nothing.",
    ]
  ) { invocation throws(LanguageError) in
    guard let (kind, _) = invocation.kind("kind"), let fileNode = invocation.value("file") else {
      return
    }
    let session = invocation.session
    let path = try session.text(of: fileNode)
    var dryRun = false
    if let node = invocation.value("option") {
      guard try session.text(of: node) == "dry-run" else {
        throw .refused(
          .importOption(
            try session.text(of: node), example: "import \(kind.spec.plural) \(path) --dry-run"),
          at: node.range)
      }
      dryRun = true
    }
    guard kind.spec.keyField != nil, kind != .change else {
      throw .refused(.notImportable(kind), at: invocation.command.range)
    }
    let full = path.hasPrefix("/") ? path : session.workingDirectory.map { $0 + "/" + path } ?? path
    let bytes: [UInt8]
    do {
      guard let read = try session.directory.fs.read(full) else {
        throw LanguageError.refused(.noFile(path), at: fileNode.range)
      }
      bytes = read
    } catch let error as LanguageError {
      throw error
    } catch {
      throw .refused(.cannotRead(path, reason: "\(error)"), at: fileNode.range)
    }
    let importer = try CSVImporter(session: session, kind: kind, file: path, bytes: bytes)
    let (records, unreadable) = importer.records()
    if dryRun {
      try importer.check(records, unreadable: unreadable)
      invocation.write(
        "checked \(HistoryCommands.count(records.count, "row")) of \(path): all would import as "
          + "\(kind.spec.plural); nothing was added (drop --dry-run to add them)\n")
      return
    }
    let ids = try importer.add(records, unreadable: unreadable, command: invocation.command)
    invocation.write(CSVImporter.summary(ids, kind: kind, file: path) + "\n")
  }

  static let exportCSV = CommandSpec(
    "export", group: .queries, summary: "write every field of a kind's records to a CSV file",
    grammar: [
      .kind("kind"), .optional([.keyword("where"), .condition("condition")]),
      .keyword("into"), .text("file", completes: .files),
    ],
    usage: ["export KIND [where COND] into FILE.csv"],
    examples: [
      "export policies where account = ACME into acme-policies.csv",
      "export claims into claims.csv",
    ],
    details: [
      "One column per field of the kind (help KIND), one row per record, a repeated field's values joined with '; ': import KIND FILE.csv reads it back into the same records."
    ]
  ) { invocation throws(LanguageError) in
    guard let (kind, _) = invocation.kind("kind"), let fileNode = invocation.value("file") else {
      return
    }
    let session = invocation.session
    let path = try session.text(of: fileNode)
    let resolver = session.resolver()
    var records = session.focused(session.view.records(kind), kind: kind, resolver)
    if let condition = invocation.condition() {
      let evaluator = try ConditionEvaluator(
        condition, kind: kind, session: session, resolver: resolver)
      records = records.filter { evaluator.matches($0) }
    }
    let fields = kind.spec.fields
    let table = ResultTable(
      columns: fields.map { ResultTable.Column($0.name) },
      rows: records.map { record in
        fields.map { field in
          .text(record.record.values(field.name).joined(separator: "; "))
        }
      }, totals: false)
    var options = session.options
    options.format = .csv
    options.header = true
    options.width = nil
    try OutputFile.write(Renderer.render(table, options), to: path, in: session, at: fileNode.range)
    let noun = CSVImporter.noun(records.count, kind)
    invocation.write("exported \(records.count) \(noun) to \(path)\n")
  }
}
