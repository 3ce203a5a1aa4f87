/// The program hosting a session — the interactive shell — as the commands only it provides
/// (`history`, `quit`, `pager`, `timing`, `edit`, `walk`) see it. A session without one (`book -c`, a
/// script) refuses those commands.
public protocol SessionHost: AnyObject {
  /// The lines typed in this book, oldest first (`history`).
  var historyEntries: [String] { get }
  /// The pager long output goes through; nil when paging is off (`pager`).
  var pager: String? { get set }
  /// The pager `pager on` turns back on.
  var defaultPager: String? { get }
  /// Whether each command's time is shown (`timing`).
  var timing: Bool { get set }
  /// The editor command `edit` starts; nil when there is none.
  var editor: String? { get }
  /// Asks the person a yes/no question.
  func ask(_ question: String) -> Bool
  /// Leaves after this input (`quit`).
  func quit()
  /// Walks through the records listed, one at a time, once this input has run (`walk`).
  func walk(_ list: WalkList)
}
