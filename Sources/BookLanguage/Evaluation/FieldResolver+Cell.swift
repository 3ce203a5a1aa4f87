import BookModel
import BookStore

extension FieldResolver {
  /// A path's values as one table cell: the value, or several (a repeating field) joined as
  /// text; empty when absent or when the path does not resolve.
  func cell(_ path: [String], of record: RecordView, kind: KindID) -> Value {
    let values = (try? values(path, of: record, kind: kind)) ?? []
    guard values.count > 1 else { return values.first ?? .empty }
    return .text(values.map(Renderer.display).joined(separator: ", "))
  }
}
