import BookModel

/// A document a CM hands to a client (`lossrun`, `premium`, `breakdown`): a title, a main
/// table, lines under it, and further sections. On a terminal and as md or html it prints
/// whole (html as one printable page); csv, tsv and json hold the main table's rows alone, and
/// a workbook holds the main table on its one sheet.
struct Report {
  struct Section {
    var heading: String
    var table: ResultTable
  }

  var title: String
  var table: ResultTable
  /// Lines printed under the main table (the window's ratio, frequency, severity).
  var notes: [String] = []
  var sections: [Section] = []

  /// The report in a format.
  func render(_ options: RenderOptions) -> String {
    let body = Renderer.render(table, options)
    switch options.format {
    case .table:
      var text = title + "\n\n" + body
      if !notes.isEmpty { text += "\n" + notes.map { $0 + "\n" }.joined() }
      for section in sections {
        text += "\n" + section.heading + "\n\n" + Renderer.render(section.table, options)
      }
      return text
    case .md:
      var text = "# " + title + "\n\n" + body
      if !notes.isEmpty { text += "\n" + notes.map { $0 + "\n" }.joined(separator: "\n") }
      for section in sections {
        text += "\n## " + section.heading + "\n\n" + Renderer.render(section.table, options)
      }
      return text
    case .html:
      let e = HTMLRenderer.escape
      var content = "<h1>\(e(title))</h1>\n" + body
      content += notes.map { "<p>\(e($0))</p>\n" }.joined()
      for section in sections {
        content += "<h2>\(e(section.heading))</h2>\n" + Renderer.render(section.table, options)
      }
      return Self.page(title: title, content: content)
    case .csv, .tsv, .json: return body
    }
  }

  /// One self-contained printable html page: inline CSS, `@media print`, no scripts.
  static func page(title: String, content: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <title>\(HTMLRenderer.escape(title))</title>
    <style>
    body { font-family: sans-serif; margin: 2em; }
    table { border-collapse: collapse; }
    th, td { border: 1px solid #999; padding: 0.2em 0.5em; }
    td.num, th.num { text-align: right; }
    @media print { body { margin: 0.5in; } h2 { break-before: avoid; } }
    </style>
    </head>
    <body>
    \(content)</body>
    </html>

    """
  }
}
