/// Number formatting by hand (no Foundation in the hot loop).
enum GenFormat {
  /// The number in decimal, left-padded with zeros to `width` digits.
  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width
      ? digits : String(repeating: "0", count: width - digits.count) + digits
  }

  /// Cents as plain money: `1250000` → `12500.00`, `-42000` → `-420.00`.
  static func money(_ cents: Int) -> String {
    let sign = cents < 0 ? "-" : ""
    let magnitude = cents < 0 ? -cents : cents
    return sign + String(magnitude / 100) + "." + pad(magnitude % 100, 2)
  }

  /// An id with a prefix and at least four digits: `P-0001`, `P-100000`.
  static func id(_ prefix: String, _ number: Int) -> String {
    prefix + pad(number, 4)
  }
}
