import AlignModel

/// The writer's own words in an email body: paragraphs split on blank lines, the salutation
/// apart, without quoted replies (`>` lines, "On ... wrote:" and what follows) or the signature.
enum EmailBody {
    /// `mboxEscapes`: a message of an mbox, where `>From ` stands for a body line `From `.
    static func paragraphs(_ source: SourceText, lineOffset: Int, approximateAt: SourcePosition?, mboxEscapes: Bool = false) -> [Block] {
        var blocks: [Block] = []
        var builder: BlockBuilder?
        var lineInParagraph = 0
        let lines = source.lines.offset(by: lineOffset)
        func finish() {
            if let block = builder?.build(kind: .emailBody) { blocks.append(block) }
            builder = nil
            lineInParagraph = 0
        }
        let lineCount = source.lineCount
        // Widened once, not line by line, when the source is kept as bytes: the tests below go
        // by scalar, and the bytes are what is copied.
        let scalars = source.allScalars
        func text(ofLine line: Int) -> ArraySlice<Unicode.Scalar> { scalars[source.start(ofLine: line)..<source.end(ofLine: line)] }
        var line = 1
        while line <= lineCount {
            defer { line += 1 }
            var raw = text(ofLine: line)
            if mboxEscapes, raw.starts(with: ">From ".unicodeScalars) { raw = raw.dropFirst() }
            // No String on every line: the scalar tests below are what the String ones need
            // (each of these strings is its own canonical form), so only candidates become Strings.
            if raw.elementsEqual(Self.signatureDashes) || raw.elementsEqual(Self.signatureDashes.dropLast()) { break }
            let trimmedScalars = TextScalars.trimmed(raw)
            guard let first = trimmedScalars.first else {
                finish()
                continue
            }
            var trimmed: String { TextScalars.string(trimmedScalars) }
            if trimmedScalars.starts(with: Self.onSpace) || trimmedScalars.starts(with: Self.dashes), isReplyHeader(trimmed, next: line < lineCount ? TextScalars.string(TextScalars.trimmed(text(ofLine: line + 1))) : "") { break }
            if first == ">", trimmed.hasPrefix(">") {
                finish()
                continue
            }
            if builder == nil { builder = BlockBuilder(lines: lines, approximateAt: approximateAt) } else { builder?.appendSpace() }
            lineInParagraph += 1
            if let ascii = source.ascii {
                builder?.append(ascii[raw.indices], verbatimFrom: raw.startIndex)
            } else {
                builder?.append(raw, from: .index(raw.startIndex))
            }
            if blocks.isEmpty, lineInParagraph == 1, isSalutation(trimmed) { finish() }
        }
        finish()
        return blocks
    }

    private static let signatureDashes: [Unicode.Scalar] = ["-", "-", " "]
    /// What every reply header starts with ("On ", "-----Original", "----------").
    private static let onSpace: [Unicode.Scalar] = ["O", "n", " "]
    private static let dashes: [Unicode.Scalar] = ["-", "-", "-", "-", "-"]

    /// Blocks of an HTML part, as body paragraphs, up to a quoted reply.
    static func fromHTML(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        for var block in blocks {
            if isReplyHeader(block.text, next: "") || block.text == "--" { break }
            switch block.kind {
            case .title, .metaDescription, .quote: continue
            case .paragraph: block.kind = .emailBody
            default: break
            }
            result.append(block)
        }
        return result
    }

    /// "On Mon, 3 Mar 2026, Sam <sam@example.com> wrote:" (possibly wrapped onto the next line),
    /// or Outlook's "-----Original Message-----".
    static func isReplyHeader(_ line: String, next: @autoclosure () -> String) -> Bool {
        if line.hasPrefix("-----Original Message") || line.hasPrefix("---------- Forwarded message") { return true }
        guard line.hasPrefix("On ") else { return false }
        if line.hasSuffix("wrote:") { return true }
        guard !line.hasSuffix(".") else { return false }
        let next = next()
        return next.hasSuffix("wrote:") && next.count < 80
    }

    private static let greetings = ["hi", "hello", "hey", "dear", "greetings", "good morning", "good afternoon", "good evening", "to whom", "hiya", "howdy"]

    /// "Hi Sam,", "Dear Valued Customer," "Hello!": a short first line that greets.
    static func isSalutation(_ line: String) -> Bool {
        let lower = line.lowercased()
        guard line.count <= 60, let last = lower.last, [",", ":", "!"].contains(last) else { return false }
        return greetings.contains { lower == $0 + String(last) || lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ",") }
    }
}
