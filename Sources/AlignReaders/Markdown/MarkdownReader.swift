import AlignModel
import CCMarkGFM
import Foundation

/// Reads `.md` / `.markdown` / `.mdx` (and `.markerb`, Markdown with ERB) as GitHub Flavored Markdown through cmark-gfm and its table,
/// strikethrough, autolink and tasklist extensions (this file and `MarkdownWalker`). cmark gives
/// block positions in byte columns; text positions come from aligning each text node with the source.
public struct MarkdownReader: DocumentReader {
    public static let extensions = ["md", "markdown", "mdx", "markerb"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, options: ReadOptions) -> [Document] {
        var document = Document(path: path, kind: .article)
        let decoded: SourceText
        let utf8: ArraySlice<UInt8>?
        switch TextInput.decodeKeepingUTF8(bytes) {
        case .success(let result): (decoded, utf8) = result
        case .failure(let error):
            document.problems.append(error.problem)
            return [document]
        }
        let frontMatter = FrontMatter(decoded)
        document.declared = frontMatter.settings
        // Front matter lines become blank lines: cmark's line numbers stay those of the file.
        // Without front matter the text is the file's: its lines and UTF-8 need no second pass.
        // The file's UTF-8 opens a tag wherever its blanked front matter does, and more.
        let frontless = frontMatter.blanked(decoded)
        var rewritten = TemplateMarkup.blanked(frontless, utf8: utf8)
        var properties: [MDXProperty] = []
        if Self.isMDX(path), let blanked = MDXSyntax.blanked(rewritten ?? frontless.allScalars, properties: &properties) {
            MDXProperties.numberLines(&properties, in: blanked)
            rewritten = blanked
        }
        if let blanked = CalloutMarkers.blanked(rewritten, or: frontless, utf8: rewritten == nil ? utf8 : nil) { rewritten = blanked }
        // An MDX page's component tags on lines of their own: cmark reads what they hold as
        // Markdown, laid out as MDX reads it; the walker keeps the file's layout for positions.
        let components = Self.isMDX(path) ? MDXComponents.read(rewritten ?? frontless.allScalars) : nil
        if let components { rewritten = components.source }
        let source = rewritten.map(decoded.replacingScalars) ?? frontless
        let input: [UInt8]
        if let components {
            input = UTF8Encoding.bytes(components.layout)
        } else if let utf8, rewritten == nil {
            // With front matter, only the blanked lines are encoded; the rest is the file's UTF-8.
            let end = frontMatter.blankedEnd
            input = source.utf8(in: 0..<end) + utf8.dropFirst(decoded.utf8Count(upTo: end))
        } else {
            input = source.utf8(in: 0..<source.count)
        }
        guard let root = Self.parse(input) else {
            document.problems.append(ReadProblem(kind: .unreadable, message: "cmark could not parse the file"))
            return [document]
        }
        defer { cmark_node_free(root) }
        // cmark reads the source's UTF-8, except an MDX page's components, laid out anew.
        var walker = MarkdownWalker(source: source, readsASCII: components == nil, options: options)
        walker.componentTags = components?.tags ?? []
        walker.properties = properties
        walker.walk(root)
        // The walker's blocks are moved, not copied (a copy retains each block's strings): the
        // front matter's few go in before them.
        var blocks = walker.blocks
        walker.blocks = []
        blocks.insert(contentsOf: Self.shownBlocks(frontMatter, in: decoded), at: 0)
        document.blocks = blocks
        document.problems += walker.problems
        document.codeSpans = walker.codeSpans
        document.linkTargets = walker.linkTargets
        document.suppressions = SuppressionDirective.resolve(walker.directives, lastLine: decoded.lineCount, isBlank: source.isBlank(line:))
        return [document]
    }

    /// The front matter's title and description, which sites show as the page's title and
    /// summary: blocks as an HTML page's `<title>` and meta description are, template markup blanked.
    private static func shownBlocks(_ frontMatter: FrontMatter, in source: SourceText) -> [Block] {
        frontMatter.shownText.compactMap { key, range in
            let scalars = Array(source.scalars(in: range))
            let text = TemplateMarkup.blanked(scalars) ?? scalars
            var builder = BlockBuilder(lines: source.lines)
            builder.append(text[...], from: .index(range.lowerBound))
            return builder.build(kind: key == "title" ? .title : .metaDescription)
        }
    }

    private static func isMDX(_ path: String) -> Bool {
        path.utf8.count > 4 && path.suffix(4).lowercased() == ".mdx"
    }

    /// The GFM extensions, found once: registering them is not safe to race, and a static is
    /// initialised once. Never changed after.
    nonisolated(unsafe) private static let gfmExtensions: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        return ["table", "strikethrough", "autolink", "tasklist"].compactMap { (name: String) in cmark_find_syntax_extension(name) }
    }()

    private static func parse(_ input: [UInt8]) -> OpaquePointer? {
        guard let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS) else { return nil }
        defer { cmark_parser_free(parser) }
        for extensionPointer in gfmExtensions { cmark_parser_attach_syntax_extension(parser, extensionPointer) }
        input.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        return inlineParsing.withLock { cmark_parser_finish(parser) }
    }

    /// cmark-gfm keeps the characters that open an extension's inline syntax (`:` and `w` for an
    /// autolink, `~` for strikethrough) in one table for the whole process: `cmark_parser_finish`
    /// adds them as it starts reading a document's inlines and takes them out when it is done.
    /// Two documents finished at once take them out from under each other, and the later one
    /// reads a link or struck text as plain text, by the timing of threads. Its block parsing
    /// (`cmark_parser_feed`) reads no inlines and runs on every thread. An `NSLock` is a pthread
    /// mutex, which ThreadSanitizer follows.
    private static let inlineParsing = NSLock()
}
