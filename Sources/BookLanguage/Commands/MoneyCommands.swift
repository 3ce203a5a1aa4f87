/// The money reports and their changes (loss runs, premium summaries, allocations), and
/// records in and out as spreadsheets (import, export).
enum MoneyCommands {
  static let all =
    [LossRunCommand.spec, PremiumCommand.spec] + AllocationCommands.all
    + ImportExportCommands.all
}
