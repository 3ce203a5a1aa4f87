/// How far a walker got through the words before the cursor.
enum Step: Sendable, Equatable {
  /// The part is complete and tokens remain after it.
  case consumed
  /// The words ran out inside the part: only these may come next.
  case ended([Offer])
  /// The words ran out where the part could be complete: these, or what follows the part.
  case open([Offer])
  /// The words do not fit: nothing is offered.
  case mismatch
}
