/// Splits a premium among allocations in proportion to their exposure, to the cent, so the
/// shares add up exactly: each share is rounded down, then the remainder cents go one each to
/// the largest fractions first, ties broken by id.
public enum PremiumAllocation {
  /// Each allocation's share of the premium, in the order given; all zero when the total
  /// exposure is zero.
  public static func shares(of premium: Money, among allocations: [Allocation])
    -> [(allocation: Allocation, share: Money)]
  {
    let scale = allocations.map(\.exposure.scale).max() ?? 0
    let weights = allocations.map { $0.exposure.wide(at: scale) }
    let total = weights.reduce(0, +)
    guard total > 0 else { return allocations.map { ($0, .zero) } }
    let cents = Int128(premium.cents)
    var floors: [Int128] = []
    var fractions: [Int128] = []
    for weight in weights {
      let product = cents * weight
      var quotient = product / total
      var remainder = product % total
      if remainder < 0 {
        quotient -= 1
        remainder += total
      }
      floors.append(quotient)
      fractions.append(remainder)
    }
    let left = Int(cents - floors.reduce(0, +))
    let order = allocations.indices.sorted {
      fractions[$0] != fractions[$1]
        ? fractions[$0] > fractions[$1] : allocations[$0].id < allocations[$1].id
    }
    for index in order.prefix(left) { floors[index] += 1 }
    return allocations.indices.map { (allocations[$0], Money(cents: Int64(floors[$0]))) }
  }
}
