/// The parts of a written number: sign, integer digits (with optional `,` groups), fraction.
/// Shared by `Money`, `ExactDecimal` and whole-number parsing so they accept the same forms.
struct NumberText {
  var negative: Bool
  /// The integer digits without separators.
  var integer: [UInt8]
  /// The digits after the point (may be empty).
  var fraction: [UInt8]

  /// Parses `[-][$]digits[,ddd…][.digits]`; `$` only when `allowDollar`.
  static func parse(_ text: some StringProtocol, allowDollar: Bool) throws(NumberError)
    -> NumberText
  {
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty else { throw .empty }
    var index = 0
    var negative = false
    if bytes[index] == UInt8(ascii: "-") {
      negative = true
      index += 1
    }
    if allowDollar, index < bytes.count, bytes[index] == UInt8(ascii: "$") {
      index += 1
    }
    var groups: [[UInt8]] = [[]]
    var sawComma = false
    while index < bytes.count, bytes[index] != UInt8(ascii: ".") {
      let byte = bytes[index]
      if isDigit(byte) {
        groups[groups.count - 1].append(byte)
      } else if byte == UInt8(ascii: ",") {
        sawComma = true
        groups.append([])
      } else {
        throw .unexpected(character(in: text, at: index))
      }
      index += 1
    }
    var fraction: [UInt8] = []
    if index < bytes.count {
      index += 1
      guard index < bytes.count else { throw .missingDigits }
      while index < bytes.count {
        guard isDigit(bytes[index]) else { throw .unexpected(character(in: text, at: index)) }
        fraction.append(bytes[index])
        index += 1
      }
    }
    if sawComma {
      guard let first = groups.first, (1...3).contains(first.count),
        groups.dropFirst().allSatisfy({ $0.count == 3 })
      else { throw .misplacedSeparator }
    }
    let integer = groups.flatMap { $0 }
    guard !integer.isEmpty else { throw .missingDigits }
    return NumberText(negative: negative, integer: integer, fraction: fraction)
  }

  /// The value scaled by 10^scale (the fraction padded with zeros), or nil on overflow.
  /// The fraction must not be longer than `scale`.
  func scaled(by scale: Int) -> Int64? {
    var value: Int64 = 0
    let padded = fraction + Array(repeating: UInt8(ascii: "0"), count: scale - fraction.count)
    for byte in integer + padded {
      let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (plus, overflow2) = times.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
      guard !overflow1, !overflow2 else { return nil }
      value = plus
    }
    return negative ? -value : value
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private static func character(in text: some StringProtocol, at offset: Int) -> Character {
    let rest = String(decoding: Array(text.utf8).dropFirst(offset), as: UTF8.self)
    return rest.first ?? "?"
  }
}

/// Decimal digit grouping for people: `1234567` → `1,234,567`.
enum Grouping {
  static func grouped(_ digits: String) -> String {
    // ASCII digits (the usual case) are grouped as bytes, one per character.
    if digits.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
      let bytes = Array(digits.utf8)
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count + bytes.count / 3)
      for (offset, byte) in bytes.enumerated() {
        if offset > 0, (bytes.count - offset) % 3 == 0 { result.append(UInt8(ascii: ",")) }
        result.append(byte)
      }
      return String(decoding: result, as: UTF8.self)
    }
    var result = ""
    for (offset, character) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(character)
    }
    return result
  }
}
