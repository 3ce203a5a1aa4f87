import BookModel

/// How the report commands (`lossrun`, `premium`, `breakdown`) print: `as FORMAT` among the
/// report's forms, `into FILE` (the format from its extension; `.xlsx` a workbook of the main
/// table).
enum ReportOutput {
  /// The formats a report prints as.
  static let formats: [OutputFormat] = [.table, .md, .html, .csv, .json]

  /// The `[as FORMAT] [into FILE]` slots of a report command.
  static let slots: [Slot] = [
    .optional([
      .keyword("as"), .word("format", completes: .words(formats.map(\.rawValue))),
    ]),
    .optional([.keyword("into"), .text("file", completes: .files)]),
  ]

  /// The format a report is rendered in before it is printed: chosen or the session's.
  static func options(_ invocation: Invocation, document: String, example: String)
    throws(LanguageError) -> RenderOptions
  {
    var options = invocation.session.options
    if let chosen = try DocumentFormat.chosen(
      invocation, allowed: formats, document: document, example: example)
    {
      options.format = chosen
    }
    if invocation.value("file") != nil { options.width = nil }
    return options
  }

  /// Prints the report, or writes it into the file given.
  static func emit(
    _ report: Report, _ invocation: Invocation, options: RenderOptions, what: String
  ) throws(LanguageError) {
    let session = invocation.session
    guard let fileNode = invocation.value("file") else {
      invocation.write(report.render(options))
      return
    }
    let path = try session.text(of: fileNode)
    if invocation.value("format") == nil && OutputFile.isWorkbook(path) {
      try OutputFile.writeWorkbook(report.table, to: path, in: session, at: fileNode.range)
      invocation.write("wrote \(what) to \(path) (xlsx)\n")
      return
    }
    var options = options
    if invocation.value("format") == nil {
      options.format = OutputFormat(fileName: path) ?? .table
    }
    try OutputFile.write(report.render(options), to: path, in: session, at: fileNode.range)
    invocation.write("wrote \(what) to \(path) (\(options.format.rawValue))\n")
  }
}
