import BookModel
import BookStore

extension QueryRunner {
  /// Writes a plain listing (no aggregate, no `by`) in json, csv, tsv or a table to the screen
  /// while its rows are made, one at a time (a table makes them twice: to size, then to write), so that a long listing never stands whole in memory;
  /// false, writing nothing, when the query is not such a listing. Its money totals are
  /// checked first, as every listing's are, so a refusal still comes before any row (those
  /// columns are made whole, a few bytes a row).
  func streamListing() throws(LanguageError) -> Bool {
    var options = session.options
    if let format = query.format { options.format = format }
    guard options.format.streamsListings, query.aggregate == nil, query.by.isEmpty,
      query.into == nil, session.tableCollector == nil
    else { return false }
    let records = try self.records()
    let (refs, columns) = try listingColumns()
    // The totalled money columns' cells, made first to check their totals, then shown.
    var made: [[Value]?] = Array(repeating: nil, count: columns.count)
    for index in columns.indices where columns[index].isTotalled && !records.isEmpty {
      let path = refs[index].path
      let cells = records.map { value(path, $0) }
      let total = cells.lazy.compactMap { cell -> Money? in
        guard case .money(let amount) = cell else { return nil }
        return amount
      }.total()
      if total == nil { throw .refused(.totalTooLarge(column: columns[index].name)) }
      made[index] = cells
    }
    let rows = records.indices.lazy.map { position in
      refs.indices.map { column in
        made[column]?[position] ?? value(refs[column].path, records[position])
      }
    }
    Renderer.stream(columns, rows, options) { session.output.write($0) }
    return true
  }
}
