import BookLanguage
import BookModel

/// Reads a query (`[count] KIND [where …] [sort …] … [into FILE]`) up to the cursor and says
/// what may come there: a kind, a clause word, a field of the query's kind, a format, a file.
struct QueryWalker {
  /// The clause words, in the order a query takes them: the parser's list.
  static let clauses = Query.clauses
  private static let aggregates = Query.aggregateClauses

  /// Reads the query from the stream's position.
  func walk(_ stream: inout TokenStream) -> Step {
    var seen: Set<String> = []
    if stream.next(is: "count") {
      stream.advance()
      seen.insert("count")
    }
    guard let first = stream.peek else {
      return .ended(seen.isEmpty ? [.kinds, .words(["count"])] : [.kinds])
    }
    guard first.kind == .word, let kind = Schema.kind(named: first.text)?.kind else {
      return .mismatch
    }
    stream.advance()
    return walkClauses(kind: kind, seen: seen, &stream)
  }

  /// Reads the clauses after a query's kind (or after a command that names the kind itself).
  func walkClauses(kind: KindID, seen: Set<String>, _ stream: inout TokenStream) -> Step {
    var seen = seen
    while let token = stream.peek {
      let word = token.kind == .word ? token.text.lowercased() : ""
      guard Self.clauses.contains(word) else {
        return token.isSymbol(")") ? .consumed : .mismatch
      }
      seen.insert(word)
      stream.advance()
      switch clause(word, kind: kind, &stream) {
      case .consumed: continue
      case .ended(let offers): return .ended(offers)
      case .open(let offers): return .open(offers + [clauseWords(after: seen)])
      case .mismatch: return .mismatch
      }
    }
    return .open([clauseWords(after: seen)])
  }

  /// The clause words not given yet (one aggregate per query).
  private func clauseWords(after seen: Set<String>) -> Offer {
    let aggregated = !seen.isDisjoint(with: Self.aggregates)
    return .words(
      Self.clauses.filter { !seen.contains($0) && !(aggregated && Self.aggregates.contains($0)) })
  }

  /// Reads what follows a clause word.
  private func clause(_ word: String, kind: KindID, _ stream: inout TokenStream) -> Step {
    switch word {
    case "where":
      return ConditionWalker(kind: kind).walk(&stream)
    case "sort", "fields", "by":
      return fieldList(kind: kind, directions: word == "sort", &stream)
    case "sum", "avg", "min", "max":
      return one(.fields(kind), &stream)
    case "limit":
      return one(nil, &stream)
    case "as":
      return one(.words(OutputFormat.allCases.map(\.rawValue)), &stream)
    case "into":
      return one(.files, &stream)
    default:  // count
      return stream.atEnd ? .open([]) : .consumed
    }
  }

  /// One word after a clause word (`by carrier`, `as csv`, `limit 10`).
  private func one(_ offer: Offer?, _ stream: inout TokenStream) -> Step {
    guard let token = stream.peek else { return .ended(offer.map { [$0] } ?? []) }
    guard token.kind == .word || token.kind == .string else { return .mismatch }
    stream.advance()
    return stream.atEnd ? .open([]) : .consumed
  }

  /// `FIELD [desc|asc], FIELD …` after `sort`; `FIELD, FIELD …` after `fields`.
  private func fieldList(kind: KindID, directions: Bool, _ stream: inout TokenStream) -> Step {
    while true {
      guard let token = stream.peek else { return .ended([.fields(kind)]) }
      guard token.kind == .word else { return .mismatch }
      stream.advance()
      if directions {
        guard !stream.atEnd else { return .open([.words(["asc", "desc"])]) }
        if stream.next(is: "desc") || stream.next(is: "asc") { stream.advance() }
      }
      guard !stream.atEnd else { return .open([]) }
      guard stream.next(isSymbol: ",") else { return .consumed }
      stream.advance()
    }
  }
}
