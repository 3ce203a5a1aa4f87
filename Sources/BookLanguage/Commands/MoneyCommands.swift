/// The money reports and their changes: loss runs, premium summaries, allocations.
enum MoneyCommands {
  static let all =
    [LossRunCommand.spec, PremiumCommand.spec] + AllocationCommands.all
}
