import BookModel
import BookStore

/// The rows `each` and `walk` go through: the records a query lists, each with its id and its
/// columns as the variables the command run for it sees.
struct ListedRows {
  /// What goes through them (its refusals name it).
  enum Purpose: Sendable, Equatable {
    case each, walk
  }

  /// One listed record.
  struct Row {
    var id: String
    /// `$id`, then each column whose header is a variable name (`$account`, `$due`).
    var variables: [(name: String, value: Literal)]
  }

  /// The kind of the records listed.
  var kind: KindID
  var rows: [Row]

  /// Runs a listing command with its rows gathered instead of printed. Only queries are
  /// gathered (nothing a listing runs can change the book), and only rows that keep their
  /// id: the `id` column, else the column named after the kind (`audit` in `audits due`).
  static func gather(_ command: Command, in session: Session, for purpose: Purpose)
    throws(LanguageError) -> ListedRows
  {
    guard let spec = session.registry.command(named: command.name), spec.group == .queries
    else {
      throw .refused(.notAQuery(purpose, command.name), at: command.range)
    }
    var gathered: (table: ResultTable, kind: KindID)?
    let outer = (collector: session.tableCollector, output: session.output)
    session.tableCollector = { table, kind in gathered = (table, kind) }
    // What the listing prints instead of rows (a count, a total) is not shown: it is refused.
    session.output = NoticesOnly(outer.output)
    defer { (session.tableCollector, session.output) = outer }
    try session.execute(command)
    guard let (table, kind) = gathered else {
      throw .refused(.listsNoRecords(purpose, command.source), at: command.range)
    }
    let names = table.columns.map(\.name)
    guard let key = names.firstIndex(of: "id") ?? names.firstIndex(of: kind.spec.singular) else {
      throw .refused(.rowsWithoutID(purpose, command.source), at: command.range)
    }
    let rows: [Row] = table.rows.compactMap { cells in
      guard case .text(let id) = cells[key], !id.isEmpty else { return nil }
      var variables: [(name: String, value: Literal)] = [("id", .word(id))]
      for (name, cell) in zip(names, cells) where name != "id" && Lexer.isIdentifier(name) {
        variables.append((name, literal(cell)))
      }
      return Row(id: id, variables: variables)
    }
    return ListedRows(kind: kind, rows: rows)
  }

  /// A cell as the literal a variable holds: a word when it reads as one, else a string.
  static func literal(_ value: Value) -> Literal {
    switch value {
    case .money(let money): return .money(money.description)
    case .text(let text):
      let word = !text.isEmpty && !text.contains { $0 == " " || $0 == "\t" || $0 == "\"" }
      return word ? .word(text) : .string(text)
    default:
      let text = Renderer.plain(value)
      return text.isEmpty ? .string("") : .word(text)
    }
  }
}

/// Output that drops results and passes notices on (what is gathered is not printed).
private final class NoticesOnly: OutputSink {
  let inner: any OutputSink

  init(_ inner: any OutputSink) { self.inner = inner }

  func write(_ text: String) {}
  func report(_ text: String) { inner.report(text) }
}
