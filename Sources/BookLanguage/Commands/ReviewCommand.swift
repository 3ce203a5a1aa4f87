import BookModel
import BookStore

/// `review PERSON [YEAR] [as text|md|html]`: the annual book review of a client advocate as one
/// printable report (BookModel's `BookReview`), section by section.
enum ReviewCommand {
  static let formats = ["table", "md", "html"]

  static let spec = CommandSpec(
    "review", group: .queries, summary: "a CA's annual book review against the service standards",
    grammar: [
      .word("person", completes: .people), .optional([.value("year")]),
      .optional([.keyword("as"), .word("format", completes: .words(formats))]),
    ],
    usage: ["review PERSON [YEAR] [as table|md|html]"],
    examples: ["review mlopez", "review mlopez 2026 as md", "review tnguyen as html"],
    details: [
      "Their accounts (as advocate); delegations done in the year on time, late or unsuccessful, with the on-time rate; what is open and overdue now; certificates issued in the year and those resting on a policy not in force; audits pending; renewals in the next 120 days with their stages; open subjectivities past due. The year defaults to this one."
    ]
  ) { invocation throws(LanguageError) in
    let session = invocation.session
    guard let personNode = invocation.value("person") else { return }
    var person = try session.text(of: personNode)
    if person == "me" { person = session.context.user }
    let view = session.view
    let personRecord = try ChangeCommands.existing(.person, person, in: view, at: personNode.range)
    let today = session.context.today
    var year = today.year
    if let node = invocation.value("year") {
      let text = try session.text(of: node)
      guard let number = Int(text), (1...9999).contains(number) else {
        throw .refused(.notAYear(text, example: "review \(person) 2026"), at: node.range)
      }
      year = number
    }
    let format =
      try DocumentFormat.chosen(
        invocation, allowed: [.table, .md, .html], document: "a review",
        example: "For example: review \(person) as md") ?? .table
    let review = BookReview(
      person: person, year: year, context: SweepContext(lookup: view, today: today))
    let name = personRecord.value("name") ?? person
    let report = ReviewReport(
      review: review, name: name, view: view, format: format, options: session.options)
    invocation.write(report.text)
  }
}
