import BookLanguage
import BookStore

/// The prompt: `book>`, with the book's name when it is not the default (`book[demo]>`), the
/// focus (`book:ACME>`), a pinned day however it was pinned — `--today`, `today DAY` or a
/// training book's `today:` — (`book @2026-03-01>`), an open transaction (`book*>`) and an
/// unfinished sync merge (`book (read-only: merge unfinished)>`).
enum Prompt {
  /// Why more input is needed before the command is whole.
  enum Continuation {
    case backslash, quote, parenthesis
  }

  static func main(_ session: Session, label: String?) -> String {
    base(session, label: label) + "> "
  }

  static func continuation(_ session: Session, label: String?, _ reason: Continuation) -> String {
    switch reason {
    case .backslash: return base(session, label: label) + "-> "
    case .quote: return base(session, label: label) + "\"> "
    case .parenthesis: return base(session, label: label) + "(> "
    }
  }

  private static func base(_ session: Session, label: String?) -> String {
    var text = "book"
    if let label { text += "[\(label)]" }
    if let focus = session.focus { text += ":\(focus)" }
    if session.context.daySource != .real { text += " @\(session.context.today.iso)" }
    if session.inBegin { text += "*" }
    if session.directory.isMerging { text += " (read-only: merge unfinished)" }
    return text
  }

  /// What still has to come before the text is a whole command, if anything.
  static func needsMore(_ text: String) -> Continuation? {
    var trimmed = text
    while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
    let tokens: [Token]
    do {
      tokens = try Lexer.tokens(text)
    } catch {
      if error.reason == .unterminatedString { return .quote }
      return nil
    }
    if trimmed.hasSuffix("\\") { return .backslash }
    var depth = 0
    for token in tokens where token.kind == .symbol {
      if token.text == "(" { depth += 1 }
      if token.text == ")" { depth -= 1 }
    }
    return depth > 0 ? .parenthesis : nil
  }
}
