import BookLanguage
import BookModel

/// Reads a command up to the cursor by its registry entry's grammar, the way the parser does,
/// and says what may come there. Nothing here knows a command or a slot by name: the slots
/// declare what they complete (`SlotCompletion`).
struct GrammarWalker {
  let registry: Registry
  /// The kind read by the last `.kind` slot (`set policy …`): ids and fields come from it.
  private var kind: KindID?
  /// The file named by the last slot completing files (`run FILE …`): assignments after it
  /// are its parameters.
  private var file: String?

  init(registry: Registry) {
    self.registry = registry
  }

  /// What may come at the end of a command's words: its name, then its grammar; a kind or
  /// `count` starts a query.
  func command(_ stream: inout TokenStream) -> [Offer] {
    walkCommand(&stream).offers
  }

  /// The offers at the end of a command's words, and whether the command may end there.
  private func walkCommand(_ stream: inout TokenStream) -> (offers: [Offer], complete: Bool) {
    guard let first = stream.peek else { return ([.commandStart], false) }
    guard first.kind == .word else { return ([], false) }
    var offers: [Offer] = []
    if stream.remaining == 1 { offers.append(.secondWords(first.text.lowercased())) }
    var words: [String] = []
    while words.count < 3, let token = stream.peek(words.count), token.kind == .word {
      words.append(token.text)
    }
    var step = Step.mismatch
    if let (spec, count) = registry.match(words) {
      stream.advance(count)
      var walker = GrammarWalker(registry: registry)
      step = walker.walk(spec.grammar[...], &stream)
    } else if Schema.kind(named: first.text) != nil || first.isWord("count") {
      step = QueryWalker().walk(&stream)
    }
    switch step {
    case .ended(let more): return (offers + more, false)
    case .open(let more): return (offers + more, true)
    case .consumed: return (offers, stream.atEnd)
    case .mismatch: return (offers, false)
    }
  }

  /// A nested command ending at the first of `stops` outside parentheses (the list of `each
  /// LIST do COMMAND`): once the stop is typed, the slots after it read on; before it, the
  /// command's offers, and the stop where the command may end.
  private func command(endingBefore stops: Set<String>, _ stream: inout TokenStream) -> Step {
    var depth = 0
    var offset = 0
    while let token = stream.peek(offset) {
      if token.isSymbol("(") { depth += 1 }
      if token.isSymbol(")") { depth -= 1 }
      if offset > 0, depth == 0, token.kind == .word, stops.contains(token.text.lowercased()) {
        stream.advance(offset)
        return .consumed
      }
      offset += 1
    }
    let (offers, complete) = walkCommand(&stream)
    stream.advance(stream.remaining)
    return complete ? .open(offers) : .ended(offers)
  }

  /// Reads the slots in turn; when the words run out, collects what the next slots accept.
  mutating func walk(_ slots: ArraySlice<Slot>, _ stream: inout TokenStream) -> Step {
    var index = slots.startIndex
    while index < slots.endIndex {
      guard !stream.atEnd else {
        let rest = collected(slots[index...])
        return rest.optional ? .open(rest.offers) : .ended(rest.offers)
      }
      let stops = Set(slots[(index + 1)...].flatMap(\.keywords))
      let step = self.step(slots[index], stops: stops, &stream)
      index += 1
      switch step {
      case .consumed: continue
      case .open(let offers):
        let rest = collected(slots[index...])
        return rest.optional ? .open(offers + rest.offers) : .ended(offers + rest.offers)
      case .ended, .mismatch: return step
      }
    }
    return .consumed
  }

  /// Reads one slot from a stream that is not at its end.
  private mutating func step(_ slot: Slot, stops: Set<String>, _ stream: inout TokenStream)
    -> Step
  {
    guard let token = stream.peek else { return .ended(collect([slot])) }
    switch slot {
    case .keyword(let word):
      guard token.isWord(word) else { return .mismatch }
      stream.advance()
    case .symbol(let symbol):
      guard token.isSymbol(symbol) else { return .mismatch }
      stream.advance()
    case .kind:
      guard token.kind == .word, let spec = Schema.kind(named: token.text) else { return .mismatch }
      kind = spec.kind
      stream.advance()
    case .word, .text:
      guard [.word, .string, .variable].contains(token.kind) else { return .mismatch }
      if slot.completes == .files { file = token.text }
      stream.advance()
    case .value:
      return stream.skipValue()
    case .words(_, let completes):
      let first = token
      let count = stream.remaining
      stream.advance(count)
      let second = completes == .helpTopics && count == 1 && first.kind == .word
      return .ended(second ? [.secondWords(first.text.lowercased())] : [])
    case .assignments:
      return assignments(&stream)
    case .condition:
      guard let kind else { return .mismatch }
      return ConditionWalker(kind: kind).walk(&stream)
    case .query:
      return QueryWalker().walk(&stream)
    case .clauses(_, let kind):
      return QueryWalker().walkClauses(kind: kind, seen: [], &stream)
    case .command:
      guard stops.isEmpty else { return command(endingBefore: stops, &stream) }
      return .ended(command(&stream))
    case .optional(let inner):
      guard let first = inner.first, starts(first, stops: stops, stream) else { return .consumed }
      return walk(inner[...], &stream)
    }
    return .consumed
  }

  /// `FIELD=VALUE…`: after `FIELD=` the field's values, after a whole one more fields.
  private func assignments(_ stream: inout TokenStream) -> Step {
    while let token = stream.peek, token.kind == .word, stream.peek(1)?.isAssignmentSymbol == true {
      let path = FieldPaths.path(token.text)
      stream.advance(2)
      guard let value = stream.peek else { return .ended([.values(kind, path: path)]) }
      if value.kind == .rawValue, value.text.hasSuffix(","), stream.remaining == 1 {
        return .ended([.values(kind, path: path)])  // the next of a list: policies=P-0001,…
      }
      let step = stream.skipValue()
      guard step == .consumed else { return step }
    }
    guard stream.atEnd else { return .consumed }
    if kind == nil, let file { return .open([.parameters(file: file)]) }
    return .open(kind.map { [.assignments($0)] } ?? [])
  }

  /// Whether the next token begins an optional part starting with that slot (the parser's
  /// rule).
  private func starts(_ slot: Slot, stops: Set<String>, _ stream: TokenStream) -> Bool {
    guard let token = stream.peek else { return false }
    return slot.begins(with: token, next: stream.peek(1), stops: stops)
  }

  // MARK: What the next slots accept

  /// The offers of the slots from the first, going on past those that may be left out.
  private func collect(_ slots: ArraySlice<Slot>) -> [Offer] {
    collected(slots).offers
  }

  /// The offers of the slots, and whether every one of them may be left out.
  private func collected(_ slots: ArraySlice<Slot>) -> (offers: [Offer], optional: Bool) {
    var offers: [Offer] = []
    for slot in slots {
      let (more, optional) = self.offers(slot)
      offers += more
      if !optional { return (offers, false) }
    }
    return (offers, true)
  }

  /// What a slot accepts first, and whether it may be left out.
  private func offers(_ slot: Slot) -> (offers: [Offer], optional: Bool) {
    switch slot {
    case .keyword(let word): return ([.words([word])], false)
    case .symbol: return ([], false)
    case .kind: return ([.kinds], false)
    case .word, .text, .value, .words:
      return (offers(slot.completes), false)
    case .assignments:
      if kind == nil, let file { return ([.parameters(file: file)], true) }
      return (kind.map { [.assignments($0)] } ?? [], true)
    case .condition: return (kind.map { [.fields($0)] } ?? [], false)
    case .query: return ([.kinds, .words(["count"])], false)
    case .clauses: return ([.words(QueryWalker.clauses)], true)
    case .command: return ([.commandStart], false)
    case .optional(let inner):
      // An optional kind before an id (`show [KIND] ID`) is not offered: the id is what
      // people type; once a kind is typed, its ids follow.
      if case .kind = inner.first { return ([], true) }
      return (collect(inner[...]), true)
    }
  }

  /// What a word slot takes, as its grammar declares: ids of the kind read before it (`set
  /// policy ID`) or of a named kind, people, files, topics…
  private func offers(_ completes: SlotCompletion) -> [Offer] {
    switch completes {
    case .nothing: return []
    case .ids(let kind): return kind == .person ? [.people] : [.ids(kind)]
    case .idsWithStatus(let kind, let states): return [.idsWithStatus(kind, states)]
    case .idsOfKind: return kind.map { [.ids($0)] } ?? []
    case .records: return kind.map { [.ids($0)] } ?? [.records]
    case .kindsOrRecords: return [.kinds, .records]
    case .people: return [.people]
    case .carriers: return [.ids(.carrier)]
    case .holders: return [.holders]
    case .files: return [.files]
    case .fields: return kind.map { [.fields($0)] } ?? []
    case .values(let kind, let field): return [.values(kind, path: [field])]
    case .words(let words): return [.words(words)]
    case .helpTopics: return [.helpTopics]
    }
  }
}
