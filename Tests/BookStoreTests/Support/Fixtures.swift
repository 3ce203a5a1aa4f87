import BookModel
import BookStore

/// A small valid book: the agency (a training book), a team of two, one carrier, two accounts.
enum Fixtures {
  static let team = """
    %rec: Person
    %key: id
    %mandatory: id name role
    %type: role enum producer manager advocate marketing risk

    id: jkim
    name: Jamie Kim
    role: manager

    id: mlopez
    name: Maria Lopez
    role: advocate

    """

  static let accounts = """
    %rec: Account
    %key: id
    %mandatory: id name status

    # The flagship account.
    id: ACME
    name: Acme Roofing LLC
    manager: jkim
    status: active
    notes: first line
    + second line
    nickname: kept as written

    id: BRIGHT
    name: Bright Dental Group
    status: prospect

    """

  /// Makes the book in a directory and returns it.
  static func book(in directory: TemporaryDirectory, fs: any FileSystem = PosixFileSystem())
    throws -> DataDirectory
  {
    let files = try BookInitializer.emptyBook(agencyName: "Test Agency")
    try BookInitializer().write(files, into: directory.path)
    try directory.write("team.rec", team)
    try directory.write("accounts.rec", accounts)
    return DataDirectory(root: directory.path, fs: fs, wait: 2)
  }

  static let request = CommitRequest(user: "jkim", day: day("2026-11-23"), command: "test")

  static func day(_ text: String) -> Day {
    guard let day = Day(iso: text) else { preconditionFailure("bad fixture day \(text)") }
    return day
  }

  static let clock = ExampleClock.clock
}
