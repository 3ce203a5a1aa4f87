import BookModel
import Testing

@testable import BookStore

@Suite struct BookContextTests {
  @Test func theConfigIsReadFromXDGConfigHomeAndABrokenOneSaysWhere() throws {
    let directory = TemporaryDirectory()
    let environment = ["XDG_CONFIG_HOME": directory.path, "HOME": "/nonexistent"]
    #expect(try UserConfig.load(environment: environment, fs: PosixFileSystem()) == UserConfig())
    try directory.write(
      "book/config.rec", "user: mlopez\ndata: /srv/book\npager: less\nhistory_size: 500\n")
    #expect(
      try UserConfig.load(environment: environment, fs: PosixFileSystem())
        == UserConfig(user: "mlopez", data: "/srv/book", pager: "less", historySize: 500))
    try directory.write("book/config.rec", "user: mlopez\nhistory_size: lots\n")
    #expect {
      try UserConfig.load(environment: environment, fs: PosixFileSystem())
    } throws: { error in
      (error as? StoreError)?.diagnostics.first?.formatted
        == "\(directory.path)/book/config.rec:2:15: error: history_size must be a whole number, not 'lots'"
    }
  }

  @Test func theDataDirectoryComesFromTheFlagThenBookDataThenTheConfig() {
    let fs = PosixFileSystem()
    let config = UserConfig(data: "/from/config")
    #expect(
      BookContext.dataDirectory(
        flag: "/flag", environment: ["BOOK_DATA": "/env"], config: config, fs: fs) == "/flag")
    #expect(
      BookContext.dataDirectory(
        flag: nil, environment: ["BOOK_DATA": "/env"], config: config, fs: fs)
        == "/env")
    #expect(
      BookContext.dataDirectory(flag: nil, environment: [:], config: config, fs: fs)
        == "/from/config")
  }

  @Test func theUserIsBookUserThenTheConfigAndStrangersBecomeTheDefaultUser() throws {
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    var agency = try #require(directory.text("agency.rec"))
    agency += "default_user: jkim\ntoday: 2026-11-23\n"
    try directory.write("agency.rec", agency)
    let snapshot = try book.load()
    func resolve(_ environment: [String: String], _ config: UserConfig = UserConfig())
      -> BookContext
    {
      BookContext.resolve(
        snapshot: snapshot, environment: environment, config: config, pinnedToday: nil,
        sandbox: false, clock: Fixtures.clock)
    }
    #expect(resolve(["BOOK_USER": "mlopez"], UserConfig(user: "jkim")).user == "mlopez")
    #expect(resolve([:], UserConfig(user: "mlopez")).user == "mlopez")
    #expect(resolve(["BOOK_USER": "stranger"]).user == "jkim")
    let context = resolve(["BOOK_USER": "mlopez"])
    #expect(context.daySource == .trainingBook)
    #expect(context.today == Fixtures.day("2026-11-23"))
    let pinned = BookContext.resolve(
      snapshot: snapshot, environment: [:], config: UserConfig(),
      pinnedToday: Fixtures.day("2026-03-01"), sandbox: false, clock: Fixtures.clock)
    #expect(pinned.daySource == .pinned)
    #expect(pinned.request(command: "x").dayPinned)
  }

  @Test func withNoPinTheDayIsTheRealLocalDate() throws {
    let directory = TemporaryDirectory()
    let snapshot = try Fixtures.book(in: directory).load()
    let context = BookContext.resolve(
      snapshot: snapshot, environment: ["BOOK_USER": "jkim"], config: UserConfig(),
      pinnedToday: nil, sandbox: false, clock: Fixtures.clock)
    #expect(context.daySource == .real)
    #expect(context.today == Fixtures.day("2026-11-23"))
    #expect(throws: Never.self) { try context.requireTeamMember(snapshot) }
    var stranger = context
    stranger.user = "nobody"
    #expect(throws: StoreError.self) { try stranger.requireTeamMember(snapshot) }
  }
}
