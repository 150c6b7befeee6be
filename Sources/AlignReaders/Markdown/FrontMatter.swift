import AlignModel

/// `---` ... `---` at the top of a Markdown file: `key: value` lines, read without a YAML library.
struct FrontMatter {
    var settings: [String: String] = [:]
    /// Where the values of the keys readers see (`title`, `description`) are in the file: their
    /// scalars, quotes left out.
    var shownText: [(key: String, range: Range<Int>)] = []
    /// Keys whose values a site shows its readers: the page's title and its summary.
    static let shownKeys: Set<String> = ["title", "description"]
    /// No front matter: `blanked` is the file's text unchanged.
    private(set) var isEmpty = true
    /// Scalars from here on are the file's own; before, the front matter's.
    private(set) var blankedEnd = 0

    init(_ source: SourceText) {
        guard source.lineCount >= 2 else { return }
        if let ascii = source.ascii {
            // An ASCII file's lines are read on its bytes: no line is widened to scalars (each
            // test did so once) and a value is its bytes.
            func line(_ number: Int) -> ArraySlice<UInt8> { ascii[source.start(ofLine: number)..<source.end(ofLine: number)] }
            read(source, isFence: { Self.isFence(line($0), $1) }, key: { Self.key(ofLine: line($0)) }, value: { String(decoding: ascii[$0], as: UTF8.self) })
        } else {
            read(source, isFence: { Self.isFence(source.text(ofLine: $0), $1) }, key: { Self.key(ofLine: source.text(ofLine: $0)) },
                 value: { TextScalars.string(source.scalars(in: $0)) })
        }
    }

    /// The fences, keys and values, each line's read by `isFence` and `key` and a value's text
    /// by `value`.
    private mutating func read(_ source: SourceText, isFence: (Int, Unicode.Scalar) -> Bool, key: (Int) -> String?, value: (Range<Int>) -> String) {
        guard isFence(1, "-") else { return }
        var closing: Int?
        for line in 2...source.lineCount where isFence(line, "-") || isFence(line, ".") {
            closing = line
            break
        }
        guard let closing else { return }
        isEmpty = false
        for line in 2..<closing {
            guard let key = key(line), !key.isEmpty,
                  let range = Self.valueRange(ofLine: line, in: source) else { continue }
            let value = value(range)
            settings[key] = ["channel", "audience"].contains(key) ? value.lowercased() : value
            if Self.shownKeys.contains(key) { shownText.append((key, range)) }
        }
        blankedEnd = source.end(ofLine: closing)
    }

    /// The file's text with the front matter's characters (not its line breaks) made spaces.
    func blanked(_ source: SourceText) -> SourceText {
        isEmpty ? source : source.blanking(0..<blankedEnd)
    }

    /// Whether a line is `---` (or `...`), spaces aside: compared as scalars, no string made.
    static func isFence(_ line: ArraySlice<Unicode.Scalar>, _ mark: Unicode.Scalar) -> Bool {
        let trimmed = TextScalars.trimmed(line)
        return trimmed.count == 3 && trimmed.allSatisfy { $0 == mark }
    }

    /// `isFence` on an ASCII line's bytes.
    static func isFence(_ line: ArraySlice<UInt8>, _ mark: Unicode.Scalar) -> Bool {
        let trimmed = WhiteSpace.trimmed(line)
        return trimmed.count == 3 && trimmed.allSatisfy { UInt32($0) == mark.value }
    }

    /// `key(ofLine:)` on an ASCII line's bytes.
    static func key(ofLine line: ArraySlice<UInt8>) -> String? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), line.first != UInt8(ascii: " "), line.first != UInt8(ascii: "#") else { return nil }
        return String(decoding: WhiteSpace.trimmed(line[..<colon]).map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// The lower-case key of a `key: value` line, or nil for a line with no colon, indented or
    /// a comment. An ASCII line (each scalar one Character) is read on its scalars; any other
    /// as Characters, where a colon or a space may carry a combining mark.
    static func key(ofLine line: ArraySlice<Unicode.Scalar>) -> String? {
        guard line.allSatisfy(\.isASCII) else {
            let text = TextScalars.string(line)
            guard let colon = text.firstIndex(of: ":"), !text.hasPrefix(" "), !text.hasPrefix("#") else { return nil }
            return text[..<colon].trimmingSpaces.lowercased()
        }
        guard let colon = line.firstIndex(of: ":"), line.first != " ", line.first != "#" else { return nil }
        return TextScalars.string(TextScalars.trimmed(line[..<colon]).lazy.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 0x20)! : $0 })
    }

    /// The scalars of the value on `line` (`key: value`), trimmed, without the quotes around it;
    /// nil when it is empty.
    private static func valueRange(ofLine line: Int, in source: SourceText) -> Range<Int>? {
        let scalars = source
        var start = source.start(ofLine: line)
        var end = source.end(ofLine: line)
        while start < end, scalars[start] != ":" { start += 1 }
        start += 1
        while start < end, TextScalars.isSpace(scalars[start]) { start += 1 }
        while end > start, TextScalars.isSpace(scalars[end - 1]) { end -= 1 }
        if end - start >= 2, scalars[start] == "\"" || scalars[start] == "'", scalars[end - 1] == scalars[start] { start += 1; end -= 1 }
        return start < end ? start..<end : nil
    }
}
