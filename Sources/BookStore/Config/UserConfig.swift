import BookModel

/// The user's own settings: `$XDG_CONFIG_HOME/book/config.rec` (else
/// `~/.config/book/config.rec`), one record in the rec format.
public struct UserConfig: Sendable, Equatable {
  public var user: String?
  public var data: String?
  public var format: String?
  public var pager: String?
  public var editor: String?
  public var historySize: Int?

  public init(
    user: String? = nil, data: String? = nil, format: String? = nil, pager: String? = nil,
    editor: String? = nil, historySize: Int? = nil
  ) {
    self.user = user
    self.data = data
    self.format = format
    self.pager = pager
    self.editor = editor
    self.historySize = historySize
  }

  /// Where the config file is for this environment.
  public static func path(environment: [String: String]) -> String? {
    if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
      return xdg + "/book/config.rec"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.config/book/config.rec"
  }

  /// Reads the config; a missing file is an empty config, a broken one an error with its place.
  public static func load(environment: [String: String], fs: any FileSystem) throws(StoreError)
    -> UserConfig
  {
    guard let path = path(environment: environment) else { return UserConfig() }
    let bytes: [UInt8]?
    do {
      bytes = try fs.read(path)
    } catch {
      throw .invalid(.unreadable(error.description, file: path))
    }
    guard let bytes else { return UserConfig() }
    let file: RecFile
    do {
      file = try RecParser.parse(name: path, bytes: bytes)
    } catch {
      throw .invalidBook([error.diagnostic(path: path, bytes: bytes)])
    }
    guard file.records.count > 0 else { return UserConfig() }
    let record = file.record(0)
    var config = UserConfig(
      user: record.nonEmpty("user"), data: record.nonEmpty("data"),
      format: record.nonEmpty("format"), pager: record.nonEmpty("pager"),
      editor: record.nonEmpty("editor"))
    if let size = record.nonEmpty("history_size") {
      guard let value = Int(size), value >= 0 else {
        throw .invalid(
          .badHistorySize(size, path: path, location: record.location(of: "history_size")))
      }
      config.historySize = value
    }
    return config
  }
}
