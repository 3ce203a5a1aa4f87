import BookModel

/// How values compare and sort: by their type; text naturally, so `P-2000` comes before
/// `P-10000`; empty values first.
enum ValueOrder {
  /// Whether `left` sorts before `right`.
  static func less(_ left: Value, _ right: Value) -> Bool {
    compare(left, right) == .orderedAscending
  }

  enum Ordering { case orderedAscending, orderedSame, orderedDescending }

  static func compare(_ left: Value, _ right: Value) -> Ordering {
    switch (left, right) {
    case (.empty, .empty): return .orderedSame
    case (.empty, _): return .orderedAscending
    case (_, .empty): return .orderedDescending
    case (.money(let a), .money(let b)): return order(a, b)
    case (.decimal(let a), .decimal(let b)): return order(a, b)
    case (.int(let a), .int(let b)): return order(a, b)
    case (.day(let a), .day(let b)): return order(a, b)
    case (.bool(let a), .bool(let b)): return order(a ? 1 : 0, b ? 1 : 0)
    case (.money(let a), .decimal(let b)): return order(a.decimal, b)
    case (.decimal(let a), .money(let b)): return order(a, b.decimal)
    case (.int(let a), .decimal(let b)): return order(ExactDecimal(a), b)
    case (.decimal(let a), .int(let b)): return order(a, ExactDecimal(b))
    default: return natural(Renderer.plain(left), Renderer.plain(right))
    }
  }

  private static func order<T: Comparable>(_ a: T, _ b: T) -> Ordering {
    a < b ? .orderedAscending : (a == b ? .orderedSame : .orderedDescending)
  }

  /// Text order with runs of digits compared as numbers.
  static func natural(_ a: String, _ b: String) -> Ordering {
    var left = Array(a.unicodeScalars)[...]
    var right = Array(b.unicodeScalars)[...]
    while let x = left.first, let y = right.first {
      if isDigit(x) && isDigit(y) {
        let digitsA = left.prefix(while: isDigit)
        let digitsB = right.prefix(while: isDigit)
        let trimmedA = digitsA.drop { $0 == "0" }
        let trimmedB = digitsB.drop { $0 == "0" }
        if trimmedA.count != trimmedB.count {
          return trimmedA.count < trimmedB.count ? .orderedAscending : .orderedDescending
        }
        for (p, q) in zip(trimmedA, trimmedB) where p != q {
          return p < q ? .orderedAscending : .orderedDescending
        }
        if digitsA.count != digitsB.count {
          return digitsA.count < digitsB.count ? .orderedAscending : .orderedDescending
        }
        left = left.dropFirst(digitsA.count)
        right = right.dropFirst(digitsB.count)
        continue
      }
      if x != y { return x.value < y.value ? .orderedAscending : .orderedDescending }
      left = left.dropFirst()
      right = right.dropFirst()
    }
    if left.isEmpty && right.isEmpty { return .orderedSame }
    return left.isEmpty ? .orderedAscending : .orderedDescending
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
