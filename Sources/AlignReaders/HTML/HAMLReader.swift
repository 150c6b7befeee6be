import AlignModel

/// Reads `.haml` templates (Rails views and mailers): the HTML a template stands for is read as
/// any page is, placed against the template's own lines and columns (`HAMLSource`). Under an
/// email folder, or in `emails:`, a template is an email.
public struct HAMLReader: DocumentReader {
    public static let extensions = ["haml"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, options: ReadOptions) -> [Document] {
        var document = Document(path: path, kind: .page)
        let body = TextDecoding.withoutBOM(bytes[...])
        if let reason = TextDecoding.binaryReason(body) {
            document.problems.append(ReadProblem(kind: .unreadable, message: reason))
            return [document]
        }
        let template = HAMLSource(TextDecoding.decodeSource(body).source.allScalars)
        let input = UTF8Encoding.bytes(template.html)
        var options = options
        if options.isEmail || EmailTemplate.isEmail(path: path, body: input[...]) {
            document.kind = .email
            options.isEmail = true
        }
        // As bytes, as a page's UTF-8 is: its ASCII text is then looked for as bytes.
        let source = SourceText(utf8: UTF8Encoding.bytes(template.blanked)[...]) ?? SourceText(template.blanked)
        let extraction = HTMLExtractor.extract(input: input, encoding: "UTF-8", source: source, placement: HTMLPlacement(), options: options)
        extraction.fill(&document, source: source)
        return [document]
    }
}
