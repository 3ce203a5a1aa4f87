/// A named limit as policies, quotes, endorsements and requirements write it:
/// `each-occurrence 1000000` — the name, then the amount in whole dollars (or with cents).
public struct Limit: Sendable, Equatable {
  public var name: String
  public var amount: Money

  public init(name: String, amount: Money) {
    self.name = name
    self.amount = amount
  }

  /// Reads `each-occurrence 1000000` (also `each-occurrence 1,000,000`); nil when the last
  /// word is not an amount or there is no name before it.
  public init?(_ text: String) {
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    guard words.count >= 2, let last = words.last, let amount = Money(last) else { return nil }
    name = words.dropLast().joined(separator: " ")
    self.amount = amount
  }

  /// The amount for people: `1,000,000` (cents only when there are any).
  public var amountText: String {
    amount.cents % 100 == 0 ? Grouping.grouped(String(amount.cents / 100)) : amount.description
  }

  /// The limits of a list by name, in order (a later one of the same name wins).
  public static func named(_ texts: [String]) -> [(name: String, limit: Limit?, text: String)] {
    var result: [(name: String, limit: Limit?, text: String)] = []
    for text in texts {
      let limit = Limit(text)
      let name = limit?.name ?? text
      if let index = result.firstIndex(where: { $0.name == name }) {
        result[index] = (name, limit, text)
      } else {
        result.append((name, limit, text))
      }
    }
    return result
  }
}
