import BookLanguage
import BookShell
import BookStore
import Foundation
import Testing

/// A host standing in for the shell: what the shell-only commands read and set.
final class FakeHost: SessionHost {
  var historyEntries = ["accounts", "policies where line = GL", "show ACME"]
  var pager: String? = "less -FRX"
  let defaultPager: String? = "less -FRX"
  var timing = false
  var editor: String?
  var answers: [Bool] = []
  var questions: [String] = []
  var quitting = false

  func ask(_ question: String) -> Bool {
    questions.append(question)
    return answers.isEmpty ? false : answers.removeFirst()
  }

  func quit() {
    quitting = true
  }

  var walks: [WalkList] = []
  func walk(_ list: WalkList) {
    walks.append(list)
  }
}

/// The shell-only commands reach the shell through `SessionHost` alone.
@Suite struct SessionHostTests {
  let copy: ExampleCopy
  var root: String { copy.root }
  let output = CapturedOutput()

  init() throws {
    copy = try ExampleCopy("host")
  }

  func session(host: FakeHost?) throws -> Session {
    let directory = copy.directory
    let snapshot = try directory.load()
    let clock = ExampleClock.clock
    let context = BookContext.resolve(
      snapshot: snapshot, environment: [:], config: UserConfig(), pinnedToday: nil,
      sandbox: false, clock: clock)
    let session = Session(
      registry: Shell.registry, directory: directory, snapshot: snapshot, context: context,
      output: output, clock: clock)
    session.host = host
    return session
  }

  @Test func theCommandsSetTheHostsState() throws {
    let host = FakeHost()
    let session = try session(host: host)
    #expect(session.run("timing on; pager off; history 2") == 0)
    #expect(host.timing)
    #expect(host.pager == nil)
    #expect(output.out == "timing on\npager: off\n2  policies where line = GL\n3  show ACME\n")
    #expect(session.run("pager on; quit") == 0)
    #expect(host.pager == "less -FRX")
    #expect(host.quitting)
  }

  @Test func quitInsideATransactionAsksTheHost() throws {
    let host = FakeHost()
    let session = try session(host: host)
    #expect(session.run("begin; set policy P-0001 notes=x; quit") == 0)
    #expect(host.questions == ["a transaction is open; quit and drop its changes?"])
    #expect(!host.quitting)
  }

  @Test(arguments: ["history", "quit", "pager off", "timing on", "edit policy P-0001"])
  func withoutAHostTheyAreRefused(command: String) throws {
    let session = try session(host: nil)
    #expect(session.run(command) == 1)
    let name = command.split(separator: " ")[0]
    #expect(output.err.hasPrefix("1:1: error: \(name) works in the interactive shell only\n"))
  }

  @Test func editSavesThroughTheRulesAndNamesTheBrokenOne() throws {
    let host = FakeHost()
    let captured = root + "/captured.rec"
    // The editor copies what it is shown, then makes the premium negative.
    host.editor =
      "sh -c 'cat \"$0\" >> \(captured); sed -i \"s/^premium: .*/premium: -5.00/\" \"$0\"'"
    let session = try session(host: host)
    let before = try String(contentsOfFile: root + "/policies.rec", encoding: .utf8)
    #expect(session.run("edit policy P-0001") == 0)
    #expect(output.out == "nothing changed\n")
    let shown = try String(contentsOfFile: captured, encoding: .utf8)
    #expect(shown.contains("# error: policy P-0001: premium must not be negative: -5.00\n"))
    #expect(try String(contentsOfFile: root + "/policies.rec", encoding: .utf8) == before)
  }
}
