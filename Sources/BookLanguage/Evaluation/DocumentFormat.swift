import BookModel

/// The `as FORMAT` of a command that prints a document (`cert show`, `compare`, `review`):
/// one of the forms that document has, else a usage error naming them with an example.
enum DocumentFormat {
  /// The format the command's `format` argument names, nil when none was given.
  static func chosen(
    _ invocation: Invocation, argument: String = "format", allowed: [OutputFormat],
    document: String, example: String
  ) throws(LanguageError) -> OutputFormat? {
    guard let node = invocation.value(argument) else { return nil }
    let word = try invocation.session.text(of: node).lowercased()
    guard let format = OutputFormat(rawValue: word), allowed.contains(format) else {
      throw .refused(
        .documentFormat(document: document, allowed: allowed, word: word, example: example),
        at: node.range)
    }
    return format
  }
}
