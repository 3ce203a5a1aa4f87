// TEMPORARY until the completion branch lands.
import BookLanguage
import BookStore

public struct Completion: Sendable, Equatable {
  public var candidates: [String]
  public var start: Int
  public var partial: String
  public var commonPrefix: String
}
public struct Completer {
  public init(
    registry: Registry, view: Transaction, focus: String? = nil, workingDirectory: String? = nil
  ) {}
  public func complete(line: String, cursor: Int) -> Completion {
    Completion(candidates: [], start: cursor, partial: "", commonPrefix: "")
  }
}
