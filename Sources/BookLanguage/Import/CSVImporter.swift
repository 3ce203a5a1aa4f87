import BookModel
import BookStore

/// Runs `import KIND FILE.csv`: reads the rows, checks every record with the book's rules in a
/// scratch transaction (all or nothing), and names each problem `FILE.csv:ROW:COL`.
struct CSVImporter {
  let session: Session
  let kind: KindID
  let file: String
  let mapping: CSVImport
  let rows: [CSVReader.Row]

  /// Reads a file's rows and maps its header; a file that cannot be read is one error.
  init(session: Session, kind: KindID, file: String, bytes: [UInt8]) throws(LanguageError) {
    self.session = session
    self.kind = kind
    self.file = file
    var rows: [CSVReader.Row]
    do {
      rows = try CSVReader.rows(bytes)
    } catch {
      throw Self.error(
        [CSVImport.Problem(row: error.row, column: error.column, message: error.message)],
        file: file)
    }
    guard let header = rows.first, header.number == 1 else {
      throw .refused(.noHeaderRow(file, kind: kind))
    }
    rows.removeFirst()
    do {
      mapping = try CSVImport(header: header.fields, kind: kind)
    } catch {
      throw Self.error([error], file: file)
    }
    self.rows = rows
  }

  /// The records the rows hold, and the cells that cannot be read.
  func records() -> (records: [CSVImport.Row], problems: [CSVImport.Problem]) {
    var records: [CSVImport.Row] = []
    var problems: [CSVImport.Problem] = []
    records.reserveCapacity(rows.count)
    for row in rows {
      let (record, found) = mapping.record(row)
      if let record { records.append(record) }
      problems += found
    }
    return (records, problems)
  }

  /// Adds the records to a scratch copy of the book and checks them with every rule; nothing
  /// is written. Returns the ids they would get.
  @discardableResult
  func check(_ records: [CSVImport.Row], unreadable: [CSVImport.Problem] = [])
    throws(LanguageError) -> [String]
  {
    // On a copy of the changes pending in this script or `begin`, else of the book.
    var transaction = session.pending ?? Transaction(base: session.snapshot)
    transaction.beginCommand("import", standing: true)
    var problems = unreadable
    var rowOf: [String: CSVImport.Row] = [:]
    var ids: [String] = []
    let showProgress =
      session.options.width != nil && records.count > ImportExportCommands.progressRows
    for (index, row) in records.enumerated() {
      if showProgress, index % 1000 == 0 {
        session.output.report("\rimport: reading row \(index + 2) of \(records.count + 1)…")
      }
      do {
        let id = try transaction.add(kind, row.record)
        rowOf[id] = row
        ids.append(id)
      } catch {
        let message = error.diagnostics.first?.message ?? LanguageRefusal.rowNotAdded
        problems.append(CSVImport.Problem(row: row.number, column: 1, message: message))
      }
    }
    if showProgress { session.output.report("\rimport: checking \(records.count) rows…\n") }
    let edits = transaction.commandEdits
    for problem in Validation.problems(
      ofCommand: edits, in: transaction, today: session.context.today)
    {
      let row = rowOf[problem.id]
      let column = problem.field.flatMap { row?.columns[$0] ?? mapping.column(of: $0) } ?? 1
      var message = problem.diagnostic.message
      let prefix = "\(kind.spec.singular) \(problem.id): "
      if message.hasPrefix(prefix), row != nil { message = String(message.dropFirst(prefix.count)) }
      problems.append(
        CSVImport.Problem(
          row: row?.number ?? 1, column: column, message: message, notes: problem.diagnostic.notes))
    }
    guard problems.isEmpty else { throw Self.error(problems, file: file) }
    return ids
  }

  /// Checks, then adds the records in one change; returns their ids.
  func add(_ records: [CSVImport.Row], unreadable: [CSVImport.Problem], command: Command)
    throws(LanguageError) -> [String]
  {
    try check(records, unreadable: unreadable)
    // Imported records are the book's as they were: nothing follows from them again.
    return try session.change(command, imported: true) { transaction throws(LanguageError) in
      var ids: [String] = []
      ids.reserveCapacity(records.count)
      for row in records {
        ids.append(try storing { () throws(StoreError) in try transaction.add(kind, row.record) })
      }
      return ids
    }
  }

  /// "imported 3 policies: P-0072..P-0074".
  static func summary(_ ids: [String], kind: KindID, file: String) -> String {
    let noun = CSVImporter.noun(ids.count, kind)
    var text = "imported \(ids.count) \(noun) from \(file)"
    if let first = ids.first, let last = ids.last {
      text += ": " + (ids.count == 1 ? first : "\(first)..\(last)")
    }
    return text
  }

  /// The problems as one error, in row and column order: the first 20, then a count.
  static func error(_ problems: [CSVImport.Problem], file: String) -> LanguageError {
    let sorted = problems.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
    var diagnostics = sorted.prefix(ImportExportCommands.shownErrors).map {
      Diagnostic(
        $0.message, file: file, location: SourceLocation(line: $0.row, column: $0.column),
        notes: $0.notes)
    }
    if sorted.count > ImportExportCommands.shownErrors {
      let more = sorted.count - ImportExportCommands.shownErrors
      diagnostics.append(
        Diagnostic(
          LanguageRefusal.moreProblems(more, in: file), severity: .note))
    }
    diagnostics.append(
      Diagnostic(LanguageRefusal.nothingImported, severity: .note))
    return LanguageError(diagnostics, status: .failed)
  }
}

extension CSVImporter {
  /// "1 policy", "3 policies", "7 people" (the kind `team` counts people).
  static func noun(_ count: Int, _ kind: KindID) -> String {
    if count == 1 { return kind.spec.singular }
    return kind == .person ? "people" : kind.spec.plural
  }
}

extension CSVImport {
  /// The column (1-based) holding a field, nil when the file has none.
  func column(of field: String) -> Int? {
    fields.firstIndex { $0.name == field }.map { $0 + 1 }
  }
}
