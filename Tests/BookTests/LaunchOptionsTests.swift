import Testing

@testable import book

/// The common command lines are read without the argument parser; anything else is left to it.
@Suite struct LaunchOptionsTests {
  @Test func theCommonFormsAreReadAsTheParserReadsThem() {
    #expect(LaunchOptions.quick([]) == LaunchOptions())
    var expected = LaunchOptions()
    expected.data = "demo"
    expected.commands = "count policies; help"
    #expect(LaunchOptions.quick(["--data", "demo", "-c", "count policies; help"]) == expected)
    #expect(LaunchOptions.quick(["-c", "count policies; help", "--data=demo"]) == expected)
    expected.format = "csv"
    expected.noHeader = true
    expected.today = "2026-11-23"
    expected.wait = 2.5
    expected.safe = true
    expected.stats = true
    let all = [
      "--format", "csv", "--no-header", "--today=2026-11-23", "--wait", "2.5", "--safe",
      "--stats", "--data", "demo", "-c", "count policies; help",
    ]
    #expect(LaunchOptions.quick(all) == expected)
    #expect(LaunchOptions.quick(["--data", ""])?.data == "")
  }

  @Test(arguments: [
    ["--help"], ["-h"], ["check"], ["run", "x.book"], ["--version"], ["--bogus"], ["-c"],
    ["--data"], ["-c", "--data"], ["--data", "-c", "help"], ["-chelp"], ["-c=help"],
    ["--data", "a", "--data", "b"], ["--stats", "--stats"], ["--stats=yes"],
    ["--wait", "-1"], ["--wait=-1"], ["--wait", "inf"], ["--wait", "soon"], ["--wait", "86401"],
    ["--", "-c", "help"], ["-c", "help", "extra"],
  ])
  func everythingElseIsLeftToTheParser(arguments: [String]) {
    #expect(LaunchOptions.quick(arguments) == nil)
  }
}
