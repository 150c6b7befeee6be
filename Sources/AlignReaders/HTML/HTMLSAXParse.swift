import CLibXML2

/// libxml2's HTML parser with SAX callbacks in place of its tree builder: the walker is handed
/// each node as the parser reports it, and no tree is built, walked or freed.
///
/// The callbacks keep what the tree builder (`xmlSAX2*`, 2.9.14) would have made of the same
/// events, so that the walker meets the nodes the tree walk met:
/// - adjacent text is one node (the parser hands it over in pieces of up to 1,000 bytes and per
///   character reference), on the line of its first piece; text outside any element is dropped;
/// - an element is named without its prefix (`<o:p>` is a `p`), as `xmlSplitQName` names it;
/// - each element is pushed on the parser's own node stack (a placeholder node), so that the
///   parser's nesting limit still stops the page, and an element the parser closes by popping
///   that stack alone (a start tag without its `>`) ends where the tree's ended;
/// - a later top-level `<html>` (content after `</html>`) is a child of the first one when the
///   document's first node is that element, and the document's comments after it come after it.
/// `HTMLTreeEvents` walks the tree the same way, for the tests that compare the two.
struct HTMLSAXParse {
    var walker: HTMLWalker
    /// Whether the parser began a document (the tree builder made one then).
    private(set) var started = false
    /// Elements open, as many as the parser's node stack holds.
    private var depth = 0
    /// The parser stopped at its nesting limit: nothing after is read.
    private var halted = false
    /// The text node being gathered (its bytes, copied as they come: the parser reuses its
    /// buffer), and the line of its first piece.
    private var text: UnsafeMutableBufferPointer<UInt8>
    private var textCount = 0
    private var textIsCDATA = false
    private var hasText = false
    private var textLine = 0
    /// The document's first node (a doctype goes first whenever it comes).
    private var first = FirstNode.none
    /// The document's comments after an `<html>` that later ones are added to.
    private var laterComments: [(content: [CChar], line: Int)] = []
    private let placeholder: UnsafeMutablePointer<xmlNode>

    private enum FirstNode { case none, element, other }

    /// Parses `input` with `context` (a new HTML parser context), handing every node to `walker`.
    static func parse(_ input: [UInt8], context: htmlParserCtxtPtr, encoding: String?, flags: Int32, walker: HTMLWalker) -> HTMLSAXParse {
        var parse = HTMLSAXParse(walker: walker)
        defer {
            parse.placeholder.deallocate()
            parse.text.deallocate()
        }
        context.pointee.sax.pointee = handler
        withUnsafeMutablePointer(to: &parse) { state in
            context.pointee._private = UnsafeMutableRawPointer(state)
            read(input, context: context, encoding: encoding, flags: flags)
            context.pointee._private = nil
        }
        parse.finish()
        return parse
    }

    /// `htmlCtxtReadMemory` (its `htmlDoRead` step by step), but the parser is told that its
    /// buffer, which holds the whole page from the start, has nothing more to read: otherwise
    /// every look ahead within 250 bytes of the end asks the memory for more (`xmlParserInputGrow`
    /// through the UTF-8 converter), about 50 times a page, for nothing.
    private static func read(_ input: [UInt8], context: htmlParserCtxtPtr, encoding: String?, flags: Int32) {
        input.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReset(context)
                guard let memory = xmlParserInputBufferCreateMem(chars.baseAddress, Int32(chars.count), XML_CHAR_ENCODING_NONE) else { return }
                memory.pointee.readcallback = nil
                guard let stream = xmlNewIOInputStream(context, memory, XML_CHAR_ENCODING_NONE) else {
                    xmlFreeParserInputBuffer(memory)
                    return
                }
                inputPush(context, stream)
                htmlCtxtUseOptions(context, flags)
                context.pointee.html = 1
                if let encoding, let handler = xmlFindCharEncodingHandler(encoding) {
                    xmlSwitchToEncoding(context, handler)
                    if let old = context.pointee.input.pointee.encoding { align_xmlFree(UnsafeMutableRawPointer(mutating: old)) }
                    context.pointee.input.pointee.encoding = UnsafePointer(xmlStrdup(encoding))
                }
                if context.pointee.input.pointee.filename == nil { context.pointee.input.pointee.filename = UnsafePointer(OpaquePointer(xmlStrdup(""))) }
                htmlParseDocument(context)
                // No callback builds a document; freed should that ever change.
                if let document = context.pointee.myDoc { xmlFreeDoc(document) }
                context.pointee.myDoc = nil
            }
        }
    }

    private init(walker: HTMLWalker) {
        self.walker = walker
        placeholder = .allocate(capacity: 1)
        placeholder.initialize(to: xmlNode())
        placeholder.pointee.type = XML_ELEMENT_NODE
        text = .allocate(capacity: 4096)
    }

    /// The callbacks (C functions, which capture nothing: each finds the parse through the parser).
    private static var handler: htmlSAXHandler {
        var handler = htmlSAXHandler()
        // As libxml2's own HTML handler: errors go where they went (nowhere, HTMLExtractor says).
        handler.initialized = 1
        handler.startDocument = { context in HTMLSAXParse.state(context).pointee.started = true }
        handler.startElement = { context, name, attributes in
            HTMLSAXParse.state(context).pointee.startElement(HTMLSAXParse.parser(context), name, attributes: HTMLAttributes(pairs: UnsafePointer(attributes)))
        }
        handler.endElement = { context, _ in HTMLSAXParse.state(context).pointee.endElement(HTMLSAXParse.parser(context)) }
        handler.characters = { context, bytes, count in HTMLSAXParse.state(context).pointee.characters(HTMLSAXParse.parser(context), bytes, count, isCDATA: false) }
        handler.cdataBlock = { context, bytes, count in HTMLSAXParse.state(context).pointee.characters(HTMLSAXParse.parser(context), bytes, count, isCDATA: true) }
        handler.comment = { context, content in HTMLSAXParse.state(context).pointee.comment(HTMLSAXParse.parser(context), content) }
        handler.processingInstruction = { context, _, _ in HTMLSAXParse.state(context).pointee.otherNode(HTMLSAXParse.parser(context)) }
        handler.internalSubset = { context, _, _, _ in HTMLSAXParse.state(context).pointee.doctype() }
        return handler
    }

    private static func parser(_ context: UnsafeMutableRawPointer?) -> htmlParserCtxtPtr {
        context!.assumingMemoryBound(to: htmlParserCtxt.self)
    }

    private static func state(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<HTMLSAXParse> {
        parser(context).pointee._private.assumingMemoryBound(to: HTMLSAXParse.self)
    }

    private static func line(_ parser: htmlParserCtxtPtr) -> NodeLine {
        NodeLine(value: Int(parser.pointee.input?.pointee.line ?? 0))
    }

    private mutating func startElement(_ parser: htmlParserCtxtPtr, _ name: UnsafePointer<xmlChar>?, attributes: HTMLAttributes) {
        catchUp(parser)
        guard !halted, let name else { return }
        endText()
        // The tree builder's push: past the parser's limit it fails and the parser stops.
        guard nodePush(parser, placeholder) >= 0 else {
            halted = true
            return
        }
        // The parser reads its current node only to ask whether white space may be dropped
        // (`areBlanks`), which changes nothing it reports (`keepBlanks`): none is the quickest answer.
        parser.pointee.node = nil
        depth += 1
        if depth == 1 {
            switch first {
            case .none:
                first = .element
                walker.topDepth = 0
            case .element:
                walker.topDepth = 1
            case .other:
                walker.topDepth = 0
            }
        }
        walker.start(Self.localName(name), attributes: attributes, line: Self.line(parser))
    }

    private mutating func endElement(_ parser: htmlParserCtxtPtr) {
        catchUp(parser)
        guard !halted, depth > 0 else { return }
        endText()
        _ = nodePop(parser)
        parser.pointee.node = nil
        depth -= 1
        walker.end()
    }

    private mutating func characters(_ parser: htmlParserCtxtPtr, _ bytes: UnsafePointer<xmlChar>?, _ count: Int32, isCDATA: Bool) {
        catchUp(parser)
        // Even an empty piece makes a text node (on its line) in the tree.
        guard !halted, depth > 0, count >= 0 else { return }
        if hasText, textIsCDATA != isCDATA { endText() }
        if !hasText {
            hasText = true
            textIsCDATA = isCDATA
            textLine = Self.line(parser).value
        }
        if let bytes, count > 0 { appendText(bytes, count: Int(count)) }
    }

    private mutating func comment(_ parser: htmlParserCtxtPtr, _ content: UnsafePointer<xmlChar>?) {
        catchUp(parser)
        guard !halted, let content else { return }
        endText()
        let line = Self.line(parser)
        if depth == 0 {
            if first == .none { first = .other }
            if first == .element {
                laterComments.append((Array(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)) + 1)).map { CChar(bitPattern: $0) }, line.value))
                return
            }
        }
        walker.comment(content, line: line)
    }

    private mutating func otherNode(_ parser: htmlParserCtxtPtr) {
        catchUp(parser)
        guard !halted else { return }
        endText()
        if depth == 0, first == .none { first = .other }
        if depth > 0 { walker.otherNode() }
    }

    /// A doctype is put first among the document's nodes: later top-level elements follow it,
    /// after the comments held back so far.
    private mutating func doctype() {
        guard !halted else { return }
        if first == .element { emitLaterComments() }
        first = .other
    }

    /// Ends the elements the parser popped from its node stack without an end event.
    private mutating func catchUp(_ parser: htmlParserCtxtPtr) {
        let stack = Int(parser.pointee.nodeNr)
        guard stack < depth, !halted else { return }
        endText()
        while depth > stack {
            depth -= 1
            walker.end()
        }
    }

    private mutating func appendText(_ bytes: UnsafePointer<UInt8>, count: Int) {
        if textCount + count > text.count {
            let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(text.count * 2, textCount + count))
            larger.baseAddress!.update(from: text.baseAddress!, count: textCount)
            text.deallocate()
            text = larger
        }
        (text.baseAddress! + textCount).update(from: bytes, count: count)
        textCount += count
    }

    /// Hands the gathered text to the walker as one node (up to a NUL, as the tree keeps it).
    private mutating func endText() {
        guard hasText else { return }
        hasText = false
        let gathered = UnsafeBufferPointer(start: text.baseAddress!, count: textCount)
        let end = ByteWords.offset(of: 0, in: gathered) ?? textCount
        walker.text(UnsafeBufferPointer(rebasing: gathered[..<end]), isCDATA: textIsCDATA, line: NodeLine(value: textLine))
        textCount = 0
    }

    private mutating func emitLaterComments() {
        for comment in laterComments {
            comment.content.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: xmlChar.self, capacity: buffer.count) {
                    walker.comment($0, line: NodeLine(value: comment.line))
                }
            }
        }
        laterComments.removeAll()
    }

    private mutating func finish() {
        endText()
        while depth > 0 {
            depth -= 1
            walker.end()
        }
        emitLaterComments()
        walker.finish()
    }

    /// The name `xmlSplitQName` gives an element: what follows its first colon, unless the name
    /// starts or ends with that colon.
    static func localName(_ name: UnsafePointer<xmlChar>) -> UnsafePointer<xmlChar> {
        guard name[0] != UInt8(ascii: ":") else { return name }
        var index = 0
        while name[index] != 0 {
            if name[index] == UInt8(ascii: ":") {
                return name[index + 1] == 0 ? name : name + index + 1
            }
            index += 1
        }
        return name
    }
}
