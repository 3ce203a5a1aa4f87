/// Exact integer division with rounding, the one place money and decimals round.
enum Rounding {
  /// `numerator ÷ denominator` rounded half away from zero (half-up on magnitudes):
  /// 2.5 → 3, −2.5 → −3. The denominator must not be zero.
  static func divide(_ numerator: Int128, by denominator: Int128) -> Int128 {
    let quotient = numerator / denominator
    let remainder = numerator % denominator
    guard remainder.magnitude * 2 >= denominator.magnitude else { return quotient }
    return (numerator < 0) != (denominator < 0) ? quotient - 1 : quotient + 1
  }

  /// 10 to the power `exponent` (0…36).
  static func power10(_ exponent: Int) -> Int128 {
    var value: Int128 = 1
    for _ in 0..<max(0, exponent) { value *= 10 }
    return value
  }
}
