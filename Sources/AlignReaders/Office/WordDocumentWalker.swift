import AlignModel

/// `word/document.xml`: the body's paragraphs in order, each numbered from 1 (its line);
/// `Heading N` and `Title` styles make the heading path, numbered paragraphs are list items,
/// tables are read cell by cell with their row and column headers. Deleted text (tracked
/// changes), field codes and comment marks are not text.
struct WordDocumentWalker {
    typealias Node = OfficeXML.Node
    var text: OfficeText
    let maxDepth: Int
    private var paragraphNumber = 0
    private(set) var isTruncated = false

    init(otherParty: Set<String>, maxDepth: Int) {
        text = OfficeText(otherParty: otherParty)
        self.maxDepth = maxDepth
    }

    mutating func walk(_ document: OfficeXML) {
        guard let root = document.root, let body = OfficeXML.child(root, "body") else { return }
        walkBlocks(body, depth: 0)
    }

    /// Paragraphs and tables, and what content controls (`w:sdt`) hold.
    private mutating func walkBlocks(_ node: Node, depth: Int) {
        guard depth < maxDepth else {
            isTruncated = true
            return
        }
        for child in OfficeXML.children(node) {
            switch OfficeXML.name(child) {
            case "p": paragraph(child)
            case "tbl": table(child, depth: depth + 1)
            case "sdt", "sdtContent", "customXml": walkBlocks(child, depth: depth + 1)
            default: break
            }
        }
    }

    private mutating func paragraph(_ node: Node) {
        let paragraph = read(node)
        let properties = OfficeXML.child(node, "pPr")
        let style = properties.flatMap { OfficeXML.child($0, "pStyle") }.flatMap { OfficeXML.attribute($0, "val") } ?? ""
        if let level = Self.headingLevel(style) {
            text.heading(paragraph, level: level)
        } else {
            // Numbered in the paragraph, or by a list style ("List Bullet", "List Number").
            let isListItem = properties.flatMap { OfficeXML.child($0, "numPr") } != nil || style.lowercased().hasPrefix("list")
            text.add([paragraph], kind: isListItem ? .listItem : .paragraph, context: .none)
        }
    }

    /// `Title` is level 0, above `Heading1`…`Heading9` (or `heading 1`), each its own level.
    static func headingLevel(_ style: String) -> Int? {
        let lower = style.lowercased().replacingOccurrences(of: " ", with: "")
        if lower == "title" { return 0 }
        guard lower.hasPrefix("heading"), let level = Int(lower.dropFirst("heading".count)), (1...9).contains(level) else { return nil }
        return level
    }

    /// A paragraph's number and text: runs, hyperlinks and insertions; tabs and breaks as spaces.
    private mutating func read(_ node: Node) -> OfficeText.Paragraph {
        paragraphNumber += 1
        var content = ""
        collectRuns(node, into: &content, depth: 0)
        let paragraph = OfficeText.Paragraph(text: content, position: SourcePosition(line: paragraphNumber, column: 1))
        text.record(paragraph)
        return paragraph
    }

    private func collectRuns(_ node: Node, into content: inout String, depth: Int) {
        guard depth < maxDepth else { return }
        for child in OfficeXML.children(node) {
            switch OfficeXML.name(child) {
            case "t": content += OfficeXML.text(child)
            case "tab", "br", "cr": content += " "
            case "del", "delText", "instrText", "pPr", "rPr", "commentReference", "footnoteReference", "endnoteReference": break
            default: collectRuns(child, into: &content, depth: depth + 1)
            }
        }
    }

    /// Each cell one block (`OfficeText.addTable`); a cell's paragraphs, and any table inside it,
    /// are its text.
    private mutating func table(_ node: Node, depth: Int) {
        guard depth < maxDepth else {
            isTruncated = true
            return
        }
        let rows = OfficeXML.children(node).filter { OfficeXML.name($0) == "tr" }.map { row in
            OfficeXML.children(row).filter { OfficeXML.name($0) == "tc" }.map { cell in
                var paragraphs: [OfficeText.Paragraph] = []
                cellParagraphs(cell, into: &paragraphs, depth: depth + 1)
                return paragraphs
            }
        }
        text.addTable(rows)
    }

    private mutating func cellParagraphs(_ node: Node, into paragraphs: inout [OfficeText.Paragraph], depth: Int) {
        guard depth < maxDepth else { return }
        for child in OfficeXML.children(node) {
            switch OfficeXML.name(child) {
            case "p": paragraphs.append(read(child))
            case "tbl", "tr", "tc", "sdt", "sdtContent": cellParagraphs(child, into: &paragraphs, depth: depth + 1)
            default: break
            }
        }
    }
}
