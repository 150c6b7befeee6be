import AlignModel

/// Turns a file's bytes into documents. One reader per format; the engine picks by extension.
public protocol DocumentReader: Sendable {
    /// Lower-case file extensions, without the dot.
    static var extensions: [String] { get }
    func read(_ bytes: [UInt8], path: String, options: ReadOptions) -> [Document]
}

/// Settings and bounds a reader honours.
public struct ReadOptions: Sendable {
    /// First words (lower-case) of labels of someone else's words: a script speaker's turn, or a
    /// Markdown or HTML block opening with the label ("**Customer:**", "Question:").
    public var otherParty: Set<String>
    /// Which fenced blocks of a Markdown document are prose.
    public var codeBlocks: CodeBlockReading
    /// Deepest element / MIME nesting read; deeper content is cut (a `.truncated` problem).
    public var maxNestingDepth: Int
    /// Most MIME parts read from one message.
    public var maxMimeParts: Int
    /// The file is a customer email whatever its format (it matches `emails:` in align.yml):
    /// an HTML or text template is read as an email.
    public var isEmail: Bool
    /// Text nodes of an ASCII source are looked for and copied as bytes (`ParsedText`); off, every
    /// node goes scalar by scalar, the path the tests compare the bytes with.
    var readsASCIIAsBytes = true

    public static let defaultOtherParty: Set<String> = ["customer", "prospect", "caller", "client", "question", "q"]

    public init(otherParty: Set<String> = defaultOtherParty, codeBlocks: CodeBlockReading = .auto, maxNestingDepth: Int = 256, maxMimeParts: Int = 500, isEmail: Bool = false) {
        self.otherParty = otherParty
        self.codeBlocks = codeBlocks
        self.maxNestingDepth = maxNestingDepth
        self.maxMimeParts = maxMimeParts
        self.isEmail = isEmail
    }
}

/// The readers align has, chosen by file extension.
public enum DocumentReaders {
    public static let all: [any DocumentReader] = [
        HTMLReader(), HAMLReader(), ViewReader(), MarkdownReader(), ScriptReader(), EmailReader(), MboxReader(), MJMLReader(),
        JSONDataReader(), YAMLDataReader(), OfficeReader(),
    ]

    /// The reader for a path's extension, or nil when align does not read such files.
    public static func reader(forPath path: String) -> (any DocumentReader)? {
        if let reader = readerForASCII(path) { return reader }
        // The last non-empty component (as `split(separator: "/").last` gives it, with no array).
        var end = path.endIndex
        while end > path.startIndex, path[path.index(before: end)] == "/" { end = path.index(before: end) }
        let trimmed = path[..<end]
        let name = trimmed.isEmpty ? path[...] : trimmed.lastIndex(of: "/").map { trimmed[trimmed.index(after: $0)...] } ?? trimmed
        return reader(forName: name)
    }

    /// Template languages whose extension ends a name after the format the file renders
    /// ("pricing.html.md.erb", "welcome.html.hbs", "pricing.blade.php"): the extension before it
    /// chooses the reader, which blanks the template markup as in any file.
    public static let templateExtensions: Set<String> = [
        "erb", "liquid", "hbs", "handlebars", "mustache", "j2", "jinja", "jinja2", "njk", "twig", "tmpl", "tpl", "gotmpl", "php",
    ]

    /// Template languages of web pages and emails: a file of one with no format of its own before
    /// the template's extension ("order.processed.hbs", "base.njk") renders HTML. Not ERB, Jinja
    /// or Go templates, which as often render configuration ("nginx.conf.j2", "notes.erb").
    public static let pageTemplateExtensions: Set<String> = ["liquid", "hbs", "handlebars", "mustache", "njk", "twig"]

    /// The extension that chooses a file name's reader (lower-case): its last, or, after a
    /// template's ("pricing.html.md.erb"), the one before it; "html" for a page template with no
    /// format before it ("collective.comment.created.hbs"). Nil for a name with none.
    public static func formatExtension(ofName name: Substring) -> String? {
        var rest = name
        var template: String?
        while let dot = rest.lastIndex(of: "."), dot != rest.startIndex {
            let ext = rest[rest.index(after: dot)...].lowercased()
            if byExtension[ext] != nil || template == nil && !templateExtensions.contains(ext) { return ext }
            guard templateExtensions.contains(ext) else { break }
            template = template ?? ext
            rest = rest[..<dot]
        }
        return template.map(pageTemplateExtensions.contains) == true ? "html" : nil
    }

    private static func reader(forName name: Substring) -> (any DocumentReader)? {
        formatExtension(ofName: name).flatMap { byExtension[$0] }
    }

    /// `reader(forPath:)` on the bytes of an ASCII path without CR, where each byte is one
    /// Character: nil when the path is not one, or has no reader.
    private static func readerForASCII(_ path: String) -> (any DocumentReader)? {
        let utf8 = path.utf8
        guard utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") { end = utf8.index(before: end) }
        let trimmed = utf8[..<end]
        let name = trimmed.isEmpty ? utf8[...] : trimmed.lastIndex(of: UInt8(ascii: "/")).map { trimmed[trimmed.index(after: $0)...] } ?? trimmed
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return nil }
        let ext = String(decoding: name[name.index(after: dot)...].map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        if let reader = byExtension[ext] { return reader }
        return templateExtensions.contains(ext) ? reader(forName: Substring(String(decoding: name, as: UTF8.self))) : nil
    }

    /// Each extension's reader, the first in `all` that claims it: one lookup per file.
    private static let byExtension: [String: any DocumentReader] = {
        var readers: [String: any DocumentReader] = [:]
        for reader in all {
            for ext in type(of: reader).extensions where readers[ext] == nil { readers[ext] = reader }
        }
        return readers
    }()

    /// The documents in a file (one per message for an mbox), or nil for an extension align
    /// does not read. Never fails: what cannot be read is a `ReadProblem` in the document.
    public static func read(bytes: [UInt8], path: String, options: ReadOptions = ReadOptions()) -> [Document]? {
        reader(forPath: path)?.read(bytes, path: path, options: options)
    }
}

/// The first steps every text format shares: BOM, binary check, UTF-8 or Windows-1252.
enum TextInput {
    /// The decoded source, or the problem that stops the file being read as text.
    static func decode(_ bytes: [UInt8]) -> Result<SourceText, ReadProblemError> {
        decodeKeepingUTF8(bytes).map(\.source)
    }

    /// `decode`, with the bytes the source was decoded from when they are UTF-8: they are its
    /// UTF-8 encoding already, for a parser.
    static func decodeKeepingUTF8(_ bytes: [UInt8]) -> Result<(source: SourceText, utf8: ArraySlice<UInt8>?), ReadProblemError> {
        if let scalars = TextDecoding.utf16(bytes[...]) { return checked(SourceText(scalars)).map { ($0, nil) } }
        let body = TextDecoding.withoutBOM(bytes[...])
        if let reason = TextDecoding.binaryReason(body) {
            return .failure(ReadProblemError(problem: ReadProblem(kind: .unreadable, message: reason)))
        }
        let decoded = TextDecoding.decodeSource(body)
        return .success((decoded.source, decoded.isUTF8 ? body : nil))
    }

    private static func checked(_ source: SourceText) -> Result<SourceText, ReadProblemError> {
        if source.allScalars.contains("\u{0}") {
            return .failure(ReadProblemError(problem: ReadProblem(kind: .unreadable, message: "the file contains NUL characters: it is binary, not text")))
        }
        return .success(source)
    }
}

struct ReadProblemError: Error {
    var problem: ReadProblem
}
