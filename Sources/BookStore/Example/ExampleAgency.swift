// Stub until the data branch lands.
public enum ExampleAgency {
  public static let files: [(name: String, text: String)] = []
}
