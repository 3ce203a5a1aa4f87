// Stub until the data branch lands.
public struct BookGenerator {
  public init(accounts: Int, seed: UInt64) {}
  public func files() -> [(name: String, text: String)] { [] }
}
