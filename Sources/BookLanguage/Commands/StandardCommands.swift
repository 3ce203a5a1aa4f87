/// The commands of the language itself; domain verbs register theirs beside them.
enum StandardCommands {
  static let all: [CommandSpec] =
    QueryCommands.all + ChangeCommands.all + SessionCommands.all + HistoryCommands.all
    + AuditCommands.all + CertificateCommands.all + RenewalCommands.all + QuoteCommands.all
    + DelegationCommands.all + NoteCommands.all + WorkloadCommands.all
    + SubjectivityCommands.all + EndorsementCommands.all
    + RequirementCommands.all + BillingCommands.all + ScriptCommands.all + MacroCommands.all
    + MoneyCommands.all + [
      VerifyCommand.spec, SweepCommand.spec, ReviewCommand.spec, HelpCommand.spec,
      EachCommand.spec,
    ]
}
