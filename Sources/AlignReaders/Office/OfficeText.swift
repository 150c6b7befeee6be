import AlignModel

/// Builds an Office document's blocks from paragraphs placed as DESIGN says: line = the
/// paragraph's number (docx) or the slide's (pptx), column = the scalar's offset there, from 1.
struct OfficeText {
    let otherParty: Set<String>
    private(set) var blocks: [Block] = []
    /// Each line's text: a paragraph's (docx), or a slide's paragraphs one space apart (pptx),
    /// so that a column counts into it as into the line of a text file.
    private(set) var lineTexts: [Int: String] = [:]
    /// The heading path so far: a heading replaces those at its level and deeper.
    private var headings: [(level: Int, text: String)] = []

    init(otherParty: Set<String>) {
        self.otherParty = otherParty
    }

    /// One paragraph's text and where its first scalar is.
    struct Paragraph {
        var text: String
        var position: SourcePosition
    }

    mutating func heading(_ paragraph: Paragraph, level: Int) {
        guard let block = build([paragraph], kind: .heading, context: BlockContext(headings: headingTexts)) else { return }
        headings.removeAll { $0.level >= level }
        headings.append((level, block.text))
        blocks.append(block)
    }

    /// Forgets the heading path (a new slide starts its own).
    mutating func resetHeadings() { headings.removeAll() }

    var headingTexts: [String] { headings.map(\.text) }

    /// A block of one or more paragraphs (a table cell holds several); the other party's words
    /// ("Customer: …") are dropped. Returns the block's text.
    @discardableResult
    mutating func add(_ paragraphs: [Paragraph], kind: BlockKind, context: BlockContext) -> String? {
        var context = context
        context.headings = headingTexts + context.headings
        guard var block = build(paragraphs, kind: kind, context: context) else { return nil }
        block.context.label = OpeningLabel.of(block.text)
        if OpeningLabel.isOtherParty(block.context.label, among: otherParty) { return block.text }
        blocks.append(block)
        return block.text
    }

    /// A table, each cell a block of its paragraphs: a cell's row header is its row's first
    /// cell, its column header the first row's cell above it.
    mutating func addTable(_ rows: [[[Paragraph]]]) {
        var columnHeaders: [String] = []
        for (rowIndex, cells) in rows.enumerated() {
            var rowHeader: String?
            for (column, paragraphs) in cells.enumerated() {
                var context = BlockContext()
                if column > 0 { context.rowHeader = rowHeader }
                if rowIndex > 0, column < columnHeaders.count, !columnHeaders[column].isEmpty { context.columnHeader = columnHeaders[column] }
                let cellText = add(paragraphs, kind: .tableCell, context: context) ?? ""
                if column == 0 { rowHeader = cellText.isEmpty ? nil : cellText }
                if rowIndex == 0 { columnHeaders.append(cellText) }
            }
        }
    }

    /// Adds a paragraph to its line's text, at its column.
    mutating func record(_ paragraph: Paragraph) {
        var line = lineTexts[paragraph.position.line] ?? ""
        let have = line.unicodeScalars.count
        if have < paragraph.position.column - 1 { line += String(repeating: " ", count: paragraph.position.column - 1 - have) }
        lineTexts[paragraph.position.line] = line + paragraph.text
    }

    private func build(_ paragraphs: [Paragraph], kind: BlockKind, context: BlockContext) -> Block? {
        var builder = BlockBuilder()
        for paragraph in paragraphs {
            builder.appendSpace()
            builder.append(Array(paragraph.text.unicodeScalars)[...], from: .position(paragraph.position))
        }
        guard var block = builder.build(kind: kind) else { return nil }
        block.context = context
        return block
    }
}
