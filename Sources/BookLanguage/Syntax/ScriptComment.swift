import BookModel

/// A `#` comment or `#:` narration of an input, set aside by the parser so that a script
/// runner can read narration and `# expect:` lines.
public struct ScriptComment: Sendable, Equatable {
  /// `#:` narration (shown between steps), or a plain `#` comment.
  public var isNarration: Bool
  /// What follows `#` or `#:`, without the blanks around it: `expect: 3`.
  public var text: String
  /// From the `#` to the end of its line.
  public var range: SourceRange

  public init(isNarration: Bool, text: String, range: SourceRange) {
    self.isNarration = isNarration
    self.text = text
    self.range = range
  }

  /// The comment a token holds; nil for any other token.
  public init?(_ token: Token) {
    guard token.isComment else { return nil }
    self.init(isNarration: token.kind == .narration, text: token.text, range: token.range)
  }

  /// The 1-based line it stands on.
  public var line: Int { range.lowerBound.line }
}

extension Script {
  /// The comments after a command and before the next one (or the end): where a script puts
  /// `# expect: TEXT` for the command's output.
  public func comments(after command: Command) -> [ScriptComment] {
    let end = command.range.upperBound
    let next = commands.first { $0.range.lowerBound >= end }?.range.lowerBound
    return comments.filter { comment in
      comment.range.lowerBound >= end && next.map { comment.range.lowerBound < $0 } ?? true
    }
  }

  /// The comments before a command and after the one before it (or the start): narration
  /// shown before the step.
  public func comments(before command: Command) -> [ScriptComment] {
    let start = command.range.lowerBound
    let previous = commands.last { $0.range.upperBound <= start }?.range.upperBound
    return comments.filter { comment in
      comment.range.lowerBound < start && previous.map { comment.range.lowerBound >= $0 } ?? true
    }
  }
}
