/// A small deterministic random generator (SplitMix64): the same seed gives the same book.
struct SplitMix64: Sendable {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `low...high` (inclusive).
  mutating func int(_ low: Int, _ high: Int) -> Int {
    guard high > low else { return low }
    return low + Int(next() % UInt64(high - low + 1))
  }

  /// True with the given chance in percent.
  mutating func chance(_ percent: Int) -> Bool {
    Int(next() % 100) < percent
  }

  /// One element of a non-empty array.
  mutating func pick<T>(_ items: [T]) -> T {
    items[Int(next() % UInt64(items.count))]
  }
}
