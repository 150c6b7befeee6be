import AlignModel
import CLibXML2

/// Where an HTML text sits in the original file: a file of its own, or a decoded email part
/// (lines shifted, or positions only approximate).
struct HTMLPlacement: Sendable {
    var lineOffset = 0
    var approximateAt: SourcePosition?
}

/// What the HTML reader takes from a page.
struct HTMLExtraction: Sendable {
    var blocks: [Block] = []
    var codeSpans: [Block] = []
    var linkTargets: [Block] = []
    var declared: [String: String] = [:]
    var directives: [SuppressionDirective] = []
    var problems: [ReadProblem] = []

    /// A page read from `source`: its blocks, spans, settings, problems and suppressions.
    func fill(_ document: inout Document, source: SourceText) {
        document.blocks = blocks
        document.codeSpans = codeSpans
        document.linkTargets = linkTargets
        document.declared = declared
        document.problems += problems
        document.suppressions = SuppressionDirective.resolve(directives, lastLine: source.lineCount, isBlank: source.isBlank(line:))
    }
}

/// Parses HTML with libxml2's SAX parser and has `HTMLWalker` turn its nodes into blocks, with
/// each text node's scalars placed in the raw source by `SourceAligner` (libxml2 gives lines only).
enum HTMLExtractor {
    /// `input` is what libxml2 parses; `source` is the same text decoded, for positions.
    /// `encoding` nil lets libxml2 follow the page's declared charset.
    static func extract(input: [UInt8], encoding: String?, source: SourceText, placement: HTMLPlacement, options: ReadOptions) -> HTMLExtraction {
        var extraction = HTMLExtraction()
        guard !input.isEmpty else { return extraction }
        guard input.count < Int(Int32.max) else {
            extraction.problems.append(ReadProblem(kind: .unreadable, message: "the page is larger than 2 GB"))
            return extraction
        }
        // libxml2 would print parse errors on stderr; a page full of errors is still read.
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        guard let context = htmlNewParserCtxt() else {
            extraction.problems.append(ReadProblem(kind: .unreadable, message: "the HTML parser could not start"))
            return extraction
        }
        defer { htmlFreeParserCtxt(context) }
        var flags = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        flags |= XML_PARSE_BIG_LINES.rawValue
        if encoding != nil { flags |= XML_PARSE_IGNORE_ENC.rawValue }
        // With an encoding given, `input` is the source's UTF-8 (without, libxml2 decodes a charset).
        let walker = HTMLWalker(source: source, readsASCII: encoding != nil && options.readsASCIIAsBytes, placement: placement, options: options)
        let parse = HTMLSAXParse.parse(input, context: context, encoding: encoding, flags: Int32(bitPattern: flags), walker: walker)
        guard parse.started else {
            extraction.problems.append(ReadProblem(kind: .unreadable, message: "libxml2 could not parse the page"))
            return extraction
        }
        if context.pointee.errNo == Int32(XML_ERR_INTERNAL_ERROR.rawValue) {
            // libxml2 halts on its own limits (elements nested over 256 deep) and keeps what came before.
            let line = Int(context.pointee.input?.pointee.line ?? 1)
            extraction.problems.append(ReadProblem(
                kind: .truncated, message: "libxml2 stopped reading the page here (elements nested too deeply); the rest was not read",
                position: SourcePosition(line: max(line, 1) + placement.lineOffset, column: 1)))
        }
        return assemble(parse.walker, into: extraction)
    }

    /// The walker's blocks and the rest, as an extraction.
    static func assemble(_ walker: HTMLWalker, into extraction: HTMLExtraction) -> HTMLExtraction {
        var extraction = extraction
        // In source order, ties in reading order. Most pages come out in order already: a stable
        // sort would return them as they are, so only the others are sorted.
        let blocks = walker.blocks
        if Self.startInSourceOrder(blocks) {
            extraction.blocks = blocks
        } else {
            let starts = blocks.map { $0.position(atUTF8Offset: 0) }
            let inOrder = zip(starts, starts.dropFirst()).allSatisfy { !($1 < $0) }
            extraction.blocks = inOrder ? blocks : starts.indices.sorted { a, b in
                starts[a] != starts[b] ? starts[a] < starts[b] : a < b
            }.map { blocks[$0] }
        }
        extraction.codeSpans = walker.codeSpans
        extraction.linkTargets = walker.linkTargets
        extraction.declared = walker.declared
        extraction.directives = walker.directives
        if extraction.problems.isEmpty { extraction.problems += walker.problems }
        return extraction
    }

    /// Whether every block starts at a source index, none before the one before it. The walker's
    /// blocks share one line table, where a later index is never an earlier position: the
    /// indexes answer without a position worked out per block.
    static func startInSourceOrder(_ blocks: [Block]) -> Bool {
        var previous = 0
        for block in blocks {
            guard case .index(let start)? = block.anchors.first?.place, start >= previous else { return false }
            previous = start
        }
        return true
    }

    /// libxml2's own table of named character references, for `SourceAligner`.
    static let syntax = SourceAligner.Syntax(namedReference: { name in
        guard let entity = name.withCString({ htmlEntityLookup(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }),
              let scalar = Unicode.Scalar(entity.pointee.value) else { return nil }
        return [scalar]
    }, backslashEscapes: false)
}
