// The MIME parser is written here, by hand: no Swift MIME library is available on this machine
// (and Foundation has none). It reads what align needs, leniently: RFC 5322 headers with folding,
// RFC 2047 encoded words, nested multipart (bounded), quoted-printable and base64; five charsets
// decoded here with exact positions, any other the C library's iconv knows with approximate ones.
import AlignModel

/// Reads `.eml` files: one message.
public struct EmailReader: DocumentReader {
    public static let extensions = ["eml"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, options: ReadOptions) -> [Document] {
        let lines = RawLine.split(Array(TextDecoding.withoutBOM(bytes[...])))
        return [MessageReader.read(lines[...], path: path, messageIndex: nil, options: options)]
    }
}

/// Reads `.mbox` files: one document per message, line numbers those of the mbox.
public struct MboxReader: DocumentReader {
    public static let extensions = ["mbox"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, options: ReadOptions) -> [Document] {
        let lines = RawLine.split(Array(TextDecoding.withoutBOM(bytes[...])))
        return Self.messages(in: lines).enumerated().map { offset, message in
            MessageReader.read(message, path: path, messageIndex: offset + 1, options: options)
        }
    }

    /// Splits on `From ` lines at the top of the file or after a blank line; the `From ` line
    /// itself belongs to no message.
    static func messages(in lines: [RawLine]) -> [ArraySlice<RawLine>] {
        let separator = Array("From ".utf8)
        var starts: [Int] = []
        for (index, line) in lines.enumerated() where line.bytes.starts(with: separator) {
            if index == 0 || lines[index - 1].bytes.isEmpty || lines[index - 1].isBlank { starts.append(index) }
        }
        guard !starts.isEmpty else { return lines.contains(where: { !$0.isBlank }) ? [lines[...]] : [] }
        var messages: [ArraySlice<RawLine>] = []
        if lines[..<starts[0]].contains(where: { !$0.isBlank }) { messages.append(lines[..<starts[0]]) }
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1] : lines.count
            messages.append(lines[(start + 1)..<end])
        }
        return messages
    }
}

/// Reads one message into a document.
struct MessageReader {
    let options: ReadOptions
    var isMboxMessage = false
    var blocks: [Block] = []
    var codeSpans: [Block] = []
    var linkTargets: [Block] = []
    var problems: [ReadProblem] = []
    var declared: [String: String] = [:]
    private var partsRead = 0
    private var limitReported = false

    static func read(_ lines: ArraySlice<RawLine>, path: String, messageIndex: Int?, options: ReadOptions) -> Document {
        var reader = MessageReader(options: options, isMboxMessage: messageIndex != nil)
        var document = Document(path: path, kind: .email, messageIndex: messageIndex)
        let (headers, bodyStart) = MIMEHeaders.parse(lines)
        if let subject = headers["subject"], let block = reader.subjectBlock(subject) { reader.blocks.append(block) }
        reader.readBody(headers: headers, body: lines[bodyStart...], firstLine: lines.first?.number ?? 1, depth: 0)
        document.blocks = reader.blocks
        document.codeSpans = reader.codeSpans
        document.linkTargets = reader.linkTargets
        document.problems = reader.problems
        document.declared = reader.declared
        // For rules that ask who wrote: a no-reply address closes the door on replies.
        document.sender = headers["from"]?.text
        let first = lines.first?.number ?? 1
        let last = max(lines.last?.number ?? 1, first)
        for field in headers.fields where field.name == "x-align-disable" {
            let rules = field.text.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
            document.suppressions.append(Suppression(rules: rules, lines: first...last, position: SourcePosition(line: field.lines.first?.number ?? first, column: 1)))
        }
        return document
    }

    /// The Subject, positioned at its value; approximate when encoded words had to be decoded.
    mutating func subjectBlock(_ field: HeaderField) -> Block? {
        guard let firstLine = field.lines.first else { return nil }
        let valueStart = SourcePosition(line: firstLine.number, column: TextDecoding.decode(firstLine.bytes.prefix(field.valueOffset)).scalars.count + 1)
        let text = field.text
        if text.contains("=?") {
            let decoded = EncodedWords.decode(text)
            for label in Set(decoded.unknownCharsets).sorted() {
                problems.append(ReadProblem(kind: .truncated, message: "words of the Subject use the charset \"\(label)\", which align cannot decode; they were left out", position: valueStart))
            }
            var builder = BlockBuilder(approximateAt: valueStart)
            for scalar in decoded.text.unicodeScalars { builder.append(scalar, at: nil) }
            return builder.build(kind: .emailSubject)
        }
        var builder = BlockBuilder()
        for (position, line) in field.lines.enumerated() {
            let skip = position == 0 ? field.valueOffset : 0
            let scalars = TextDecoding.decode(line.bytes.dropFirst(skip)).scalars
            let startColumn = position == 0 ? valueStart.column : 1
            builder.appendSpace()
            builder.append(scalars[...], from: .position(SourcePosition(line: line.number, column: startColumn)))
        }
        return builder.build(kind: .emailSubject)
    }

    mutating func readBody(headers: MIMEHeaders, body: ArraySlice<RawLine>, firstLine: Int, depth: Int) {
        let contentType = HeaderValueWithParameters(headers["content-type"]?.text ?? "text/plain")
        let disposition = HeaderValueWithParameters(headers["content-disposition"]?.text ?? "inline")
        if disposition.value == "attachment" { return }
        let bodyLine = body.first?.number ?? firstLine
        switch contentType.type {
        case "multipart":
            guard depth < options.maxNestingDepth else {
                truncated("MIME parts nested deeper than \(options.maxNestingDepth) levels were not read", line: bodyLine)
                return
            }
            guard let boundary = contentType.parameters["boundary"], !boundary.isEmpty else {
                readText(headers: headers, contentType: HeaderValueWithParameters("text/plain"), body: body, firstLine: bodyLine)
                return
            }
            var parts: [(MIMEHeaders, ArraySlice<RawLine>, Int)] = []
            for part in Self.split(body, boundary: boundary) {
                partsRead += 1
                guard partsRead <= options.maxMimeParts else {
                    truncated("the message has more than \(options.maxMimeParts) MIME parts; the rest were not read", line: part.first?.number ?? bodyLine)
                    break
                }
                let (partHeaders, partBody) = MIMEHeaders.parse(part)
                parts.append((partHeaders, part[partBody...], part.first?.number ?? bodyLine))
            }
            if contentType.subtype == "alternative" {
                // One message in several forms: read it once, as plain text when there is one.
                let types = parts.map { HeaderValueWithParameters($0.0["content-type"]?.text ?? "text/plain").value }
                let chosen = types.firstIndex(of: "text/plain") ?? types.firstIndex(of: "text/html") ?? (parts.isEmpty ? nil : parts.count - 1)
                if let chosen { readBody(headers: parts[chosen].0, body: parts[chosen].1, firstLine: parts[chosen].2, depth: depth + 1) }
            } else {
                for part in parts { readBody(headers: part.0, body: part.1, firstLine: part.2, depth: depth + 1) }
            }
        case "text" where contentType.subtype == "plain" || contentType.subtype == "html":
            readText(headers: headers, contentType: contentType, body: body, firstLine: bodyLine)
        default:
            // Attachments, images, attached messages: not the message's own words.
            break
        }
    }

    /// The parts between `--boundary` lines, up to `--boundary--`.
    static func split(_ body: ArraySlice<RawLine>, boundary: String) -> [ArraySlice<RawLine>] {
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [ArraySlice<RawLine>] = []
        var start: Int?
        for index in body.indices {
            let bytes = body[index].bytes
            guard bytes.starts(with: delimiter) else { continue }
            let rest = bytes.dropFirst(delimiter.count)
            let closing = rest.starts(with: [0x2D, 0x2D])
            guard closing || rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { continue }
            if let begun = start { parts.append(body[begun..<index]) }
            start = closing ? nil : index + 1
            if closing { return parts }
        }
        if let begun = start { parts.append(body[begun..<body.endIndex]) }
        return parts
    }

    private mutating func readText(headers: MIMEHeaders, contentType: HeaderValueWithParameters, body: ArraySlice<RawLine>, firstLine: Int) {
        let label = contentType.parameters["charset"].flatMap { $0.isEmpty ? nil : $0 }
        let charset = label.map { Charset(label: $0) } ?? .utf8
        // `base64;` and `quoted-printable  x` are seen in the wild: the first token decides.
        let encoding = Self.transferEncoding(headers["content-transfer-encoding"]?.text ?? "7bit")
        let decoded: [UInt8]
        var approximateAt: SourcePosition?
        switch encoding {
        case "quoted-printable":
            decoded = TransferEncoding.quotedPrintable(body)
            approximateAt = SourcePosition(line: firstLine, column: 1)
        case "base64":
            decoded = TransferEncoding.base64(body)
            approximateAt = SourcePosition(line: firstLine, column: 1)
        default:
            // 7bit, 8bit, binary, or a misspelling of them: the lines are the file's lines.
            var joined: [UInt8] = []
            joined.reserveCapacity(body.reduce(0) { $0 + $1.bytes.count + 1 })
            for (position, line) in body.enumerated() {
                if position > 0 { joined.append(0x0A) }
                joined += line.bytes
            }
            decoded = joined
        }
        if let reason = TextDecoding.binaryReason(decoded[...], naming: "a \(contentType.value) part") {
            problems.append(ReadProblem(kind: .unreadable, message: reason + "; that part was not read", position: SourcePosition(line: firstLine, column: 1)))
            return
        }
        let text: SourceText
        // The part's bytes when they are its UTF-8 already (for libxml2, with no re-encoding).
        var utf8: [UInt8]?
        if let charset, charset == .utf8 || charset == .usASCII, let strict = SourceText(utf8: decoded[...]) {
            // An ASCII part is kept as its bytes.
            text = strict
            utf8 = decoded
        } else if let charset {
            text = SourceText(charset.decode(decoded[...]))
        } else if let label, let system = SystemCharsets.decode(decoded, label: label) {
            // Multi-byte charsets: the decoded lines no longer match the file's columns.
            text = SourceText(system)
            approximateAt = approximateAt ?? SourcePosition(line: firstLine, column: 1)
        } else {
            problems.append(ReadProblem(kind: .unreadable, message: "a \(contentType.value) part uses the charset \"\(label ?? "")\", which align cannot decode; that part was not read", position: SourcePosition(line: firstLine, column: 1)))
            return
        }
        let blanked = TemplateMarkup.blankedSource(text, utf8: utf8?[...])
        // A blanked ASCII part is still its own UTF-8.
        if let blanked { utf8 = blanked.ascii }
        let source = blanked ?? text
        let lineOffset = firstLine - 1
        if contentType.subtype == "html" {
            let extraction = HTMLExtractor.extract(
                input: utf8 ?? UTF8Encoding.bytes(source.allScalars), encoding: "UTF-8", source: source,
                placement: HTMLPlacement(lineOffset: lineOffset, approximateAt: approximateAt), options: options)
            blocks += EmailBody.fromHTML(extraction.blocks)
            codeSpans += extraction.codeSpans
            linkTargets += extraction.linkTargets
            problems += extraction.problems
            declared.merge(extraction.declared) { first, _ in first }
        } else {
            blocks += EmailBody.paragraphs(source, lineOffset: lineOffset, approximateAt: approximateAt, mboxEscapes: isMboxMessage)
        }
    }

    /// The first token of a Content-Transfer-Encoding value, lower-cased: split on `;` and white
    /// space. An ASCII value is split on its bytes (a Character there is white space exactly when
    /// its bytes are, CR LF too).
    static func transferEncoding(_ value: String) -> String {
        guard value.utf8.allSatisfy({ $0 < 0x80 }) else { return transferEncodingByCharacters(value) }
        let token = value.utf8.split(whereSeparator: { $0 == UInt8(ascii: ";") || WhiteSpace.isSpace($0) }).first
        return token.map { String(decoding: $0.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self) } ?? "7bit"
    }

    /// `transferEncoding` on the value's Characters, for any value.
    static func transferEncodingByCharacters(_ value: String) -> String {
        value.lowercased().split(whereSeparator: { $0 == ";" || $0.isWhitespace }).first.map(String.init) ?? "7bit"
    }

    private mutating func truncated(_ message: String, line: Int) {
        guard !limitReported else { return }
        limitReported = true
        problems.append(ReadProblem(kind: .truncated, message: message, position: SourcePosition(line: line, column: 1)))
    }
}
