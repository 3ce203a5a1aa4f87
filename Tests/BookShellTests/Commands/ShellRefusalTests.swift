import BookLanguage
import BookModel
import Testing

@testable import BookShell

/// The shell's refusals: each case's exact words and whether it is a usage error.
@Suite struct ShellRefusalTests {
  @Test(
    arguments: [
      (ShellRefusal.shellOnly(command: "pager"), "pager works in the interactive shell only", 1),
      (.historyCount, "history takes a number of lines", 2),
      (.timingSetting, "timing is on or off", 2),
      (.editInSafeMode, "edit is off in safe mode: no editor is started", 1),
      (.noEditor, "no editor: set $VISUAL or $EDITOR, or editor: in your config", 1),
      (
        .notPrintable(kind: .policy, id: "P-0001", reason: "a CR"),
        "policy P-0001 cannot be shown as rec text: a CR", 1
      ),
      (.cannotWrite(path: "/tmp/x"), "could not write /tmp/x", 1),
      (.editorFailed(editor: "vi"), "the editor (vi) failed; nothing changed", 1),
      (.noRecord(kind: .policy, id: "P-9999"), "no policy P-9999", 1),
      (.noSuchID("ZZZ"), "nothing has the id 'ZZZ'", 1),
    ] as [(ShellRefusal, String, Int32)])
  func eachRefusalHasItsWordsAndStatus(refusal: ShellRefusal, message: String, code: Int32) {
    let error = refusal.error(at: nil)
    #expect(error.diagnostics.map(\.message) == [message])
    #expect(error.exitCode == code)
  }

  @Test func theNotesSayWhatToDo() {
    #expect(
      ShellRefusal.noRecord(kind: .audit, id: "AU-9").error(at: nil).diagnostics.first?.notes
        == ["List them: audits"])
    #expect(
      ShellRefusal.noSuchID("X").error(at: nil).diagnostics.first?.notes
        == ["Ids look like ACME, P-0001, AU-0001; or name the kind: edit policy P-0001"])
  }
}
