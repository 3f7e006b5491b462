import SaysoCore

/// The workspace store (SQLite through GRDB) lands here with the annotation work; it speaks in Core values.
public enum SaysoStoreModule {
  public static let schemaVersion = 0
}
