/// What Tab offers at a cursor: the words that fit, and where the word being completed starts.
public struct Completion: Sendable, Equatable {
  /// Sorted, unique, each a whole replacement for `partial` (`policies`, `premium=`, `P-0001`,
  /// `account.advocate`, `out/`).
  public var candidates: [String]
  /// Offset (in Unicode scalars) in the line where the partial word begins.
  public var start: Int
  /// The typed part being completed (`line[start..<cursor]`).
  public var partial: String
  /// The longest common prefix of the candidates (what Tab inserts when several fit); never
  /// shorter than `partial`, so replacing `partial` with it never loses what was typed.
  public var commonPrefix: String

  /// A completion of `partial` at `start` by these candidates (sorted and made unique here).
  public init(candidates: [String], start: Int, partial: String) {
    let sorted = Array(Set(candidates)).sorted()
    self.candidates = sorted
    self.start = start
    self.partial = partial
    let shared = Self.longestCommonPrefix(sorted)
    let typed = partial.unicodeScalars.count
    self.commonPrefix = shared.unicodeScalars.count >= typed ? shared : partial
  }

  /// The longest prefix (in Unicode scalars) that every word starts with.
  static func longestCommonPrefix(_ words: [String]) -> String {
    guard let first = words.first else { return "" }
    var prefix = Array(first.unicodeScalars)
    for word in words.dropFirst() {
      let scalars = Array(word.unicodeScalars)
      var count = 0
      while count < prefix.count, count < scalars.count, prefix[count] == scalars[count] {
        count += 1
      }
      prefix.removeSubrange(count...)
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: prefix)
    return String(view)
  }
}
