import BookModel
import BookStore
import Foundation

/// A new empty book for one test, as `book init` makes it, with one person on its team — you,
/// a manager — so that the first change is accepted; removed when released.
public final class EmptyBook: TestBook {
  public let home: String
  public let root: String
  /// Your id on the team.
  public let user: String
  public var you: String? { user }

  public init(user: String = "jkim", name: String = "Jenny Kim", agency: String = "Test Agency")
    throws
  {
    home =
      FileManager.default.temporaryDirectory.path + "/book-empty-\(UUID().uuidString.prefix(8))"
    root = home + "/book"
    self.user = user
    let person = Record([Field("id", user), Field("name", name), Field("role", "manager")])
    let files = try BookInitializer.emptyBook(agencyName: agency, manager: person)
    try BookInitializer().write(files, into: root)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: home)
  }

}
