import BookModel
import BookStore

/// `cert show`: a certificate's ACORD 25 content on the terminal, as md or html, or into a
/// file.
enum CertificateDocumentCommands {
  static let show = CommandSpec(
    "cert show", aliases: ["certificate show"], group: .queries,
    summary: "a certificate's ACORD 25 content (text, md, or one printable html page)",
    grammar: [
      .word("id", completes: .ids(.certificate)),
      .optional([.keyword("as"), .word("format", completes: .words(["table", "md", "html"]))]),
      .optional([.keyword("into"), .text("file", completes: .files)]),
    ],
    usage: ["cert show CE-… [as md|html] [into FILE]"],
    examples: ["cert show CE-0001", "cert show CE-0001 as html"],
    details: [
      "Producer, insured, insurers A–F with NAIC numbers, one row per policy with ADDL INSD, SUBR WVD and limits, the description of operations citing the endorsement forms, the holder and the cancellation wording.",
      "into FILE.html writes one self-contained printable page (no scripts); .md writes Markdown.",
    ]
  ) { invocation throws(LanguageError) in
    guard let idNode = invocation.value("id") else { return }
    let session = invocation.session
    let id = try session.text(of: idNode)
    let view = session.view
    let record = try ChangeCommands.existing(.certificate, id, in: view, at: idNode.range)
    let document = Acord25(record, in: view)
    let format = try DocumentFormat.chosen(
      invocation, allowed: [.table, .md, .html], document: "a certificate",
      example: "cert show \(id) as html")
    if let fileNode = invocation.value("file") {
      let path = try session.text(of: fileNode)
      let chosen = format ?? OutputFormat(fileName: path) ?? .table
      let text = render(document, chosen)
      try OutputFile.write(text, to: path, in: session, at: fileNode.range)
      invocation.write("wrote \(id) to \(path) (\(chosen == .table ? "text" : chosen.rawValue))\n")
      return
    }
    invocation.write(render(document, format ?? .table))
  }

  static func render(_ document: Acord25, _ format: OutputFormat) -> String {
    switch format {
    case .md: return document.markdown
    case .html: return document.html
    default: return document.text
    }
  }
}
