import BookModel

/// The generator's working state: the random stream, the files being written, counters and team.
struct GenerationState {
  /// One policy term, as the later records of its account need it.
  struct Term {
    let id: String
    let line: String
    let effective: Int
    let expiration: Int
    let status: String
    let ai: String?
    let wos: Bool
    let pnc: Bool
  }

  var rng: SplitMix64
  let today: Int
  let accountCount: Int
  var buffers: [KindID: RecBuffer] = [:]
  private var counters: [KindID: Int] = [:]
  var usedAccountIDs: [String: Int] = [:]
  var producers: [String] = []
  var managers: [String] = []
  var advocates: [String] = []
  var helpers: [String] = []

  init(seed: UInt64, today: Int, accounts: Int) {
    rng = SplitMix64(seed: seed)
    self.today = today
    accountCount = accounts
  }

  /// Writes one record of a kind.
  mutating func write(_ kind: KindID, _ body: (inout RecBuffer) -> Void) {
    body(&buffers[kind, default: RecBuffer(kind)])
  }

  /// The next assigned id of a kind (`P-0001`).
  mutating func nextID(_ kind: KindID) -> String {
    let number = (counters[kind] ?? 0) + 1
    counters[kind] = number
    return GenFormat.id(Schema.spec(kind).idPrefix ?? "", number)
  }

  /// A unique mnemonic account id from name words: `SUMMIT`, `SUMMITR`, `SUMMITR2`.
  mutating func accountID(_ words: [String]) -> String {
    var base = ""
    for word in words {
      for scalar in word.unicodeScalars where scalar.properties.isAlphabetic && base.count < 6 {
        base += String(scalar).uppercased()
      }
      if base.count >= 4 { break }
    }
    if base.isEmpty { base = "ACCT" }
    guard let used = usedAccountIDs[base] else {
      usedAccountIDs[base] = 1
      return base
    }
    var number = used + 1
    while usedAccountIDs[base + String(number)] != nil { number += 1 }
    usedAccountIDs[base] = number
    usedAccountIDs[base + String(number)] = 1
    return base + String(number)
  }

  /// A day between `low` and `high` inclusive.
  mutating func day(_ low: Int, _ high: Int) -> Int {
    rng.int(low, high)
  }
}
