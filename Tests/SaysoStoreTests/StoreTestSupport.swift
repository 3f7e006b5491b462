import Foundation
import SaysoCore
import SaysoTestSupport

@testable import SaysoStore

/// A workspace in a fresh folder, with the sample article registered.
struct ScratchWorkspace: @unchecked Sendable {
  let folder: TemporaryDirectory
  let workspace: Workspace
  let document: Document
  let documentID: Int64
  let sourcePath: String

  init() throws {
    folder = try TemporaryDirectory("sayso-store")
    document = try SampleDocument.load()
    sourcePath = try folder.write("azure-inquiry.txt", document.text.string)
    workspace = try Workspace(path: WorkspaceLocation.database(in: folder.path))
    documentID = try workspace.register(document, path: sourcePath)
  }

  /// A second connection to the same file, as another `sayso` process would have.
  func reopen() throws -> Workspace { try Workspace(path: workspace.path, create: false) }

  /// An annotation of `body` on paragraph `index`.
  func paragraphAnnotation(_ index: Int, _ body: AnnotationBody, coder: String = "ana") -> Annotation {
    let range = document.paragraphs[index].range
    return Annotation(
      documentID: documentID, targetKind: .paragraph, anchor: TextAnchor(range: range, in: document.text),
      body: body,
      coder: coder)
  }
}
