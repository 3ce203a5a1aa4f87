/// "Did you mean" for a mistyped word among a few allowed ones.
public enum Suggestion {
  /// The allowed word closest to `word` when it is close enough to be a typo, else nil:
  /// same letters in another case, or an edit distance of at most 2 (1 for words of up to
  /// `short` letters).
  public static func closest(to word: String, in allowed: [String], short: Int = 3) -> String? {
    let lower = word.lowercased()
    if let same = allowed.first(where: { $0.lowercased() == lower }) { return same }
    let limit = lower.count <= short ? 1 : 2
    var best: (word: String, distance: Int)?
    for candidate in allowed {
      let distance = editDistance(lower, candidate.lowercased())
      guard distance <= limit, distance < candidate.count else { continue }
      if best.map({ distance < $0.distance }) ?? true { best = (candidate, distance) }
    }
    return best?.word
  }

  /// Up to `count` allowed words close enough to `word` to be a typo of it, all as close as
  /// the closest (in the order given); the same rule as `closest`.
  public static func nearest(to word: String, in allowed: [String], count: Int = 3) -> [String] {
    let lower = word.lowercased()
    let limit = lower.count <= 3 ? 1 : 2
    var found: [(word: String, distance: Int, position: Int)] = []
    for (position, candidate) in allowed.enumerated() {
      let distance = editDistance(lower, candidate.lowercased())
      guard distance <= limit, distance < candidate.count else { continue }
      found.append((candidate, distance, position))
    }
    let best = found.map(\.distance).min()
    var out: [String] = []
    for entry in found
    where entry.distance == best && !out.contains(entry.word) && out.count < count {
      out.append(entry.word)
    }
    return out
  }

  /// Levenshtein distance between two words.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
