import BookModel

/// A value as written on the right of a comparison or an assignment. What it means (text,
/// money, a day, an id) is decided against the field it is compared with or assigned to.
public indirect enum Literal: Sendable, Equatable {
  /// A bare word: text, an enum value, an id, a number, a date, a rate, `today`, `me`.
  case word(String)
  /// A quoted string.
  case string(String)
  /// Money written with `$` (the text after the `$`, separators kept).
  case money(String)
  /// A `$name` variable.
  case variable(String)
  /// `field=value` text written without spaces that is not a plain word (`12,500`).
  case raw(String)
  /// Day arithmetic: `today + 14d`, `2026-01-15 - 1m`, `+5d` (no base: from today).
  case offset(base: Literal?, sign: Sign, amount: Literal)

  public enum Sign: String, Sendable { case plus = "+", minus = "-" }

  /// The literal as it would be typed.
  public var source: String {
    switch self {
    case .word(let text), .raw(let text): return text
    case .string(let text): return Self.quote(text)
    case .money(let text): return "$" + text
    case .variable(let name): return "$" + name
    case .offset(let base, let sign, let amount):
      guard let base else { return sign.rawValue + amount.source }
      return base.source + " " + sign.rawValue + " " + amount.source
    }
  }

  /// Text in double quotes with `"` and `\` escaped.
  public static func quote(_ text: String) -> String {
    var out = "\""
    for character in text {
      if character == "\"" || character == "\\" { out.append("\\") }
      out.append(character)
    }
    return out + "\""
  }

  /// A text as a literal: a bare word when it can be one, else a quoted string.
  public static func text(_ text: String) -> Literal {
    Lexer.isWord(text) ? .word(text) : .string(text)
  }
}

/// A literal with its place in the source.
public struct ValueNode: Sendable, Equatable {
  public var literal: Literal
  public var range: SourceRange

  public init(_ literal: Literal, _ range: SourceRange) {
    self.literal = literal
    self.range = range
  }
}

/// A field path on the left of a comparison or in `sort`, `fields`, `by` (`account.advocate`).
public struct FieldRef: Sendable, Equatable {
  public var path: [String]
  public var range: SourceRange

  public init(_ path: [String], _ range: SourceRange) {
    self.path = path
    self.range = range
  }

  public var name: String { path.joined(separator: ".") }
}

/// `field=value` in `add` and `set`; `field+=value` and `field-=value` on a field that
/// repeats.
public struct Assignment: Sendable, Equatable {
  /// What the assignment does to the field's values.
  public enum Operation: String, Sendable, CaseIterable {
    /// `=`: the value replaces every value (an empty value clears the field).
    case replace = "="
    /// `+=`: one more value of a field that repeats.
    case add = "+="
    /// `-=`: one value fewer of a field that repeats.
    case remove = "-="
  }

  public var field: FieldRef
  public var operation: Operation
  public var value: ValueNode

  public init(field: FieldRef, _ operation: Operation = .replace, value: ValueNode) {
    self.field = field
    self.operation = operation
    self.value = value
  }

  /// The assignment as it would be typed.
  public var source: String { field.name + operation.rawValue + value.literal.source }
}
