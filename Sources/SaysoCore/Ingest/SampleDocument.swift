/// The article Sayso was started from, compiled into the binary so `sayso` alone has something to open.
public enum SampleDocument {
  public static let fileName = "azure-inquiry.txt"
  public static var bytes: [UInt8] { PackageResources.azure_inquiry_txt }

  public static func load() throws -> Document {
    try Ingest.document(bytes: bytes, path: fileName)
  }
}
