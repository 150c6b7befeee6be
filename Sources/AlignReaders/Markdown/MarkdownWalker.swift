import AlignModel
import CCMarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks cmark's tree with its iterator (no recursion), gathering inline text into blocks, each
/// with its context: the headings above it, its table row and column headers, its list's parent.
struct MarkdownWalker {
    var aligner: SourceAligner
    let options: ReadOptions
    var blocks: [Block] = []
    /// Inline code spans, each a block of its own, outside the prose of its paragraph.
    var codeSpans: [Block] = []
    /// Link targets written inline (`[text](url)`), each a block of its own.
    var linkTargets: [Block] = []
    var directives: [SuppressionDirective] = []
    var problems: [ReadProblem] = []
    private var builder: BlockBuilder?
    private var blockKind: BlockKind = .paragraph
    private var blockEndLine = 1
    private var blockContext = BlockContext.none
    /// The heading path so far: a heading replaces those at its level and deeper.
    private var headings = HeadingPath()
    private var headingLevel = 0
    /// The `<details>` and titled components opened in raw HTML and closed in a later HTML
    /// block: their headings head the Markdown written between.
    private var sections = RawHTMLSections()
    /// An MDX page's component tags on lines of their own (`MDXComponents`), in order, and the
    /// next one not yet met: each opens or closes its section before the first block after it.
    var componentTags: [MDXComponents.Tag] = []
    private var nextTag = 0
    /// An MDX page's prose in attribute expressions (`MDXProperties`), in order, and the next one
    /// not yet met: each is a block of its own before the first block after it.
    var properties: [MDXProperty] = []
    private var nextProperty = 0
    /// Per open list: the paragraph just before it (in its item, for a nested list).
    private var listParents: [String?] = []
    private var table = TableState()
    /// Inside `~~struck~~` text: crossed out, so not said.
    private var struckDepth = 0
    /// The extensions' node types: known only once the extensions are registered.
    private let tableType = align_cmark_node_table()
    private let tableRowType = align_cmark_node_table_row()
    private let tableCellType = align_cmark_node_table_cell()
    private let strikethroughType = align_cmark_node_strikethrough()

    /// Where the walk is in a table: header texts by column, the current row's first cell.
    private struct TableState {
        var columnHeaders: [String] = []
        var isHeaderRow = false
        var column = 0
        var rowHeader: String?
    }

    /// `readsASCII`: cmark read the source's own UTF-8.
    init(source: SourceText, readsASCII: Bool = false, options: ReadOptions) {
        aligner = SourceAligner(source: source, syntax: MarkdownWalker.syntax, readsASCII: readsASCII && options.readsASCIIAsBytes)
        self.options = options
    }

    static let syntax = SourceAligner.Syntax(namedReference: HTMLExtractor.syntax.namedReference, backslashEscapes: true)

    mutating func walk(_ root: OpaquePointer) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        var containers: [cmark_node_type] = []
        var skippedDepth: Int?
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if nextTag < componentTags.count, event == CMARK_EVENT_ENTER { meetTags(before: Int(cmark_node_get_start_line(node))) }
            if nextProperty < properties.count, event == CMARK_EVENT_ENTER, builder == nil { meetProperties(before: Int(cmark_node_get_start_line(node))) }
            if event == CMARK_EVENT_EXIT {
                if hasExit(type), !containers.isEmpty { containers.removeLast() }
                if let depth = skippedDepth, containers.count < depth { skippedDepth = nil }
                if type == CMARK_NODE_LINK, skippedDepth == nil, builder != nil { linkTarget(node) }
                exit(type)
                continue
            }
            if type == CMARK_NODE_LIST { listParents.append(listParent(of: node)) }
            if hasExit(type) {
                containers.append(type)
                if containers.count > options.maxNestingDepth, skippedDepth == nil {
                    skippedDepth = containers.count
                    if problems.isEmpty { problems.append(ReadProblem(kind: .truncated, message: "content nested deeper than \(options.maxNestingDepth) levels was not read", position: startPosition(node))) }
                }
                // A quoted message ("On Mon, Jane wrote:") is someone else's words: not read.
                if type == CMARK_NODE_BLOCK_QUOTE, skippedDepth == nil, isQuotedMessage(node) { skippedDepth = containers.count }
            }
            if skippedDepth != nil { continue }
            switch type {
            case CMARK_NODE_PARAGRAPH where containers.dropLast().last != tableCellType:
                startBlock(node, kind: kindFor(containers.dropLast()))
            case CMARK_NODE_HEADING:
                headingLevel = Int(cmark_node_get_heading_level(node))
                // A heading's context is the headings above it, not the sibling before it.
                headings.close(level: headingLevel)
                startBlock(node, kind: .heading)
            case tableRowType:
                table.isHeaderRow = cmark_gfm_extensions_get_table_row_is_header(node) != 0
                table.column = 0
                table.rowHeader = nil
            case tableCellType:
                startBlock(node, kind: .tableCell)
            case strikethroughType:
                struckDepth += 1
            case CMARK_NODE_TEXT:
                appendText(node)
            case CMARK_NODE_CODE where builder != nil && struckDepth == 0:
                codeSpan(node)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                builder?.appendSpace()
            case CMARK_NODE_CODE_BLOCK:
                codeBlock(node, kind: kindFor(containers[...]))
            case CMARK_NODE_HTML_BLOCK:
                htmlBlock(node)
            case CMARK_NODE_HTML_INLINE:
                htmlComments(node, isBlock: false)
                // "Text\n</Tab>": a closing tag right under a paragraph is inline HTML in it.
                if let literal = cmark_node_get_literal(node) { sections.follow(String(cString: literal)) }
            default:
                break
            }
        }
        finishBlock()
        meetTags(before: .max)
        meetProperties(before: .max)
    }

    /// The prose properties on lines before `line`, each a block: a question or title heads the
    /// answer or description after it, as its label.
    private mutating func meetProperties(before line: Int) {
        var heading: String?
        while nextProperty < properties.count, properties[nextProperty].line < line {
            let property = properties[nextProperty]
            nextProperty += 1
            finishBlock()
            var builder = BlockBuilder(lines: aligner.source.lines)
            for (scalar, index) in zip(property.text, property.indexes) { builder.append(scalar, at: .index(index)) }
            guard var block = builder.build(kind: property.isHeading ? .titleAttribute : .paragraph) else { continue }
            block.context = BlockContext(headings: headingPath, label: property.isHeading ? nil : heading)
            heading = property.isHeading ? block.text : nil
            blocks.append(block)
        }
    }

    /// The component tags on lines before `line`: a title is a block of its own, and heads the
    /// component's blocks until it closes.
    private mutating func meetTags(before line: Int) {
        while nextTag < componentTags.count, componentTags[nextTag].line < line {
            let tag = componentTags[nextTag].tag
            nextTag += 1
            if let title = tag.title, let start = tag.titleStart, tag.kind != .closing {
                finishBlock()
                var builder = BlockBuilder(lines: aligner.source.lines)
                builder.append(Array(title.unicodeScalars)[...], from: .index(start))
                if var block = builder.build(kind: .titleAttribute) {
                    block.context = BlockContext(headings: headingPath)
                    blocks.append(block)
                }
            }
            switch tag.kind {
            case .opening: sections.open(tag.name, heading: tag.title ?? "")
            case .closing: sections.close(tag.name)
            case .selfClosing: break
            }
        }
    }

    private mutating func exit(_ type: cmark_node_type) {
        switch type {
        case CMARK_NODE_PARAGRAPH:
            finishBlock()
        case CMARK_NODE_HEADING:
            if let text = finishBlock() {
                headings.enter(text, level: headingLevel)
            }
        case CMARK_NODE_LIST:
            if !listParents.isEmpty { listParents.removeLast() }
        case tableCellType:
            let text = finishBlock() ?? ""
            if table.column == 0 { table.rowHeader = text.isEmpty ? nil : text }
            if table.isHeaderRow { table.columnHeaders.append(text) }
            table.column += 1
        case tableType:
            table = TableState()
        case strikethroughType:
            struckDepth = max(struckDepth - 1, 0)
        default:
            break
        }
    }

    /// The paragraph a list follows on from, in its item or at the top: its block, just built.
    private func listParent(of list: OpaquePointer) -> String? {
        guard let previous = cmark_node_previous(list), cmark_node_get_type(previous) == CMARK_NODE_PARAGRAPH else { return nil }
        return blocks.last?.text
    }

    /// Nodes the iterator enters and exits (leaves are only entered).
    private func hasExit(_ type: cmark_node_type) -> Bool {
        Self.alwaysContainers.contains(type) || type == tableType || type == tableRowType || type == tableCellType || type == strikethroughType
    }

    private static let alwaysContainers: [cmark_node_type] = [
        CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING,
        CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_CUSTOM_INLINE,
    ]

    /// A paragraph's kind from the innermost list item around it. A block quote in Markdown is
    /// the writer's own text set apart (a canned reply, a note), not a testimonial: it is read as
    /// prose; a quoted message is dropped (`isQuotedMessage`).
    private func kindFor(_ containers: ArraySlice<cmark_node_type>) -> BlockKind {
        containers.contains(CMARK_NODE_ITEM) ? .listItem : .paragraph
    }

    private mutating func startBlock(_ node: OpaquePointer, kind: BlockKind) {
        finishBlock()
        builder = BlockBuilder(lines: aligner.source.lines)
        blockKind = kind
        blockContext = context(for: kind)
        blockEndLine = max(Int(cmark_node_get_end_line(node)), Int(cmark_node_get_start_line(node)))
        aligner.move(to: startIndex(node))
    }

    /// The context of a block starting now: what the walk knows of where it sits.
    private func context(for kind: BlockKind) -> BlockContext {
        var context = BlockContext(headings: headingPath)
        if kind == .tableCell {
            if table.column > 0 { context.rowHeader = table.rowHeader }
            if !table.isHeaderRow, table.column < table.columnHeaders.count, !table.columnHeaders[table.column].isEmpty {
                context.columnHeader = table.columnHeaders[table.column]
            }
        } else if kind == .listItem, let parent = listParents.last {
            context.listParent = parent
        }
        return context
    }

    /// Adds the block being built, if it has text, and returns its text.
    @discardableResult
    private mutating func finishBlock() -> String? {
        // Taken out, not copied: no block is open after.
        guard let builder = builder.take(), !builder.isEmpty else { return nil }
        // The context is whole before the block is made, as in the HTML walker.
        var context = blockContext
        if blockKind != .heading {
            context.label = builder.openingLabel
            // "**Customer:** ..." quotes the other party: their words, never checked.
            if OpeningLabel.isOtherParty(context.label, among: options.otherParty) { return nil }
        }
        guard let block = builder.build(kind: blockKind, context: context) else { return nil }
        // Its text taken first: the block then goes into the list whole, not copied.
        let text = block.text
        blocks.append(block)
        return text
    }

    /// An inline code span, kept as a block of kind `.code` where it is in the source: the
    /// paragraph's prose goes on after it without it.
    private mutating func codeSpan(_ node: OpaquePointer) {
        if let block = apart(cmark_node_get_literal(node), kind: .code) { codeSpans.append(block) }
    }

    /// A link's target, after its text in the source (`[text](url)`), when written there as
    /// cmark gives it: a reference link's target is elsewhere, and an address cmark rewrote
    /// (escaped) is not where it can be placed, so neither is kept.
    /// An autolink (`<https://…>`, a bare `https://…` or `www.…`) has no target apart from its text,
    /// which the prose has read: looked for again, the same address later in the block would be
    /// found instead, and the rest of the block read from there.
    private mutating func linkTarget(_ node: OpaquePointer) {
        guard let url = cmark_node_get_url(node), !Self.isAutolink(node, url: url) else { return }
        if let block = apart(url, kind: .linkTarget) { linkTargets.append(block) }
    }

    /// Whether the link's only child is text that is its address, or its address less the scheme
    /// cmark adds ("www.example.com" of "http://www.example.com", "jane@example.com" of
    /// "mailto:jane@example.com").
    static func isAutolink(_ node: OpaquePointer, url: UnsafePointer<CChar>) -> Bool {
        guard let child = cmark_node_first_child(node), cmark_node_next(child) == nil,
              cmark_node_get_type(child) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(child) else { return false }
        let urlLength = strlen(url), textLength = strlen(literal)
        guard textLength > 0, textLength <= urlLength, memcmp(url + (urlLength - textLength), literal, textLength) == 0 else { return false }
        let scheme = UnsafeRawBufferPointer(start: url, count: urlLength - textLength)
        return scheme.isEmpty || addedSchemes.contains { $0.elementsEqual(scheme) }
    }

    static let addedSchemes: [[UInt8]] = ["http://", "https://", "mailto:"].map { Array($0.utf8) }

    /// `literal` as a block of its own, found in the source within the current block's lines.
    private mutating func apart(_ literal: UnsafePointer<CChar>?, kind: BlockKind) -> Block? {
        guard let literal, literal.pointee != 0 else { return nil }
        let text = ParsedText(cString: UnsafeRawPointer(literal), keepsASCII: aligner.readsASCII)
        guard let found = aligner.locate(text, startingByLine: blockEndLine) else { return nil }
        var span = BlockBuilder(lines: aligner.source.lines)
        span.append(text, at: found)
        guard var block = span.build(kind: kind) else { return nil }
        block.context = blockContext
        return block
    }

    private mutating func appendText(_ node: OpaquePointer) {
        guard struckDepth == 0, builder != nil, let literal = cmark_node_get_literal(node) else { return }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
        if aligner.readsASCII, ParsedText.isASCII(bytes) {
            // Looked for and copied where cmark holds it: no array made per text node.
            guard let found = aligner.locate(ascii: bytes, startingByLine: blockEndLine) else {
                return appendUnlocated(.ascii(Array(bytes)))
            }
            builder!.append(ascii: bytes, at: found)
            return
        }
        let text = ParsedText(utf8: bytes, keepsASCII: aligner.readsASCII)
        guard let found = aligner.locate(text, startingByLine: blockEndLine) else { return appendUnlocated(text) }
        builder!.append(text, at: found)
    }

    /// Text not found in the source: its first scalar at the cursor, the block's places inexact.
    private mutating func appendUnlocated(_ text: ParsedText) {
        // Taken out, worked on here and put back: no optional to open per scalar.
        guard var builder = builder.take() else { return }
        defer { self.builder = builder }
        builder.markInexact()
        let fallback = SourcePlace.index(aligner.cursor)
        for (offset, scalar) in text.scalars.enumerated() { builder.append(scalar, at: offset == 0 ? fallback : nil) }
    }

    /// A fenced block that `markdown.code_blocks` reads as prose: its lines as a script's, in turns
    /// and paragraphs, each at its place in the file (after any blockquote or list indent).
    private mutating func codeBlock(_ node: OpaquePointer, kind: BlockKind) {
        var (fenceLength, fenceOffset, fenceCharacter): (Int32, Int32, CChar) = (0, 0, 0)
        guard options.codeBlocks != .skip, cmark_node_get_fenced(node, &fenceLength, &fenceOffset, &fenceCharacter) != 0,
              let literal = cmark_node_get_literal(node) else { return }
        let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
        let scalars = UTF8Scalars.decode(cString: UnsafeRawPointer(literal))
        var lines = scalars[...].split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard FencedProse.isProse(info: info, lines: lines, reading: options.codeBlocks) else { return }
        finishBlock()
        let source = aligner.source
        let firstLine = Int(cmark_node_get_start_line(node)) + 1
        var turns = SpeakerTurns(otherParty: options.otherParty)
        for (offset, text) in lines.enumerated() {
            let trimmed = TextScalars.trimmed(text)
            guard !trimmed.isEmpty else {
                turns.endTurn()
                continue
            }
            let line = firstLine + offset
            let lineText = source.text(ofLine: line)
            // The fence's text is the end of its source line; what comes before is indent or `>`.
            let column = lineText.count >= text.count && lineText.suffix(text.count).elementsEqual(text)
                ? lineText.count - text.count + (trimmed.startIndex - text.startIndex) + 1 : 1
            turns.add(trimmed, at: .position(SourcePosition(line: line, column: column)))
        }
        turns.endTurn()
        let context = context(for: kind)
        for var block in turns.blocks {
            block.context = context
            blocks.append(block)
        }
    }

    /// Raw HTML with text (a `<table>`, `<details>`, a component's children) or a `title` (a
    /// component's heading) is read by the HTML reader, its lines those of the file; raw HTML of
    /// tags and comments only gives its comments.
    private mutating func htmlBlock(_ node: OpaquePointer) {
        guard let literal = cmark_node_get_literal(node) else { return }
        let html = String(cString: literal)
        defer { sections.follow(html) }
        guard Self.hasText(UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self)) || html.contains(" title=") else {
            htmlComments(node, isBlock: true)
            return
        }
        finishBlock()
        var bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal)))
        // cmark ends the literal with a line break the file may not have: no line past the file's.
        if bytes.last == 0x0A { bytes.removeLast() }
        let source: SourceText
        if let utf8 = SourceText(utf8: bytes[...]) {
            source = utf8
        } else {
            // Not valid UTF-8: repaired as `String(cString:)` repairs it, and encoded again.
            var scalars = UTF8Scalars.decode(cString: UnsafeRawPointer(literal))
            if scalars.last == "\n" { scalars.removeLast() }
            source = SourceText(scalars)
            bytes = UTF8Encoding.bytes(scalars)
        }
        let placement = HTMLPlacement(lineOffset: Int(cmark_node_get_start_line(node)) - 1)
        let extraction = HTMLExtractor.extract(input: bytes, encoding: "UTF-8", source: source, placement: placement, options: options)
        let outer = headingPath
        for var block in extraction.blocks {
            block.context.headings = outer + block.context.headings
            blocks.append(block)
        }
        codeSpans += extraction.codeSpans
        linkTargets += extraction.linkTargets
        directives += extraction.directives
        if problems.isEmpty { problems += extraction.problems }
    }

    /// The headings above a block, then those of the raw HTML sections it is in (most blocks
    /// are in none: no second array is made for them).
    private var headingPath: [String] {
        sections.isEmpty ? headings.texts : headings.texts + sections.headings
    }

    /// Whether raw HTML holds any text outside its tags and comments.
    private static func hasText(_ bytes: UnsafePointer<UInt8>) -> Bool {
        var index = 0
        while bytes[index] != 0 {
            switch bytes[index] {
            case UInt8(ascii: "<"):
                // To the end of the tag or comment (a `>` inside a comment ends it early: harmless,
                // what follows is read as text and found to be none or some).
                while bytes[index] != 0, bytes[index] != UInt8(ascii: ">") { index += 1 }
                if bytes[index] == 0 { return false }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "-"):
                break
            default:
                return true
            }
            index += 1
        }
        return false
    }

    /// A block quote that quotes a message: it opens with "On … wrote:", or follows a paragraph
    /// that ends so (the attribution line, dropped with it).
    private mutating func isQuotedMessage(_ quote: OpaquePointer) -> Bool {
        if let previous = cmark_node_previous(quote), cmark_node_get_type(previous) == CMARK_NODE_PARAGRAPH,
           let last = blocks.last, Self.isAttribution(last.text[...]) {
            blocks.removeLast()
            return true
        }
        guard let paragraph = cmark_node_first_child(quote), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
              let text = cmark_node_first_child(paragraph), cmark_node_get_type(text) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(text) else { return false }
        return Self.isAttribution(String(cString: literal)[...])
    }

    private static func isAttribution(_ text: Substring) -> Bool {
        text.hasPrefix("On ") && text.hasSuffix(" wrote:")
    }

    /// Suppression comments in raw HTML that has no text.
    private mutating func htmlComments(_ node: OpaquePointer, isBlock: Bool) {
        guard let literal = cmark_node_get_literal(node) else { return }
        let html = String(cString: literal)
        guard html.contains("align-") else { return }
        if isBlock { aligner.move(to: startIndex(node)) }
        let lastLine = isBlock ? Int(cmark_node_get_end_line(node)) : blockEndLine
        var rest = html[...]
        while let open = rest.firstRange(of: "<!--") {
            let afterOpen = rest[open.upperBound...]
            let close = afterOpen.firstRange(of: "-->")
            let body = close.map { afterOpen[..<$0.lowerBound] } ?? afterOpen
            let start = aligner.findComment(startingByLine: max(lastLine, 1))
            let position = start.map { aligner.source.position(of: $0) } ?? startPosition(node)
            let endLine = position.line + body.filter { $0 == "\n" || $0 == "\r" }.count
            if let directive = SuppressionDirective(comment: String(body), position: position, endLine: endLine) {
                directives.append(directive)
            }
            guard let close else { break }
            rest = afterOpen[close.upperBound...]
        }
    }

    /// cmark's start column counts bytes: walk the line's scalars to find the scalar index.
    private func startIndex(_ node: OpaquePointer) -> Int {
        let line = Int(cmark_node_get_start_line(node))
        guard line >= 1 else { return aligner.cursor }
        var bytes = max(Int(cmark_node_get_start_column(node)) - 1, 0)
        var index = aligner.source.start(ofLine: line)
        let end = aligner.source.end(ofLine: line)
        while bytes > 0, index < end {
            bytes -= UTF8.width(aligner.source[index])
            index += 1
        }
        return index
    }

    private func startPosition(_ node: OpaquePointer) -> SourcePosition {
        aligner.source.position(of: startIndex(node))
    }
}
