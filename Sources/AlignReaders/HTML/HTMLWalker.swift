import AlignModel
import CLibXML2

/// Turns the nodes of a page, in document order, into blocks: each element's start and end, each
/// text node (a parser's adjacent text already joined) and each comment, as libxml2's SAX parser
/// reports them (`HTMLSAXParse`) or a walk of its tree would meet them. What the tree walk passed
/// down to an element's children (their context, whether they are read) is a stack of open
/// elements; what it looked back for (the sibling before a list) each open element keeps.
struct HTMLWalker {
    struct Context {
        /// The kind of block text here belongs to.
        var kind: BlockKind = .paragraph
        var isBoilerplate = false
        /// The link or button the text is in, to give stand-alone links blocks of their own.
        var link: (id: Int, kind: BlockKind)?
        /// Where in `blockContexts` its table headers and list parent are (headings and label
        /// are added as blocks are built); nil for none. An index, not the strings: a context is
        /// copied for every open element, and this way without a retain.
        var blockContext: Int?
    }

    /// Where the walk is in a table: the first row's texts by column, the current row's first cell.
    private struct TableState {
        /// A layout table (`role="presentation"`, the frame of most email templates) heads nothing:
        /// its first row is a preheader or a logo, not a header.
        var isLayout = false
        var columnHeaders: [String] = []
        var row = -1
        var column = 0
        var rowHeader: String?
    }

    /// One piece of the current run: a text node's text with where it is in the source (nil
    /// when it was not located: then only its first scalar gets `fallback`), or, with no text, the
    /// one space that white space between tags or a `<br>` reads as. Held per node, not per
    /// scalar, so a run costs no copy of its text.
    private struct RunPiece {
        var text = ParsedText.ascii([])
        var found: SourceAligner.Found?
        /// ASCII text found as it is in an ASCII source (most text of a page): its bytes are the
        /// source's there, not held in `text`.
        var inSource: Range<Int>?
        var fallback = 0
        var link: Int?
        var linkKind: BlockKind?
        var isBreak = false

        var isSpace: Bool { text.isEmpty && inSource == nil }
        var count: Int { inSource?.count ?? text.count }

        static func space(link: Int?, linkKind: BlockKind?) -> RunPiece { RunPiece(link: link, linkKind: linkKind) }
    }

    private static let skipped: Set<String> = ["script", "style", "noscript", "template", "code", "pre", "svg", "math", "textarea", "select", "iframe", "object", "canvas", "audio", "video"]
    private static let ownKinds: [String: BlockKind] = ["h1": .heading, "h2": .heading, "h3": .heading, "h4": .heading, "h5": .heading, "h6": .heading, "li": .listItem, "td": .tableCell, "th": .tableCell, "blockquote": .quote, "title": .title]
    private static let containers: Set<String> = [
        "html", "head", "body", "div", "section", "article", "main", "aside", "nav", "header", "footer", "form", "fieldset",
        "figure", "details", "dialog", "address", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr",
        "hr", "center", "hgroup", "menu", "p", "figcaption", "caption", "summary", "legend", "search", "option", "frameset",
    ]
    /// MJML email templates: layout and text elements are blocks, styling is not text.
    private static let mjmlContainers: Set<String> = ["mjml", "mj-head", "mj-body", "mj-wrapper", "mj-section", "mj-group", "mj-column", "mj-hero", "mj-text", "mj-raw", "mj-button"]
    private static let mjmlSkipped: Set<String> = ["mj-style", "mj-attributes", "mj-font", "mj-breakpoint", "mj-html-attributes"]
    private static let boilerplate: Set<String> = ["nav", "header", "footer"]
    private static let withAlt: Set<String> = ["img", "area", "input"]

    /// What the sets above say about one element name.
    struct Role: Equatable {
        var isSkipped = false
        var ownKind: BlockKind?
        var isContainer = false
        var isBoilerplate = false
        var hasAlt = false
        var isBreak = false
        var isMeta = false
        /// `a` and `button`: the kind of block their text gets when it stands alone.
        var linkKind: BlockKind?
        /// `code`: skipped as prose, kept as a code span.
        var isCode = false
        /// `a`: its `href` is kept as a link target.
        var hasTarget = false
        /// What the element is to a block's context.
        var structure: Structure?
    }

    enum Structure: Equatable {
        case heading(level: Int)
        case table, row, cell, list
        /// `<details>` and its `<summary>`: the summary heads what the details hold.
        case details, summary
    }

    static let roles: [String: Role] = {
        var roles: [String: Role] = [:]
        for name in skipped { roles[name, default: Role()].isSkipped = true }
        for (name, kind) in ownKinds { roles[name, default: Role()].ownKind = kind }
        for name in containers.union(mjmlContainers) { roles[name, default: Role()].isContainer = true }
        for name in mjmlSkipped { roles[name, default: Role()].isSkipped = true }
        roles["mj-preview", default: Role()].ownKind = .metaDescription
        roles["mj-title", default: Role()].ownKind = .title
        roles["mj-button", default: Role()].linkKind = .buttonText
        for name in boilerplate { roles[name, default: Role()].isBoilerplate = true }
        for name in withAlt { roles[name, default: Role()].hasAlt = true }
        roles["br", default: Role()].isBreak = true
        roles["meta", default: Role()].isMeta = true
        roles["a", default: Role()].linkKind = .linkText
        roles["a", default: Role()].hasTarget = true
        roles["code", default: Role()].isCode = true
        roles["button", default: Role()].linkKind = .buttonText
        for level in 1...6 { roles["h\(level)", default: Role()].structure = .heading(level: level) }
        roles["table", default: Role()].structure = .table
        roles["tr", default: Role()].structure = .row
        roles["td", default: Role()].structure = .cell
        roles["th", default: Role()].structure = .cell
        roles["ul", default: Role()].structure = .list
        roles["ol", default: Role()].structure = .list
        roles["details", default: Role()].structure = .details
        roles["summary", default: Role()].structure = .summary
        return roles
    }()

    var aligner: SourceAligner
    let placement: HTMLPlacement
    let options: ReadOptions
    var blocks: [Block] = []
    /// `<code>` elements and link targets (`href`), each a block of its own, apart from prose.
    var codeSpans: [Block] = []
    var linkTargets: [Block] = []
    var declared: [String: String] = [:]
    var directives: [SuppressionDirective] = []
    var problems: [ReadProblem] = []
    /// The depth of the element that holds top-level elements: 0 (the document), or 1 while the
    /// parser's later `<html>` is one the tree would add to the first (see `HTMLSAXParse`).
    var topDepth = 0
    private var run: [RunPiece] = []
    private var runIsInexact = false
    private var nextLinkID = 0
    private var reportedDepth = false
    private var headings = HeadingPath()
    /// Open tables, innermost last.
    private var tables: [TableState] = []
    /// Per open `<details>`, innermost last: its summary's text, once read.
    private var summaries: [String?] = []
    /// Open elements, innermost last.
    private var open: [OpenElement] = []
    /// The block contexts of the open cells and lists, innermost last.
    private var blockContexts: [BlockContext] = []
    /// The text of the open `<code>` being skipped, to keep as a code span.
    private var skippedSpan: BlockBuilder?
    /// The builder of every other block, one at a time (`clear` before each).
    private var blockBuilder: BlockBuilder

    /// What an open element is to what comes inside it.
    private struct OpenElement {
        enum Reading {
            /// Read as prose, in `context`.
            case walked
            /// Inside a skipped element: its text is walked past in the source (and kept for `<code>`).
            case skipped
            /// Nothing inside is read (a `<br>`'s, or what lies past the nesting limit).
            case unread
        }

        /// What its end tag does.
        enum End {
            case nothing
            case flush
            case structure(Structure, blocksBefore: Int)
            case titled
            case skipped(isCode: Bool)
        }

        /// Its last child that is not white-space text, for a list that follows text.
        enum Sibling { case none, text, paragraph, other }

        var reading: Reading
        var depth: Int
        /// Whether its children are read at all: within the nesting limit.
        var readsChildren: Bool
        var context = Context()
        var end = End.nothing
        var previous = Sibling.none
        /// Whether it added a block context (a cell, a list), to remove at its end.
        var addsBlockContext = false
    }

    /// `readsASCII`: libxml2 read the source's own UTF-8.
    init(source: SourceText, readsASCII: Bool = false, placement: HTMLPlacement, options: ReadOptions) {
        aligner = SourceAligner(source: source, syntax: HTMLExtractor.syntax, readsASCII: readsASCII)
        self.placement = placement
        self.options = options
        blockBuilder = BlockBuilder(lines: source.lines.offset(by: placement.lineOffset), approximateAt: placement.approximateAt)
    }

    /// An element starts: `name` as the tree names it (no prefix), lower case.
    mutating func start(_ name: UnsafePointer<xmlChar>, attributes: HTMLAttributes, line: NodeLine) {
        let nameBytes = Self.bytes(of: name)
        // The open elements are read and written in place: a copy of one retains its context.
        let depth: Int
        var followsText = false
        if let parent = open.indices.last {
            depth = open[parent].depth + 1
            followsText = open[parent].previous == .text || open[parent].previous == .paragraph
            open[parent].previous = nameBytes.count == 1 && nameBytes[0] == UInt8(ascii: "p") ? .paragraph : .other
            guard open[parent].readsChildren, open[parent].reading == .walked else {
                let isSkipped = open[parent].readsChildren && open[parent].reading == .skipped
                open.append(OpenElement(reading: isSkipped ? .skipped : .unread, depth: depth, readsChildren: isSkipped && depth < options.maxNestingDepth))
                return
            }
        } else {
            depth = topDepth + 1
            guard topDepth < options.maxNestingDepth else {
                open.append(OpenElement(reading: .unread, depth: depth, readsChildren: false))
                return
            }
        }
        let context = open.isEmpty ? Context() : open[open.count - 1].context
        let latestLine = searchLine(line)
        let role: Role
        let tag: Range<Int>?
        if let packed = PackedName(nameBytes) {
            // The tag is matched ignoring ASCII case, so the name's own bytes will do.
            role = Self.role(of: packed)
            tag = aligner.findStartTag(bytes: nameBytes, startingByLine: latestLine, endLine: line.known)
        } else {
            let name = Self.lowercasedName(name)
            role = Self.roles[name] ?? Role()
            tag = aligner.findStartTag(name.unicodeScalars, startingByLine: latestLine, endLine: line.known)
        }
        if let tag { aligner.move(to: tag.lowerBound) }
        if role.isSkipped {
            // Walk past the skipped text in the source too, so later text is not found inside it.
            if let tag { aligner.move(to: tag.upperBound) }
            skippedSpan = role.isCode ? newBuilder() : nil
            open.append(OpenElement(reading: .skipped, depth: depth, readsChildren: depth < options.maxNestingDepth, end: .skipped(isCode: role.isCode)))
            return
        }
        self.attributes(attributes, role: role, tag: tag, line: line.value, context: context)
        if let tag { aligner.move(to: tag.upperBound) }

        var inner = context
        if role.isBoilerplate { inner.isBoilerplate = true }
        if role.isBreak {
            // `<br><br>` is how many pages and most HTML emails separate paragraphs.
            // Text pieces always hold a scalar that is no space: the last one that counts decides.
            if let last = run.last(where: { !$0.isSpace || $0.isBreak }), last.isBreak {
                flush(context)
            } else {
                run.append(RunPiece(isBreak: true))
            }
            open.append(OpenElement(reading: .unread, depth: depth, readsChildren: false))
            return
        }
        // Past the nesting limit an element is still read, what it holds is not.
        let readsChildren = depth < options.maxNestingDepth
        if !readsChildren, !reportedDepth {
            reportedDepth = true
            problems.append(ReadProblem(kind: .truncated, message: "elements nested deeper than \(options.maxNestingDepth) levels were not read", position: position(line: line.value)))
        }
        // A component of an MDX page (`<Accordion title="Team">`, a name HTML does not know) is
        // headed by its title, as `<details>` is by its summary.
        if !attributes.isEmpty, htmlTagLookup(name) == nil, let title = attributes.value("title") {
            flush(context)
            summaries.append(title.collapsingWhiteSpace)
            open.append(OpenElement(reading: .walked, depth: depth, readsChildren: readsChildren, context: inner, end: .titled))
            return
        }
        if let linkKind = role.linkKind {
            nextLinkID += 1
            inner.link = (nextLinkID, linkKind)
        }
        // An email's preheader is the hidden line the inbox shows beside the subject: a summary,
        // as a page's meta description is, and not where the email's greeting is.
        let ownKind = options.isEmail && Self.isPreheader(attributes) ? .metaDescription : role.ownKind
        var end = OpenElement.End.nothing
        var addsBlockContext = false
        if ownKind != nil || role.isContainer {
            flush(context)
            if let ownKind { inner.kind = ownKind }
            if let structure = role.structure {
                addsBlockContext = enter(structure, attributes: attributes, followsText: followsText, context: &inner)
                end = .structure(structure, blocksBefore: blocks.count)
            } else {
                end = .flush
            }
        }
        open.append(OpenElement(reading: .walked, depth: depth, readsChildren: readsChildren, context: inner, end: end, addsBlockContext: addsBlockContext))
    }

    /// The innermost open element ends.
    mutating func end() {
        guard let element = open.popLast() else { return }
        switch element.end {
        case .nothing:
            break
        case .flush:
            flush(element.context)
        case .structure(let structure, let before):
            flush(element.context)
            exit(structure, text: blocks.count > before ? blocks.last?.text : nil)
        case .titled:
            flush(element.context)
            summaries.removeLast()
        case .skipped(let isCode):
            if isCode, let block = skippedSpan?.build(kind: .code) { codeSpans.append(block) }
            skippedSpan = nil
        }
        if element.addsBlockContext { blockContexts.removeLast() }
    }

    /// A text node of the innermost open element (CDATA: a script's or a style's).
    mutating func text(_ content: UnsafeBufferPointer<UInt8>, isCDATA: Bool, line: NodeLine) {
        guard let index = open.indices.last else { return }
        let isSpace = Self.isASCIISpace(content)
        if isCDATA {
            open[index].previous = .other
        } else if isSpace == nil {
            open[index].previous = .text
        }
        guard open[index].readsChildren else { return }
        switch open[index].reading {
        case .walked:
            walkedText(content, isSpace: isSpace, line: line, link: open[index].context.link)
        case .skipped:
            // Walked past in the source; kept when it is a `<code>`'s.
            guard isSpace == nil else { return }
            let text = ParsedText(utf8: content, keepsASCII: aligner.readsASCII)
            if !text.isSpace, line.value > 0, let found = aligner.locate(text, startingByLine: searchLine(line)) {
                skippedSpan?.append(text, at: found)
            }
        case .unread:
            break
        }
    }

    /// A processing instruction: nothing to read, but a sibling that is no text.
    mutating func otherNode() {
        if !open.isEmpty { open[open.count - 1].previous = .other }
    }

    /// A comment, of the innermost open element or of the document.
    mutating func comment(_ content: UnsafePointer<xmlChar>, line: NodeLine) {
        if let index = open.indices.last {
            open[index].previous = .other
            guard open[index].readsChildren, open[index].reading == .walked else { return }
        }
        let text = String(cString: content)
        guard text.contains("align-") else { return }
        let start = aligner.findComment(startingByLine: searchLine(line))
        let commentPosition = start.map { position(index: $0) } ?? position(line: line.value)
        let endLine = max(commentPosition.line, line.value > 0 ? line.value + placement.lineOffset : commentPosition.line)
        if let directive = SuppressionDirective(comment: text, position: commentPosition, endLine: endLine) {
            directives.append(directive)
        }
    }

    /// The page has ended: every element still open ends, and the last run is built.
    mutating func finish() {
        while !open.isEmpty { end() }
        flush(Context())
    }

    /// What a table, row, cell or list adds to the context of the blocks inside it; true when
    /// it added a block context.
    private mutating func enter(_ structure: Structure, attributes: HTMLAttributes, followsText: Bool, context: inout Context) -> Bool {
        switch structure {
        case .table:
            let role = attributes.isEmpty ? nil : attributes.value("role")?.lowercased()
            tables.append(TableState(isLayout: role == "presentation" || role == "none"))
        case .row:
            guard !tables.isEmpty else { return false }
            tables[tables.count - 1].row += 1
            tables[tables.count - 1].column = 0
            tables[tables.count - 1].rowHeader = nil
        case .cell:
            var block = blockContext(context)
            block.listParent = nil
            if let table = tables.last, !table.isLayout {
                block.rowHeader = table.column > 0 ? table.rowHeader : nil
                let column = table.row > 0 && table.column < table.columnHeaders.count ? table.columnHeaders[table.column] : ""
                block.columnHeader = column.isEmpty ? nil : column
            } else {
                block.rowHeader = nil
                block.columnHeader = nil
            }
            blockContexts.append(block)
            context.blockContext = blockContexts.count - 1
            return true
        case .list:
            // A list that follows a paragraph or its item's own text: its previous sibling, past
            // white space, is a `p` or text.
            var block = blockContext(context)
            block.listParent = followsText ? blocks.last?.text : nil
            blockContexts.append(block)
            context.blockContext = blockContexts.count - 1
            return true
        case .details:
            summaries.append(nil)
        case .heading(let level):
            headings.close(level: level)
        case .summary:
            break
        }
        return false
    }

    private func blockContext(_ context: Context) -> BlockContext {
        context.blockContext.map { blockContexts[$0] } ?? .none
    }

    private mutating func exit(_ structure: Structure, text: String?) {
        switch structure {
        case .table:
            if !tables.isEmpty { tables.removeLast() }
        case .cell:
            guard !tables.isEmpty else { return }
            let index = tables.count - 1
            if tables[index].column == 0 { tables[index].rowHeader = text }
            if tables[index].row == 0 { tables[index].columnHeaders.append(text ?? "") }
            tables[index].column += 1
        case .heading(let level):
            guard let text else { return }
            headings.enter(text, level: level)
        case .details:
            if !summaries.isEmpty { summaries.removeLast() }
        case .summary:
            if !summaries.isEmpty, summaries[summaries.count - 1] == nil { summaries[summaries.count - 1] = text }
        case .row, .list:
            break
        }
    }

    private mutating func attributes(_ attributes: HTMLAttributes, role: Role, tag: Range<Int>?, line: Int, context: Context) {
        // Most elements have none.
        guard !attributes.isEmpty else { return }
        if role.isMeta {
            guard let metaName = attributes.value("name")?.lowercased(), let content = attributes.value("content") else { return }
            switch metaName {
            case "description":
                attributeBlock(content, attribute: "content", kind: .metaDescription, tag: tag, line: line, boilerplate: false)
            case "align:channel", "align:audience":
                let key = String(metaName.dropFirst("align:".count))
                declared[key] = content.trimmingSpaces.lowercased()
            default:
                break
            }
            return
        }
        if role.hasAlt, let alt = attributes.value("alt") {
            attributeBlock(alt, attribute: "alt", kind: .altText, tag: tag, line: line, boilerplate: context.isBoilerplate)
        }
        if let title = attributes.value("title") {
            attributeBlock(title, attribute: "title", kind: .titleAttribute, tag: tag, line: line, boilerplate: context.isBoilerplate)
        }
        // A link's target, where it is written in the tag: not prose, kept for the rules that
        // look for names (an old domain).
        if role.hasTarget, let tag, let href = attributes.value("href"), !href.isEmpty {
            let text = parsedText(href)
            if let found = aligner.findAttribute("href", value: text, in: tag) {
                blockBuilder.clear()
                blockBuilder.append(text, at: found)
                if let block = blockBuilder.build(kind: .linkTarget) { linkTargets.append(block) }
            }
        }
    }

    /// An attribute's value as a text node's is kept: ASCII as its bytes when the source's
    /// ASCII text is read as bytes, so that the builder copies it whole.
    private func parsedText(_ value: String) -> ParsedText {
        var value = value
        return value.withUTF8 { ParsedText(utf8: $0, keepsASCII: aligner.readsASCII) }
    }

    private mutating func attributeBlock(_ value: String, attribute: String, kind: BlockKind, tag: Range<Int>?, line: Int, boilerplate: Bool) {
        let text = parsedText(value)
        blockBuilder.clear()
        if let tag, let found = aligner.findAttribute(attribute, value: text, in: tag) {
            blockBuilder.append(text, at: found)
        } else {
            let fallback = tag.map { SourcePlace.index($0.lowerBound) } ?? .position(position(line: line))
            for (offset, scalar) in text.scalars.enumerated() { blockBuilder.append(scalar, at: offset == 0 ? fallback : nil) }
            blockBuilder.markInexact()
        }
        if let block = blockBuilder.build(kind: kind, isBoilerplate: boilerplate) { blocks.append(block) }
    }

    private mutating func walkedText(_ content: UnsafeBufferPointer<UInt8>, isSpace: Bool?, line: NodeLine, link: (id: Int, kind: BlockKind)?) {
        if let isEmpty = isSpace {
            // The white space between tags, most text nodes of a page: nothing to decode.
            if !isEmpty { appendSpace(link: link) }
            return
        }
        if aligner.readsASCII, ParsedText.isASCII(content) {
            // ASCII with a byte that is no white space (`isSpace` is nil): looked for where the
            // parser's buffer holds it, and copied only when it is not in the source as it is.
            let found = locate(line: line) { $0.locate(ascii: content, startingByLine: $1, from: $2) }
            if case .verbatim(let first)? = found {
                run.append(RunPiece(inSource: first..<(first + content.count), link: link?.id, linkKind: link?.kind))
                return
            }
            appendText(.ascii(Array(content)), found: found, line: line, link: link)
            return
        }
        let text = ParsedText(utf8: content, keepsASCII: aligner.readsASCII)
        if text.isSpace {
            if !text.isEmpty { appendSpace(link: link) }
            return
        }
        appendText(text, found: locate(line: line) { $0.locate(text, startingByLine: $1, from: $2) }, line: line, link: link)
    }

    /// A located (or not located) text node of the run.
    private mutating func appendText(_ text: ParsedText, found: SourceAligner.Found?, line: NodeLine, link: (id: Int, kind: BlockKind)?) {
        if found == nil { runIsInexact = true }
        let fallback = found == nil ? aligner.source.start(ofLine: line.value > 0 ? line.value : aligner.source.line(of: aligner.cursor)) : nil
        run.append(RunPiece(text: text, found: found, fallback: fallback ?? 0, link: link?.id, linkKind: link?.kind))
    }

    /// White space of the run. None first: a block's text never starts with a space (the builder
    /// drops it, and a run's first piece is first among its link's too), and most runs of a page
    /// are only the white space between tags, which then need no clearing.
    private mutating func appendSpace(link: (id: Int, kind: BlockKind)?) {
        if !run.isEmpty { run.append(.space(link: link?.id, linkKind: link?.kind)) }
    }

    /// Where a text node is in the source: after the cursor on or before its line; else from the
    /// start of its line (libxml2 moved it); else a little further on (its line was approximate).
    /// `find` is the aligner's search, given the latest line and where to start (nil: the cursor).
    private mutating func locate(line: NodeLine, _ find: (inout SourceAligner, Int, Int?) -> SourceAligner.Found?) -> SourceAligner.Found? {
        if let known = line.known {
            if let found = find(&aligner, known, nil) { return found }
            // libxml2 moved it, or dated it a line or two late.
            let lineStart = aligner.source.start(ofLine: known - 2)
            if let found = find(&aligner, known, lineStart) { return found }
        }
        // Misses leave the cursor where it was: its line is looked up only now.
        let latestLine = max(line.value, aligner.source.line(of: aligner.cursor)) + 50
        return find(&aligner, latestLine, nil)
    }

    /// The line a search for a node's text or tag may run to: its own when libxml2 knows it, else
    /// a little past the cursor's.
    private func searchLine(_ line: NodeLine) -> Int {
        line.known ?? aligner.source.line(of: aligner.cursor) + 50
    }

    /// Turns the current run into blocks: one per stand-alone link or button, else one.
    mutating func flush(_ context: Context) {
        // Most flushes (at every container's start and end) find nothing.
        guard !run.isEmpty else { return }
        defer {
            run.removeAll(keepingCapacity: true)
            runIsInexact = false
        }
        // Only text pieces hold scalars that are no space, and all of a piece shares one link.
        guard run.contains(where: { !$0.isSpace }) else { return }
        let onlyLinks = context.kind != .heading && context.kind != .title
            && !run.contains { $0.link == nil && !$0.isSpace }
        if onlyLinks {
            var order: [Int] = []
            for piece in run where !piece.isSpace && !order.contains(piece.link ?? -1) { order.append(piece.link ?? -1) }
            for link in order {
                let pieces = run.filter { $0.link == link }
                build(pieces, kind: pieces.first?.linkKind ?? .linkText, context: context)
            }
        } else {
            build(run, kind: context.kind, context: context)
        }
    }

    private mutating func build(_ pieces: [RunPiece], kind: BlockKind, context: Context) {
        // One builder for the page's blocks, emptied for each: its room is kept.
        blockBuilder.clear()
        blockBuilder.reserveCapacity(pieces.reduce(0) { $0 + max($1.count, 1) })
        if runIsInexact { blockBuilder.markInexact() }
        for piece in pieces {
            if let range = piece.inSource {
                blockBuilder.append(aligner.bytes(ofASCII: range), verbatimFrom: range.lowerBound)
            } else if piece.isSpace {
                blockBuilder.appendSpace()
            } else if let found = piece.found {
                blockBuilder.append(piece.text, at: found)
            } else {
                for (offset, scalar) in piece.text.scalars.enumerated() {
                    blockBuilder.append(scalar, at: offset == 0 ? .index(piece.fallback) : nil)
                }
            }
        }
        guard !blockBuilder.isEmpty else { return }
        // The context is whole before the block is made: a block made and then changed was
        // copied and its context copied twice.
        var blockContext = blockContext(context)
        blockContext.headings = headings.texts
        if !summaries.isEmpty { blockContext.headings += summaries.compactMap { $0 } }
        if kind != .heading, kind != .title {
            blockContext.label = blockBuilder.openingLabel
            // The customer's words quoted on a page ("<b>Customer:</b> ...") are not ours.
            if OpeningLabel.isOtherParty(blockContext.label, among: options.otherParty) { return }
        }
        if let block = blockBuilder.build(kind: kind, isBoilerplate: context.isBoilerplate, context: blockContext) { blocks.append(block) }
    }

    /// Whether a text node is only ASCII white space (then whether it is empty), or nil when it
    /// has anything else: told from its bytes, before any decoding.
    private static func isASCIISpace(_ content: UnsafeBufferPointer<UInt8>) -> Bool? {
        for byte in content {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            default: return nil
            }
        }
        return content.isEmpty
    }

    /// A builder for a block of the walked text, placed in the file as `placement` says.
    private func newBuilder() -> BlockBuilder {
        BlockBuilder(lines: aligner.source.lines.offset(by: placement.lineOffset), approximateAt: placement.approximateAt)
    }

    private func position(index: Int) -> SourcePosition {
        placed(aligner.source.position(of: index))
    }

    /// A position in the walked text, as a position in the file (HTML inside Markdown starts on
    /// a later line).
    private func placed(_ position: SourcePosition) -> SourcePosition {
        SourcePosition(line: position.line + placement.lineOffset, column: position.column)
    }

    private func position(line: Int) -> SourcePosition {
        SourcePosition(line: max(line, 1) + placement.lineOffset, column: 1)
    }

    private static func bytes(of name: UnsafePointer<xmlChar>) -> UnsafeBufferPointer<UInt8> {
        var count = 0
        while name[count] != 0 { count += 1 }
        return UnsafeBufferPointer(start: name, count: count)
    }

    /// `roles` by packed name in a table of 256 places, each name at its hash's place or the
    /// first free one after: an element's role is found in a probe or two, where a binary search
    /// took seven comparisons of two words.
    private static let roleTable: [(name: PackedName, role: Role)?] = {
        var table = [(name: PackedName, role: Role)?](repeating: nil, count: 256)
        for (name, role) in roles {
            guard let packed = PackedName(name.utf8) else { continue }
            var place = packed.hash(bits: 8)
            while table[place] != nil { place = (place + 1) & 255 }
            table[place] = (packed, role)
        }
        return table
    }()

    /// The role of an element by its packed name (`roles[name]`, or none).
    static func role(of name: PackedName) -> Role {
        var place = name.hash(bits: 8)
        while let entry = roleTable[place] {
            if entry.name == name { return entry.role }
            place = (place + 1) & 255
        }
        return Role()
    }

    /// libxml2 lower-cases the names of HTML elements: lower-casing again only when needed.
    private static func lowercasedName(_ name: UnsafePointer<xmlChar>) -> String {
        let string = String(cString: name)
        return string.utf8.contains { $0 >= 0x80 || (0x41...0x5A).contains($0) } ? string.lowercased() : string
    }

    private static func isPreheader(_ attributes: HTMLAttributes) -> Bool {
        guard !attributes.isEmpty else { return false }
        return attributes.value("class")?.lowercased().contains("preheader") == true
            || attributes.value("id")?.lowercased().contains("preheader") == true
    }
}
