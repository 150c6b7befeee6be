import AlignModel

/// A file's text as Unicode scalars, with where each line starts, so that any scalar maps back
/// to its 1-based line and column in the original file. CRLF, CR and LF each end one line.
struct SourceText: Sendable {
    let scalars: [Unicode.Scalar]
    /// Where each line starts: the table the blocks read from this text share.
    let lines: LineTable

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        lines = LineTable(starts: scalars.withUnsafeBufferPointer(Self.lineStarts))
    }

    /// Valid UTF-8 decoded, its lines counted as it is; nil for any other bytes.
    init?(utf8 bytes: ArraySlice<UInt8>) {
        guard let (scalars, starts) = bytes.withUnsafeBufferPointer(UTF8Scalars.decodeWithLines) else { return nil }
        self.init(scalars: scalars, lines: LineTable(starts: starts))
    }

    private init(scalars: [Unicode.Scalar], lines: LineTable) {
        self.scalars = scalars
        self.lines = lines
    }

    /// This text with scalars replaced one for one and every line break left where it is
    /// (template markup or front matter blanked): its lines are this text's, not counted again.
    func replacingScalars(with scalars: [Unicode.Scalar]) -> SourceText {
        assert(scalars.count == self.scalars.count, "a blanked text keeps its length")
        return SourceText(scalars: scalars, lines: lines)
    }

    /// Scalar index where each line starts; line 1 starts at 0.
    var lineStarts: [Int] { lines.starts }

    /// On a buffer, past every scalar above CR at once: this runs over every file whole.
    private static func lineStarts(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Int] {
        var starts = [0]
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            if value > 0x0D {
                index += 1
                continue
            }
            if value == 0x0D {
                if index + 1 < scalars.count, scalars[index + 1].value == 0x0A { index += 1 }
                starts.append(index + 1)
            } else if value == 0x0A {
                starts.append(index + 1)
            }
            index += 1
        }
        return starts
    }

    var count: Int { scalars.count }

    /// Lines in the file; a final line break does not start an extra line.
    var lineCount: Int {
        if lineStarts.count > 1, lineStarts[lineStarts.count - 1] == scalars.count { return lineStarts.count - 1 }
        return lineStarts.count
    }

    /// The 1-based line of the scalar at `index`.
    func line(of index: Int) -> Int { lines.line(of: index) }

    func position(of index: Int) -> SourcePosition { lines.position(of: index) }

    /// The index of the first scalar of `line` (clamped to the text).
    func start(ofLine line: Int) -> Int {
        guard line >= 1 else { return 0 }
        guard line <= lineStarts.count else { return scalars.count }
        return lineStarts[line - 1]
    }

    /// The index just after the last scalar of `line`, before its line break.
    func end(ofLine line: Int) -> Int {
        guard line >= 1 else { return 0 }
        guard line < lineStarts.count else { return scalars.count }
        var end = lineStarts[line]
        while end > lineStarts[line - 1], Self.isLineBreak(scalars[end - 1]) { end -= 1 }
        return end
    }

    /// The scalars of `line`, without its line break.
    func text(ofLine line: Int) -> ArraySlice<Unicode.Scalar> {
        scalars[start(ofLine: line)..<end(ofLine: line)]
    }

    func isBlank(line: Int) -> Bool {
        text(ofLine: line).allSatisfy { TextScalars.isSpace($0) }
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x0A || scalar.value == 0x0D
    }
}

enum TextScalars {
    /// Spaces a reader collapses: `WhiteSpace`, as every module counts it.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { WhiteSpace.isSpace(scalar) }

    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        // Encoded to UTF-8 first: appending to a UnicodeScalarView one scalar at a time was a
        // tenth of reading an email.
        String(decoding: UTF8Encoding.bytes(scalars), as: UTF8.self)
    }

    static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var slice = scalars
        while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return slice
    }
}

extension StringProtocol {
    /// Its words joined by single spaces: a title or summary as a page shows it.
    var collapsingWhiteSpace: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Without leading and trailing white space (as `TextScalars.isSpace` sees it).
    var trimmingSpaces: String {
        // Trimmed on the scalar view in place: no array of its scalars.
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, TextScalars.isSpace(scalars[start]) { start = scalars.index(after: start) }
        while start < end, TextScalars.isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}
