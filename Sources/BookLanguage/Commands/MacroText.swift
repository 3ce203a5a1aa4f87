import BookModel
import BookStore

/// A macro's text: what it may be named, how `$1…` and `NAME=VALUE` fill it, and running it.
enum MacroText {
  /// How deep macros may call macros before it is taken for a loop.
  static let deepest = 16

  /// The registry with a stand-in for each macro the text saves (`macro NAME = …` at the
  /// start of a command), so that later lines of the same input may name it; it runs as the
  /// macro saved by then.
  static func declaring(in text: String, _ registry: Registry) -> Registry {
    guard mentionsMacro(text) else { return registry }
    var registry = registry
    for line in text.split(separator: "\n") {
      for part in line.split(separator: ";") {
        let words = part.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count >= 3, words[0].lowercased() == "macro", words[2].hasPrefix("="),
          registry.command(named: String(words[1])) == nil,
          Schema.kind(named: String(words[1])) == nil, Lexer.isIdentifier(String(words[1]))
        else { continue }
        let name = String(words[1])
        registry.register(
          CommandSpec(name, group: .session, summary: "a macro", grammar: [.words("arguments")]) {
            invocation throws(LanguageError) in
            throw .refused(.macroNotSaved(name), at: invocation.command.range)
          })
      }
    }
    return registry
  }

  /// Whether the text holds `macro` anywhere: a byte scan, as a script of thousands of lines
  /// with no macro is the common case.
  static func mentionsMacro(_ text: String) -> Bool {
    let word = Array("macro".utf8)
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.count >= word.count else { return false }
      for start in 0...(bytes.count - word.count) where bytes[start] == word[0] {
        if (1..<word.count).allSatisfy({ bytes[start + $0] == word[$0] }) { return true }
      }
      return false
    }
  }

  /// The text after the `=` of `macro NAME = COMMAND…`.
  static func body(of source: String) -> String {
    guard let equals = source.firstIndex(of: "=") else { return "" }
    return String(source[source.index(after: equals)...]).trimmed
  }

  /// Refuses a name that is not a word, or that names a command or a kind.
  static func checkName(_ name: String, registry: Registry, at range: SourceRange)
    throws(LanguageError)
  {
    guard Lexer.isIdentifier(name) else {
      throw .refused(.notAName("macro"), at: range)
    }
    if registry.command(named: name) != nil || Schema.kind(named: name) != nil {
      throw .refused(.macroNameTaken(name), at: range)
    }
  }

  /// Refuses a command text that does not parse (with `$1…` read as words).
  static func checkBody(_ body: String, registry: Registry, at range: SourceRange)
    throws(LanguageError)
  {
    guard !body.isEmpty else {
      throw .refused(.macroEmpty, at: range)
    }
    do {
      _ = try Parser.parse(fill(body, with: Array(repeating: "x", count: 9)), registry: registry)
    } catch {
      throw .refused(.macroDoesNotParse(message: error.message, body: body), at: range)
    }
  }

  /// The text with each `$1`…`$9` replaced by that positional argument.
  static func fill(_ body: String, with arguments: [String]) -> String {
    var out = ""
    var characters = Array(body)[...]
    while let character = characters.popFirst() {
      if character == "$", let digit = characters.first?.wholeNumberValue, digit >= 1,
        characters.dropFirst().first.map({ !$0.isNumber && $0 != "," && $0 != "." }) ?? true
      {
        characters.removeFirst()
        out += digit <= arguments.count ? arguments[digit - 1] : "$\(digit)"
        continue
      }
      out.append(character)
    }
    return out
  }

  /// The highest `$N` the text uses.
  static func positionals(in body: String) -> Int {
    (1...9).last { body.contains("$\($0)") } ?? 0
  }

  /// Runs a macro: its words after the name fill `$1…`, its `NAME=VALUE` set `$NAME` while it
  /// runs.
  static func run(name: String, body: String, invocation: Invocation) throws(LanguageError) {
    let session = invocation.session
    let source = invocation.command.source
    let given = String(source.dropFirst(min(name.count, source.count)))
    let tokens: [Token]
    do {
      tokens = try Lexer.tokens(given).filter { !$0.isEnd && !$0.isComment }
    } catch {
      throw LanguageError(ParseError(error))
    }
    let columns = Array(given.unicodeScalars)
    let text = { (token: Token) -> String in
      let start = token.range.lowerBound.column - 1
      let end = min(token.range.upperBound.column - 1, columns.count)
      return start < end ? String(String.UnicodeScalarView(columns[start..<end])) : token.text
    }
    var positional: [String] = []
    var named: [(String, Literal)] = []
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if token.kind == .word, index + 2 < tokens.count, tokens[index + 1].isSymbol("=") {
        let value = ScriptRunner.value(text(tokens[index + 2]))
        named.append((token.text, try ValueInterpreter(session: session).resolved(value)))
        index += 3
        continue
      }
      positional.append(text(token))
      index += 1
    }
    let needed = positionals(in: body)
    guard positional.count >= needed else {
      throw .refused(
        .macroArguments(name, needed: needed, given: positional.count, body: body),
        at: invocation.command.range)
    }
    guard session.macroDepth < deepest else {
      throw .refused(.macroTooDeep(name, depth: deepest), at: invocation.command.range)
    }
    let script: Script
    do {
      script = try Parser.parse(fill(body, with: positional), registry: session.commands)
    } catch {
      throw .refused(.macroCallDoesNotParse(name, message: error.message, body: body))
    }
    let saved = session.variables
    for (variable, value) in named { session.variables[variable] = value }
    session.macroDepth += 1
    defer {
      session.macroDepth -= 1
      session.variables = saved
    }
    for command in script.commands {
      do throws(LanguageError) {
        try session.execute(command)
      } catch {
        var error = error
        for index in error.diagnostics.indices {
          // Places in the macro's text mean nothing in the line that named it.
          error.diagnostics[index].location = nil
          error.diagnostics[index].sourceLine = nil
          error.diagnostics[index].notes.append(LanguageRefusal.inMacro(name, command.source))
        }
        throw error
      }
    }
  }
}
