import BookLanguage

/// `edit KIND ID`: the record in $EDITOR, validated on save (filled in below).
enum EditCommand {
  static let spec = CommandSpec(
    "edit", group: .changes, summary: "change a record in your editor ($VISUAL, $EDITOR)",
    grammar: [.kind("kind"), .word("id", completes: .idsOfKind)],
    usage: ["edit KIND ID"],
    examples: ["edit policy P-0001"],
    details: [
      "The record opens as rec text; when you save, it is checked and committed as one transaction. An invalid record reopens with the errors as comments; quitting without a change changes nothing."
    ]
  ) { invocation throws(LanguageError) in
    let shell = try ShellCommands.shell(invocation)
    try RecordEditing(shell: shell, invocation: invocation).run()
  }
}
