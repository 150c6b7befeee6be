import AlignModel
import CCMark

/// Reads `.md` / `.markdown` through cmark (this file and `MarkdownWalker`). cmark gives block
/// positions in byte columns; text positions come from aligning each text node with the source.
public struct MarkdownReader: DocumentReader {
    public static let extensions = ["md", "markdown"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, options: ReadOptions) -> [Document] {
        var document = Document(path: path, kind: .article)
        let decoded: SourceText
        switch TextInput.decode(bytes) {
        case .success(let source): decoded = source
        case .failure(let error):
            document.problems.append(error.problem)
            return [document]
        }
        let frontMatter = FrontMatter(decoded)
        document.declared = frontMatter.settings
        // Front matter lines become blank lines: cmark's line numbers stay those of the file.
        let source = SourceText(frontMatter.blanked)
        let input = UTF8Encoding.bytes(source.scalars)
        guard let root = input.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_SOURCEPOS) }
        }) else {
            document.problems.append(ReadProblem(kind: .unreadable, message: "cmark could not parse the file"))
            return [document]
        }
        defer { cmark_node_free(root) }
        var walker = MarkdownWalker(source: source, options: options)
        walker.walk(root)
        document.blocks = walker.blocks
        document.problems += walker.problems
        document.suppressions = SuppressionDirective.resolve(walker.directives, lastLine: decoded.lineCount, isBlank: source.isBlank(line:))
        return [document]
    }
}
