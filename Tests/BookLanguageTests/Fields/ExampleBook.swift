import BookLanguage
import BookModel
import BookStore
import Foundation
import Testing

/// A fresh copy of the example agency, loaded; removed when released.
final class ExampleBook {
  private let copy: ExampleCopy
  var path: String { copy.root }
  let transaction: Transaction
  /// The example's pinned day.
  static let today = day("2026-11-23")

  init() throws {
    copy = try ExampleCopy("fields")
    transaction = Transaction(base: try copy.directory.load())
  }

  /// A resolver over the book (or a changed transaction of it) on the example's day.
  func resolver(_ transaction: Transaction? = nil, today: Day = ExampleBook.today)
    -> FieldResolver
  {
    FieldResolver(transaction ?? self.transaction, today: today)
  }

  /// The record of a kind with that id; fails the test when missing.
  func record(_ kind: KindID, _ id: String) throws -> RecordView {
    try #require(transaction.record(kind, id))
  }

  static func day(_ text: String) -> Day {
    guard let day = Day(iso: text) else { preconditionFailure("bad day \(text)") }
    return day
  }
}

/// Test shorthand for typed values.
enum V {
  static func money(_ text: String) -> Value {
    guard let money = Money(text) else { preconditionFailure("bad money \(text)") }
    return .money(money)
  }

  static func day(_ text: String) -> Value { .day(ExampleBook.day(text)) }
}
