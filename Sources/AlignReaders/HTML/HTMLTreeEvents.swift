import AlignModel
import CLibXML2

/// The way pages were read before `HTMLSAXParse`: libxml2 builds its tree, and a walk of it hands
/// `HTMLWalker` each node. Kept for the tests, which read every page both ways and compare.
enum HTMLTreeEvents {
    /// `HTMLExtractor.extract`, through libxml2's tree.
    static func extract(input: [UInt8], encoding: String?, source: SourceText, placement: HTMLPlacement, options: ReadOptions) -> HTMLExtraction {
        var extraction = HTMLExtraction()
        guard !input.isEmpty, input.count < Int(Int32.max) else { return extraction }
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        guard let context = htmlNewParserCtxt() else { return extraction }
        defer { htmlFreeParserCtxt(context) }
        var flags = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        flags |= XML_PARSE_BIG_LINES.rawValue
        if encoding != nil { flags |= XML_PARSE_IGNORE_ENC.rawValue }
        let document = input.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), "", encoding, Int32(bitPattern: flags))
            }
        }
        guard let document else {
            extraction.problems.append(ReadProblem(kind: .unreadable, message: "libxml2 could not parse the page"))
            return extraction
        }
        defer { xmlFreeDoc(document) }
        if context.pointee.errNo == Int32(XML_ERR_INTERNAL_ERROR.rawValue) {
            let line = Int(context.pointee.input?.pointee.line ?? 1)
            extraction.problems.append(ReadProblem(
                kind: .truncated, message: "libxml2 stopped reading the page here (elements nested too deeply); the rest was not read",
                position: SourcePosition(line: max(line, 1) + placement.lineOffset, column: 1)))
        }
        var walker = HTMLWalker(source: source, readsASCII: encoding != nil && options.readsASCIIAsBytes, placement: placement, options: options)
        walkChildren(of: UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self), into: &walker)
        walker.finish()
        return HTMLExtractor.assemble(walker, into: extraction)
    }

    private static func walkChildren(of node: UnsafeMutablePointer<xmlNode>, into walker: inout HTMLWalker) {
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                var pairs: [UnsafePointer<xmlChar>?] = []
                var property = current.pointee.properties
                while let attribute = property {
                    // `xmlGetProp`'s value: its one text child's, or "" (held by `pairs` as nil).
                    pairs += [UnsafePointer(attribute.pointee.name), UnsafePointer(attribute.pointee.children?.pointee.content)]
                    property = attribute.pointee.next
                }
                pairs.append(nil)
                pairs.withUnsafeBufferPointer { buffer in
                    walker.start(current.pointee.name, attributes: HTMLAttributes(pairs: buffer.baseAddress), line: NodeLine(current))
                }
                walkChildren(of: current, into: &walker)
                walker.end()
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let content = current.pointee.content.map { UnsafeBufferPointer(start: $0, count: Int(xmlStrlen($0))) } ?? UnsafeBufferPointer(start: nil, count: 0)
                walker.text(content, isCDATA: current.pointee.type == XML_CDATA_SECTION_NODE, line: NodeLine(current))
            case XML_COMMENT_NODE:
                if let content = current.pointee.content { walker.comment(content, line: NodeLine(current)) }
            default:
                walker.otherNode()
            }
            child = current.pointee.next
        }
    }
}
