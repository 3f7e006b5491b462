/// The version of everything that turns a source into paragraphs and quotes. A corpus index made by
/// another version is rebuilt, since its paragraphs and quotes may differ from what this one finds.
public enum ExtractorVersion {
  public static let current = "sayso-0.1.0-x2"
}
