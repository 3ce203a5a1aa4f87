import BookModel

/// Makes a large, realistic, valid book from a seed: for benchmarks and demos.
public struct BookGenerator: Sendable {
  /// How many accounts the book holds.
  public let accounts: Int
  /// The seed of the random draws: the same seed gives the same files.
  public let seed: UInt64
  /// The day the book is drawn around (terms in force, due dates), as year, month, day.
  public let asOf: (year: Int, month: Int, day: Int)

  /// A generator of `accounts` accounts drawn from `seed`, around 2026-11-23 unless told.
  public init(
    accounts: Int, seed: UInt64, asOf: (year: Int, month: Int, day: Int) = (2026, 11, 23)
  ) {
    self.accounts = max(0, accounts)
    self.seed = seed
    self.asOf = asOf
  }

  /// The book's files, by name, in Schema order (the journal left out).
  public func files() -> [(name: String, text: String)] {
    var state = GenerationState(
      seed: seed, today: GenDay.day(asOf.year, asOf.month, asOf.day), accounts: accounts)
    state.makeTeam()
    state.makeAgency()
    state.makeCarriers()
    for index in 0..<accounts {
      state.makeAccount(index)
    }
    state.makeMacros()
    return Schema.kinds.filter { $0.kind != .change }.map { spec in
      (name: spec.file, text: state.buffers[spec.kind]?.text ?? spec.descriptor)
    }
  }
}
