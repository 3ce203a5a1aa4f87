import BookModel
import BookStore

extension Session {
  /// A read-only session on the book as it was at the end of a day (`as of DAY`), rebuilt
  /// from the journals' before-images, with that day as today; its output is this session's.
  func asOf(_ node: ValueNode) throws(LanguageError) -> Session {
    let day = try ValueInterpreter(session: self).day(node)
    guard day <= context.today else {
      throw .refused(.asOfFuture(day, today: context.today), at: node.range)
    }
    let past = try storing { () throws(StoreError) in
      try view.base.asOf(day, history: try directory.history())
    }
    var context = self.context
    context.today = day
    let session = Session(
      registry: registry, directory: directory, snapshot: past, context: context,
      output: output, options: options, safe: true, unit: unit, clock: clock)
    session.focus = focus
    return session
  }
}
