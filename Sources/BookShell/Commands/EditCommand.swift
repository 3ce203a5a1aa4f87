import BookLanguage

/// `edit ID` or `edit KIND ID`: the record in $EDITOR, validated on save (filled in below).
enum EditCommand {
  static let spec = CommandSpec(
    "edit", group: .changes, summary: "change a record in your editor ($VISUAL, $EDITOR)",
    grammar: [.optional([.kind("kind")]), .word("id", completes: .records)],
    usage: ["edit ID", "edit KIND ID"],
    examples: ["edit P-0001", "edit policy P-0001"],
    details: [
      "The kind may be left out when the id tells it, as for show (P-0001, ACME, mlopez).",
      "The record opens as rec text; when you save, it is checked and committed as one transaction. An invalid record reopens with the errors as comments; quitting without a change changes nothing.",
    ]
  ) { invocation throws(LanguageError) in
    let shell = try ShellCommands.shell(invocation)
    try RecordEditing(shell: shell, invocation: invocation).run()
  }
}
