extension Readability {
  /// Readability's `_prepArticle`: removes forms, embeds, share widgets, empty paragraphs and blocks
  /// that look like link lists or ads, and unwraps single-cell layout tables.
  func prepareArticle(_ tree: DOMTree, _ article: DOMNode) {
    markDataTables(tree, article)
    cleanConditionally(tree, article, "form")
    cleanConditionally(tree, article, "fieldset")
    for tag: HTMLTag in ["object", "embed", "footer", "link", "aside"] { removeAll(tree, article, tag) }
    for child in article.children {
      cleanMatched(tree, child) { node in
        NameFlags.of(node).contains(.share)
          && tree.stats(node).collapsedLength < Readability.characterThreshold
      }
    }
    for tag: HTMLTag in ["iframe", "input", "textarea", "select", "button"] { removeAll(tree, article, tag) }
    for heading in tree.descendants(of: article, tags: ["h1", "h2"]).reversed() where classWeight(heading) < 0
    {
      tree.remove(heading)
    }
    cleanConditionally(tree, article, "table")
    cleanConditionally(tree, article, "ul")
    cleanConditionally(tree, article, "div")
    for heading in tree.descendants(of: article, tags: ["h1"]) { tree.rename(heading, to: .h2) }
    for paragraph in tree.descendants(of: article, tags: ["p"]).reversed() {
      let media = tree.descendants(of: paragraph, tags: ["img", "embed", "object", "iframe"]).count
      if media == 0 && tree.textLength(paragraph) == 0 { tree.remove(paragraph) }
    }
    for br in tree.descendants(of: article, tags: ["br"]) {
      if let next = Readability.skipWhitespace(tree, br.nextSibling), next.tag == .p { tree.remove(br) }
    }
    unwrapSingleCellTables(tree, article)
  }

  private func removeAll(_ tree: DOMTree, _ root: DOMNode, _ tag: HTMLTag) {
    for node in tree.descendants(of: root, tags: [tag]).reversed() { tree.remove(node) }
  }

  /// Removes matching nodes below `root` (Readability's `_cleanMatchedNodes`).
  private func cleanMatched(_ tree: DOMTree, _ root: DOMNode, _ filter: (DOMNode) -> Bool) {
    let end = tree.nextElement(after: root, skippingChildren: true)
    var next = tree.nextElement(after: root)
    while let current = next, current !== end {
      if filter(current) {
        next = removeAndGetNext(tree, current)
      } else {
        next = tree.nextElement(after: current)
      }
    }
  }

  private func unwrapSingleCellTables(_ tree: DOMTree, _ article: DOMNode) {
    for table in tree.descendants(of: article, tags: ["table"]) {
      let body = hasSingleTag(tree, table, .tbody) ? (table.firstElementChild ?? table) : table
      guard hasSingleTag(tree, body, .tr), let row = body.firstElementChild, hasSingleTag(tree, row, .td),
        let cell = row.firstElementChild
      else { continue }
      let phrasing = cell.childNodes.allSatisfy { isPhrasingContent($0) }
      tree.rename(cell, to: phrasing ? .p : .div)
      tree.replace(table, with: cell)
    }
  }

  /// Readability's `_markDataTables`: tables of data (headers, captions, many cells) are kept whole.
  private func markDataTables(_ tree: DOMTree, _ root: DOMNode) {
    for table in tree.descendants(of: root, tags: ["table"]) {
      if table.attribute("role") == "presentation" { continue }
      if table.attribute("datatable") == "0" { continue }
      if !(table.attribute("summary") ?? "").isEmpty {
        table.isDataTable = true
        continue
      }
      if let caption = tree.firstDescendant(of: table, tags: [.caption]), caption.firstChild != nil {
        table.isDataTable = true
        continue
      }
      if tree.firstDescendant(of: table, tags: ["col", "colgroup", "tfoot", "thead", "th"]) != nil {
        table.isDataTable = true
        continue
      }
      if tree.firstDescendant(of: table, tags: [.table]) != nil { continue }
      let (rows, columns) = rowAndColumnCount(tree, table)
      if columns == 1 || rows == 1 { continue }
      if rows >= 10 || columns > 4 {
        table.isDataTable = true
        continue
      }
      table.isDataTable = rows * columns > 10
    }
  }

  private func rowAndColumnCount(_ tree: DOMTree, _ table: DOMNode) -> (Int, Int) {
    var rows = 0
    var columns = 0
    for row in tree.descendants(of: table, tags: ["tr"]) {
      rows += max(1, Int(row.attribute("rowspan") ?? "") ?? 1)
      var inRow = 0
      for cell in tree.descendants(of: row, tags: ["td"]) {
        inRow += max(1, Int(cell.attribute("colspan") ?? "") ?? 1)
      }
      columns = max(columns, inRow)
    }
    return (rows, columns)
  }
}
