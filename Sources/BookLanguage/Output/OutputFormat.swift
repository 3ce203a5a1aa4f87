/// How a result is written: `as table|csv|tsv|json|md|html`.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table, csv, tsv, json, md, html

  /// The format a file name's extension implies (`trav.csv` → csv; `.txt` → table).
  public init?(fileName: String) {
    guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
    let ext = fileName[fileName.index(after: dot)...].lowercased()
    switch ext {
    case "txt", "text": self = .table
    case "markdown": self = .md
    case "htm": self = .html
    default:
      guard let format = OutputFormat(rawValue: ext) else { return nil }
      self = format
    }
  }
}
