import AlignModel

/// Reads `.html` / `.htm` pages (parsing by libxml2, in `HTMLExtractor`).
public struct HTMLReader: DocumentReader {
    public static let extensions = ["html", "htm"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, options: ReadOptions) -> [Document] {
        var document = Document(path: path, kind: .page)
        if let scalars = TextDecoding.utf16(bytes[...]) {
            // UTF-16 with a byte order mark: decoded here, handed to libxml2 as UTF-8.
            return [read(UTF8Encoding.bytes(scalars), path: path, options: options)].flatMap { $0 }
        }
        let body = TextDecoding.withoutBOM(bytes[...])
        if let reason = TextDecoding.binaryReason(body) {
            document.problems.append(ReadProblem(kind: .unreadable, message: reason))
            return [document]
        }
        var options = options
        if options.isEmail || EmailTemplate.isEmail(path: path, body: body) {
            document.kind = .email
            options.isEmail = true
        }
        var source: SourceText
        var input: [UInt8]
        let encoding: String?
        let label = Self.declaredCharset(body)
        if let label, let charset = Charset(label: label), charset == .utf8 || charset == .usASCII, let utf8 = SourceText(utf8: body) {
            // Valid UTF-8 as declared: libxml2 reads the bytes as they are, not re-encoded.
            source = utf8
            input = Array(body)
            encoding = "UTF-8"
        } else if let label, let scalars = Charset(label: label)?.decode(body) ?? SystemCharsets.decode(Array(body), label: label) {
            // A charset we can decode: decode it here, so libxml2 and the positions read the same
            // text (columns then count the characters of the file in its own charset).
            source = SourceText(scalars)
            input = UTF8Encoding.bytes(scalars)
            encoding = "UTF-8"
        } else if label != nil {
            // Any other declared charset is libxml2's to follow; positions may then be approximate.
            input = Array(body)
            encoding = nil
            source = TextDecoding.decodeSource(body).source
        } else {
            // Undeclared: UTF-8, or Windows-1252 when it is not valid UTF-8, given to libxml2 as UTF-8.
            let decoded = TextDecoding.decodeSource(body)
            source = decoded.source
            input = decoded.isUTF8 ? Array(body) : UTF8Encoding.bytes(source.allScalars)
            encoding = "UTF-8"
        }
        if encoding != nil, let blanked = TemplateMarkup.blankedSource(source, utf8: input[...]) {
            // Template markup never reaches libxml2, which reads the same text as the positions.
            source = blanked
            input = blanked.ascii ?? UTF8Encoding.bytes(blanked.allScalars)
        }
        let extraction = HTMLExtractor.extract(input: input, encoding: encoding, source: source, placement: HTMLPlacement(), options: options)
        extraction.fill(&document, source: source)
        return [document]
    }

    /// The charset a page declares in its first bytes (`<meta charset=...>` or `content="...; charset=..."`).
    static func declaredCharset(_ bytes: ArraySlice<UInt8>) -> String? {
        bytes.prefix(4096).withUnsafeBufferPointer { declaredCharset(head: $0) }
    }

    private static func declaredCharset(head: UnsafeBufferPointer<UInt8>) -> String? {
        let key = Array("charset".utf8)
        // Compared in place, lower-cased byte by byte: most pages declare nothing in the first 4 KB.
        func isKey(at index: Int) -> Bool {
            for offset in 0..<key.count where lower(head[index + offset]) != key[offset] { return false }
            return true
        }
        func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
        var index = 0
        while index + key.count < head.count {
            if isKey(at: index) {
                var cursor = index + key.count
                while cursor < head.count, head[cursor] == 0x20 { cursor += 1 }
                guard cursor < head.count, head[cursor] == UInt8(ascii: "=") else { index += 1; continue }
                cursor += 1
                while cursor < head.count, head[cursor] == 0x20 || head[cursor] == 0x22 || head[cursor] == 0x27 { cursor += 1 }
                var name: [UInt8] = []
                while cursor < head.count, name.count < 40, head[cursor] > 0x20, ![0x22, 0x27, 0x3B, 0x3E, 0x2F].contains(head[cursor]) {
                    name.append(lower(head[cursor]))
                    cursor += 1
                }
                if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
            }
            index += 1
        }
        return nil
    }
}
