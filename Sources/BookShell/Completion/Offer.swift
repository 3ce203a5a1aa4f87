import BookModel

/// What may come at the cursor, before it is matched against the typed part. The grammar
/// walkers decide the offers; `CandidateSource` turns them into words from the registry, the
/// schema, the data and the file system.
enum Offer: Sendable, Equatable {
  /// Fixed words: keywords, clause words, operators, formats (matched ignoring case).
  case words([String])
  /// The start of a command: the first words of command names and aliases, `count` and the
  /// kind words.
  case commandStart
  /// The second words of two-word commands whose first word is this (`audit` → `open`…).
  case secondWords(String)
  /// Kind words: singular, plural and aliases.
  case kinds
  /// Field names of a kind, stored and derived; a typed path crosses references.
  case fields(KindID)
  /// Stored field names of a kind with `=` appended (an assignment).
  case assignments(KindID)
  /// The values a field (a path from the kind) may be compared with or set to; with no kind,
  /// a field named like a kind (`policies=`) takes that kind's ids.
  case values(KindID?, path: [String])
  /// Ids of a kind in the data (focus-filtered for kinds with an `account` field).
  case ids(KindID)
  /// Ids of a kind's records whose status is one of these (focus-filtered as `ids`).
  case idsWithStatus(KindID, [String])
  /// Account ids, and the ids of the kind a typed prefix names (`P-` → policies).
  case records
  /// Team ids and `me`.
  case people
  /// The holders of certificates and requirements in the book, quoted when not one word.
  case holders
  /// The topics of `help`: command words, kind plurals and the help pages.
  case helpTopics
  /// File and directory names.
  case files
  /// The `param` names of the script file named before (`run FILE days=`), with `=`.
  case parameters(file: String)
}
