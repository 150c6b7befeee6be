import AlignModel
import CLibXML2

/// Walks libxml2's tree, gathering inline text into runs and runs into blocks.
struct HTMLWalker {
    struct Context {
        /// The kind of block text here belongs to.
        var kind: BlockKind = .paragraph
        var isBoilerplate = false
        /// The link or button the text is in, to give stand-alone links blocks of their own.
        var link: (id: Int, kind: BlockKind)?
        /// Its table headers and list parent (headings and label are added as blocks are built).
        var block = BlockContext.none
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
        var fallback = 0
        var link: Int?
        var linkKind: BlockKind?
        var isBreak = false

        var isSpace: Bool { text.isEmpty }

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
    private struct Role {
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

    private enum Structure {
        case heading(level: Int)
        case table, row, cell, list
        /// `<details>` and its `<summary>`: the summary heads what the details hold.
        case details, summary
    }

    private static let roles: [String: Role] = {
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
    private var run: [RunPiece] = []
    private var runIsInexact = false
    private var nextLinkID = 0
    private var reportedDepth = false
    private var headings = HeadingPath()
    /// Open tables, innermost last.
    private var tables: [TableState] = []
    /// Per open `<details>`, innermost last: its summary's text, once read.
    private var summaries: [String?] = []

    /// `readsASCII`: libxml2 read the source's own UTF-8.
    init(source: SourceText, readsASCII: Bool = false, placement: HTMLPlacement, options: ReadOptions) {
        aligner = SourceAligner(source: source, syntax: HTMLExtractor.syntax, readsASCII: readsASCII)
        self.placement = placement
        self.options = options
    }

    mutating func walkChildren(of node: UnsafeMutablePointer<xmlNode>, context: Context, depth: Int) {
        guard depth < options.maxNestingDepth else {
            if !reportedDepth {
                reportedDepth = true
                problems.append(ReadProblem(kind: .truncated, message: "elements nested deeper than \(options.maxNestingDepth) levels were not read", position: position(line: NodeLine(node).value)))
            }
            return
        }
        var child = node.pointee.children
        while let current = child {
            walk(current, context: context, depth: depth + 1)
            child = current.pointee.next
        }
    }

    private mutating func walk(_ node: UnsafeMutablePointer<xmlNode>, context: Context, depth: Int) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            text(node, context: context)
        case XML_COMMENT_NODE:
            comment(node)
        case XML_ELEMENT_NODE:
            element(node, context: context, depth: depth)
        default:
            break
        }
    }

    private mutating func element(_ node: UnsafeMutablePointer<xmlNode>, context: Context, depth: Int) {
        let line = NodeLine(node)
        let latestLine = searchLine(line)
        let role: Role
        let tag: Range<Int>?
        let nameBytes = Self.bytes(of: node.pointee.name)
        if let packed = PackedName(nameBytes) {
            // The tag is matched ignoring ASCII case, so the name's own bytes will do.
            role = Self.role(of: packed)
            tag = aligner.findStartTag(nameBytes.lazy.map { Unicode.Scalar($0) }, startingByLine: latestLine, endLine: line.known)
        } else {
            let name = node.pointee.name.map(Self.lowercasedName) ?? ""
            role = Self.roles[name] ?? Role()
            tag = aligner.findStartTag(name.unicodeScalars, startingByLine: latestLine, endLine: line.known)
        }
        if let tag { aligner.move(to: tag.lowerBound) }
        if role.isSkipped {
            // Walk past the skipped text in the source too, so later text is not found inside it.
            if let tag { aligner.move(to: tag.upperBound) }
            if role.isCode {
                var span: BlockBuilder? = newBuilder()
                skipText(node, depth: depth, into: &span)
                if let block = span?.build(kind: .code) { codeSpans.append(block) }
            } else {
                var unread: BlockBuilder?
                skipText(node, depth: depth, into: &unread)
            }
            return
        }
        attributes(of: node, role: role, tag: tag, line: line.value, context: context)
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
            return
        }
        // A component of an MDX page (`<Accordion title="Team">`, a name HTML does not know) is
        // headed by its title, as `<details>` is by its summary.
        if node.pointee.properties != nil, htmlTagLookup(node.pointee.name) == nil, let title = attribute(node, "title") {
            flush(context)
            summaries.append(title.collapsingWhiteSpace)
            walkChildren(of: node, context: inner, depth: depth)
            flush(inner)
            summaries.removeLast()
            return
        }
        if let linkKind = role.linkKind {
            nextLinkID += 1
            inner.link = (nextLinkID, linkKind)
        }
        // An email's preheader is the hidden line the inbox shows beside the subject: a summary,
        // as a page's meta description is, and not where the email's greeting is.
        let ownKind = options.isEmail && isPreheader(node) ? .metaDescription : role.ownKind
        let isBlock = ownKind != nil || role.isContainer
        if isBlock {
            flush(context)
            if let ownKind { inner.kind = ownKind }
            if let structure = role.structure {
                enter(structure, node: node, context: &inner)
                let before = blocks.count
                walkChildren(of: node, context: inner, depth: depth)
                flush(inner)
                exit(structure, text: blocks.count > before ? blocks.last?.text : nil)
            } else {
                walkChildren(of: node, context: inner, depth: depth)
                flush(inner)
            }
        } else {
            walkChildren(of: node, context: inner, depth: depth)
        }
    }

    /// What a table, row, cell or list adds to the context of the blocks inside it.
    private mutating func enter(_ structure: Structure, node: UnsafeMutablePointer<xmlNode>, context: inout Context) {
        switch structure {
        case .table:
            let role = node.pointee.properties == nil ? nil : attribute(node, "role")?.lowercased()
            tables.append(TableState(isLayout: role == "presentation" || role == "none"))
        case .row:
            guard !tables.isEmpty else { return }
            tables[tables.count - 1].row += 1
            tables[tables.count - 1].column = 0
            tables[tables.count - 1].rowHeader = nil
        case .cell:
            context.block.listParent = nil
            guard let table = tables.last, !table.isLayout else {
                context.block.rowHeader = nil
                context.block.columnHeader = nil
                return
            }
            context.block.rowHeader = table.column > 0 ? table.rowHeader : nil
            let column = table.row > 0 && table.column < table.columnHeaders.count ? table.columnHeaders[table.column] : ""
            context.block.columnHeader = column.isEmpty ? nil : column
        case .list:
            context.block.listParent = Self.followsText(node) ? blocks.last?.text : nil
        case .details:
            summaries.append(nil)
        case .heading(let level):
            headings.close(level: level)
        case .summary:
            break
        }
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

    /// Whether a list follows a paragraph or its item's own text: its previous sibling, past
    /// white space, is a `p` or text.
    private static func followsText(_ node: UnsafeMutablePointer<xmlNode>) -> Bool {
        var previous = node.pointee.prev
        while let current = previous {
            if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content, isASCIISpace(content) != nil {
                previous = current.pointee.prev
                continue
            }
            if current.pointee.type == XML_TEXT_NODE { return true }
            return current.pointee.type == XML_ELEMENT_NODE && current.pointee.name.map { String(cString: $0) } == "p"
        }
        return false
    }

    private mutating func attributes(of node: UnsafeMutablePointer<xmlNode>, role: Role, tag: Range<Int>?, line: Int, context: Context) {
        // Most elements have none; an HTML parse declares no defaults for xmlGetProp to look up.
        guard node.pointee.properties != nil else { return }
        if role.isMeta {
            guard let metaName = attribute(node, "name")?.lowercased(), let content = attribute(node, "content") else { return }
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
        if role.hasAlt, let alt = attribute(node, "alt") {
            attributeBlock(alt, attribute: "alt", kind: .altText, tag: tag, line: line, boilerplate: context.isBoilerplate)
        }
        if let title = attribute(node, "title") {
            attributeBlock(title, attribute: "title", kind: .titleAttribute, tag: tag, line: line, boilerplate: context.isBoilerplate)
        }
        // A link's target, where it is written in the tag: not prose, kept for the rules that
        // look for names (an old domain).
        if role.hasTarget, let tag, let href = attribute(node, "href"), !href.isEmpty {
            let scalars = Array(href.unicodeScalars)
            if let found = aligner.findAttribute("href", value: scalars, in: tag) {
                var builder = newBuilder()
                builder.append(scalars, at: found)
                if let block = builder.build(kind: .linkTarget) { linkTargets.append(block) }
            }
        }
    }

    private mutating func attributeBlock(_ value: String, attribute: String, kind: BlockKind, tag: Range<Int>?, line: Int, boilerplate: Bool) {
        let scalars = Array(value.unicodeScalars)
        var builder = newBuilder()
        if let tag, let found = aligner.findAttribute(attribute, value: scalars, in: tag) {
            builder.append(scalars, at: found)
        } else {
            let fallback = tag.map { SourcePlace.index($0.lowerBound) } ?? .position(position(line: line))
            for (offset, scalar) in scalars.enumerated() { builder.append(scalar, at: offset == 0 ? fallback : nil) }
            builder.markInexact()
        }
        if let block = builder.build(kind: kind, isBoilerplate: boilerplate) { blocks.append(block) }
    }

    private mutating func text(_ node: UnsafeMutablePointer<xmlNode>, context: Context) {
        guard let content = node.pointee.content else { return }
        if let isEmpty = Self.isASCIISpace(content) {
            // The white space between tags, most text nodes of a page: nothing to decode.
            if !isEmpty { run.append(.space(link: context.link?.id, linkKind: context.link?.kind)) }
            return
        }
        let text = ParsedText(cString: content, keepsASCII: aligner.readsASCII)
        if text.isSpace {
            if !text.isEmpty { run.append(.space(link: context.link?.id, linkKind: context.link?.kind)) }
            return
        }
        let line = NodeLine(node)
        let found = locate(text, line: line)
        if found == nil { runIsInexact = true }
        let fallback = found == nil ? aligner.source.start(ofLine: line.value > 0 ? line.value : aligner.source.line(of: aligner.cursor)) : nil
        run.append(RunPiece(text: text, found: found, fallback: fallback ?? 0, link: context.link?.id, linkKind: context.link?.kind))
    }


    /// Where a text node is in the source: after the cursor on or before its line; else from the
    /// start of its line (libxml2 moved it); else a little further on (its line was approximate).
    private mutating func locate(_ text: ParsedText, line: NodeLine) -> SourceAligner.Found? {
        if let known = line.known {
            if let found = aligner.locate(text, startingByLine: known) { return found }
            // libxml2 moved it, or dated it a line or two late.
            if let found = aligner.locate(text, startingByLine: known, from: aligner.source.start(ofLine: known - 2)) { return found }
        }
        // Misses leave the cursor where it was: its line is looked up only now.
        return aligner.locate(text, startingByLine: max(line.value, aligner.source.line(of: aligner.cursor)) + 50)
    }

    /// The line a search for a node's text or tag may run to: its own when libxml2 knows it, else
    /// a little past the cursor's.
    private func searchLine(_ line: NodeLine) -> Int {
        line.known ?? aligner.source.line(of: aligner.cursor) + 50
    }

    /// Walks past the text of a skipped element in the source; into `kept`, when there is one,
    /// appends each piece found (the text of a `<code>`).
    private mutating func skipText(_ node: UnsafeMutablePointer<xmlNode>, depth: Int, into kept: inout BlockBuilder?) {
        guard depth < options.maxNestingDepth else { return }
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE, let content = current.pointee.content,
               Self.isASCIISpace(content) == nil {
                let text = ParsedText(cString: content, keepsASCII: aligner.readsASCII)
                let line = NodeLine(current)
                if !text.isSpace, line.value > 0, let found = aligner.locate(text, startingByLine: searchLine(line)) {
                    kept?.append(text, at: found)
                }
            } else if current.pointee.type == XML_ELEMENT_NODE {
                skipText(current, depth: depth + 1, into: &kept)
            }
            child = current.pointee.next
        }
    }

    private mutating func comment(_ node: UnsafeMutablePointer<xmlNode>) {
        guard let content = node.pointee.content else { return }
        let text = String(cString: content)
        guard text.contains("align-") else { return }
        let line = NodeLine(node)
        let start = aligner.findComment(startingByLine: searchLine(line))
        let commentPosition = start.map { position(index: $0) } ?? position(line: line.value)
        let endLine = max(commentPosition.line, line.value > 0 ? line.value + placement.lineOffset : commentPosition.line)
        if let directive = SuppressionDirective(comment: text, position: commentPosition, endLine: endLine) {
            directives.append(directive)
        }
    }

    /// Turns the current run into blocks: one per stand-alone link or button, else one.
    mutating func flush(_ context: Context) {
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
        var builder = newBuilder()
        builder.reserveCapacity(pieces.reduce(0) { $0 + max($1.text.count, 1) })
        if runIsInexact { builder.markInexact() }
        for piece in pieces {
            if piece.isSpace {
                builder.appendSpace()
            } else if let found = piece.found {
                builder.append(piece.text, at: found)
            } else {
                for (offset, scalar) in piece.text.scalars.enumerated() {
                    builder.append(scalar, at: offset == 0 ? .index(piece.fallback) : nil)
                }
            }
        }
        guard var block = builder.build(kind: kind, isBoilerplate: context.isBoilerplate) else { return }
        block.context = context.block
        block.context.headings = headings.texts
        if !summaries.isEmpty { block.context.headings += summaries.compactMap { $0 } }
        if kind != .heading, kind != .title {
            block.context.label = OpeningLabel.of(block.text)
            // The customer's words quoted on a page ("<b>Customer:</b> ...") are not ours.
            if OpeningLabel.isOtherParty(block.context.label, among: options.otherParty) { return }
        }
        blocks.append(block)
    }

    /// Whether a text node is only ASCII white space (then whether it is empty), or nil when it
    /// has anything else: told from its bytes, before any decoding.
    private static func isASCIISpace(_ content: UnsafePointer<xmlChar>) -> Bool? {
        var count = 0
        while true {
            switch content[count] {
            case 0: return .some(count == 0)
            case 0x09...0x0D, 0x20: count += 1
            default: return nil
            }
        }
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

    private static func bytes(of name: UnsafePointer<xmlChar>?) -> UnsafeBufferPointer<UInt8> {
        guard let name else { return UnsafeBufferPointer(start: nil, count: 0) }
        var count = 0
        while name[count] != 0 { count += 1 }
        return UnsafeBufferPointer(start: name, count: count)
    }

    /// `roles` by packed name, sorted, for a binary search per element.
    private static let packedRoles: [(name: PackedName, role: Role)] =
        roles.compactMap { name, role in PackedName(name.utf8).map { ($0, role) } }.sorted { $0.name < $1.name }

    private static func role(of name: PackedName) -> Role {
        var low = 0
        var high = packedRoles.count
        while low < high {
            let mid = (low + high) / 2
            if packedRoles[mid].name < name { low = mid + 1 } else { high = mid }
        }
        return low < packedRoles.count && packedRoles[low].name == name ? packedRoles[low].role : Role()
    }

    /// libxml2 lower-cases the names of HTML elements: lower-casing again only when needed.
    private static func lowercasedName(_ name: UnsafePointer<xmlChar>) -> String {
        let string = String(cString: name)
        return string.utf8.contains { $0 >= 0x80 || (0x41...0x5A).contains($0) } ? string.lowercased() : string
    }

    private func isPreheader(_ node: UnsafeMutablePointer<xmlNode>) -> Bool {
        ["class", "id"].contains { attribute(node, $0)?.lowercased().contains("preheader") == true }
    }

    private func attribute(_ node: UnsafeMutablePointer<xmlNode>, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { align_xmlFree(value) }
        return String(cString: value)
    }
}
