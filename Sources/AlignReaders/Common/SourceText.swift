import AlignModel

/// A file's text, with where each line starts, so that any scalar maps back to its 1-based line
/// and column in the original file. CRLF, CR and LF each end one line. An ASCII text (nearly
/// every file) is kept as its bytes, a byte for a scalar at the same index: it is never widened
/// to scalars whole. Any other text is held as its scalars, and, when it was UTF-8, as its bytes
/// too, so that ASCII text can be looked for in it as bytes.
struct SourceText: Sendable {
    /// The text's bytes when it is ASCII; nil for any other text.
    let ascii: [UInt8]?
    /// The text's scalars when it is not ASCII; empty when it is.
    private let decoded: [Unicode.Scalar]
    /// The UTF-8 of a text that is not ASCII, when it was read from UTF-8 (nil for ASCII, for
    /// other charsets and once scalars are replaced).
    let utf8: UTF8Map?
    /// Where each line starts: the table the blocks read from this text share.
    let lines: LineTable

    init(_ scalars: [Unicode.Scalar]) {
        ascii = nil
        decoded = scalars
        utf8 = nil
        lines = LineTable(starts: scalars.withUnsafeBufferPointer(Self.lineStarts))
    }

    /// Valid UTF-8 decoded, its lines counted as it is; nil for any other bytes. ASCII is only
    /// looked over for its line breaks, and kept as it is.
    init?(utf8 bytes: ArraySlice<UInt8>) {
        if let starts = bytes.withUnsafeBufferPointer(Self.asciiLineStarts) {
            self.init(ascii: Array(bytes), decoded: [], utf8: nil, lines: LineTable(starts: starts))
            return
        }
        guard let (scalars, starts, wide) = bytes.withUnsafeBufferPointer(UTF8Scalars.decodeWithLines) else { return nil }
        self.init(ascii: nil, decoded: scalars, utf8: UTF8Map(bytes: Array(bytes), wide: wide), lines: LineTable(starts: starts))
    }

    private init(ascii: [UInt8]?, decoded: [Unicode.Scalar], utf8: UTF8Map?, lines: LineTable) {
        self.ascii = ascii
        self.decoded = decoded
        self.utf8 = utf8
        self.lines = lines
    }

    /// This text with scalars replaced one for one and every line break left where it is
    /// (template markup or front matter blanked): its lines are this text's, not counted again.
    func replacingScalars(with scalars: [Unicode.Scalar]) -> SourceText {
        assert(scalars.count == count, "a blanked text keeps its length")
        if ascii != nil, let bytes = Self.asciiBytes(scalars) {
            return SourceText(ascii: bytes, decoded: [], utf8: nil, lines: lines)
        }
        return SourceText(ascii: nil, decoded: scalars, utf8: nil, lines: lines)
    }

    /// This ASCII text with bytes replaced one for one, every line break left where it is.
    func replacingASCII(with bytes: [UInt8]) -> SourceText {
        assert(ascii != nil && bytes.count == count, "a blanked text keeps its length")
        return SourceText(ascii: bytes, decoded: [], utf8: nil, lines: lines)
    }

    /// The bytes of ASCII scalars, in one pass; nil at the first other scalar.
    private static func asciiBytes(_ scalars: [Unicode.Scalar]) -> [UInt8]? {
        var isASCII = true
        let bytes = [UInt8](unsafeUninitializedCapacity: scalars.count) { buffer, written in
            for scalar in scalars {
                guard scalar.value < 0x80 else { isASCII = false; return }
                buffer[written] = UInt8(truncatingIfNeeded: scalar.value)
                written += 1
            }
        }
        return isASCII ? bytes : nil
    }

    /// This text with every scalar of `range` but line breaks made a space (front matter
    /// blanked): an ASCII text stays bytes.
    func blanking(_ range: Range<Int>) -> SourceText {
        if var bytes = ascii {
            for index in range where !Self.isLineBreak(bytes[index]) { bytes[index] = 0x20 }
            return SourceText(ascii: bytes, decoded: [], utf8: nil, lines: lines)
        }
        var scalars = decoded
        for index in range where !Self.isLineBreak(scalars[index]) { scalars[index] = " " }
        // The UTF-8 is blanked byte for byte only where the range is all ASCII: a wider scalar
        // made a space would shorten it.
        return SourceText(ascii: nil, decoded: scalars, utf8: utf8?.blanking(range), lines: lines)
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

    /// Where each line of ASCII bytes starts, or nil when a byte is not ASCII. Eight bytes at a
    /// time past words with no line break and no high bit, as nearly every word is.
    private static func asciiLineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int]? {
        // Most files have no CR: ASCII told a word at a time, each LF then found by `memchr`.
        if ByteWords.offset(of: 0x0D, in: bytes) == nil {
            guard ParsedText.isASCII(bytes) else { return nil }
            var starts = [0]
            starts.reserveCapacity(bytes.count / 32 + 1)
            ByteWords.forEachOffset(of: 0x0A, in: bytes) { starts.append($0 + 1) }
            return starts
        }
        return asciiLineStartsByWords(bytes)
    }

    /// `asciiLineStarts` for a text with CRs (CRLF, or a CR alone), eight bytes at a time.
    static func asciiLineStartsByWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int]? {
        var starts = [0]
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = ByteWords.word(bytes, at: index)
                // A high bit, or a byte below 0x0E (the zero-byte test on each byte less 0x0E,
                // exact for ASCII bytes): gone over byte by byte.
                if (word | ((word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word)) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte >= 0x80 { return nil }
            index += 1
            // A line starts after LF, and after a CR that no LF follows.
            if byte == 0x0A || (byte == 0x0D && (index == count || bytes[index] != 0x0A)) { starts.append(index) }
        }
        return starts
    }

    var count: Int { ascii?.count ?? decoded.count }

    /// The scalar at `index`.
    subscript(index: Int) -> Unicode.Scalar {
        if let ascii { return Unicode.Scalar(ascii[index]) }
        return decoded[index]
    }

    /// `body` on the scalars of a text that is not ASCII, where they are held; nil for an
    /// ASCII text (it has no scalars held: its bytes are its scalars).
    func withDecodedScalars<Result>(_ body: (UnsafeBufferPointer<Unicode.Scalar>) -> Result) -> Result? {
        guard ascii == nil else { return nil }
        return decoded.withUnsafeBufferPointer(body)
    }

    /// The index of the first `scalar` (an ASCII one) from `start` on and before `end`, or `end`
    /// when there is none: an ASCII text is searched with `memchr`, not scalar by scalar.
    func firstIndex(of scalar: Unicode.Scalar, from start: Int, before end: Int) -> Int {
        guard start < end else { return end }
        guard let ascii else {
            var index = start
            while index < end, decoded[index] != scalar { index += 1 }
            return index
        }
        return ascii.withUnsafeBufferPointer { ByteWords.offset(of: UInt8(truncatingIfNeeded: scalar.value), in: $0, from: start, to: end) ?? end }
    }

    /// The scalars of `range`: for an ASCII text, a copy of its bytes widened.
    func scalars(in range: Range<Int>) -> ArraySlice<Unicode.Scalar> {
        guard let ascii else { return decoded[range] }
        return ArraySlice(Self.widened(ascii[range]))
    }

    /// The bytes of `range` when they are all ASCII and held as bytes (an ASCII text, or a UTF-8
    /// one where the range holds no wider scalar), indexed from where they are held; else nil.
    func asciiBytes(in range: Range<Int>) -> ArraySlice<UInt8>? {
        if let ascii { return ascii[range] }
        guard let utf8 else { return nil }
        let start = utf8.byteOffset(ofScalar: range.lowerBound)
        guard utf8.byteOffset(ofScalar: range.upperBound) - start == range.count else { return nil }
        return utf8.bytes[start..<(start + range.count)]
    }

    /// Every scalar of the text: for an ASCII text, a copy of its bytes widened. For the readers
    /// that go over a whole text scalar by scalar (the data formats, a blanking found needed).
    var allScalars: [Unicode.Scalar] {
        guard let ascii else { return decoded }
        return Self.widened(ascii[...])
    }

    /// ASCII bytes as scalars, written in place (no capacity check per scalar, which lets the
    /// loop run many bytes at a time).
    private static func widened(_ ascii: ArraySlice<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: ascii.count) { buffer, written in
            ascii.withUnsafeBufferPointer { bytes in
                for index in bytes.indices { buffer[index] = Unicode.Scalar(bytes[index]) }
            }
            written = ascii.count
        }
    }

    /// The UTF-8 of `range`: an ASCII text's own bytes.
    func utf8(in range: Range<Int>) -> [UInt8] {
        guard let ascii else { return UTF8Encoding.bytes(decoded[range]) }
        return Array(ascii[range])
    }

    /// How many UTF-8 bytes the scalars before `end` take.
    func utf8Count(upTo end: Int) -> Int {
        guard ascii == nil else { return end }
        return decoded[..<end].reduce(0) { $0 + UTF8.width($1) }
    }

    /// Lines in the file; a final line break does not start an extra line.
    var lineCount: Int {
        if lineStarts.count > 1, lineStarts[lineStarts.count - 1] == count { return lineStarts.count - 1 }
        return lineStarts.count
    }

    /// The 1-based line of the scalar at `index`.
    func line(of index: Int) -> Int { lines.line(of: index) }

    /// Whether `line(of: index)` is `line`, with no search of the table (every element's tag is
    /// checked so).
    func isOnLine(_ line: Int, index: Int) -> Bool { lines.isOnLine(line, index: index) }

    func position(of index: Int) -> SourcePosition { lines.position(of: index) }

    /// The index of the first scalar of `line` (clamped to the text).
    func start(ofLine line: Int) -> Int {
        guard line >= 1 else { return 0 }
        guard line <= lineStarts.count else { return count }
        return lineStarts[line - 1]
    }

    /// The index just after the last scalar of `line`, before its line break.
    func end(ofLine line: Int) -> Int {
        guard line >= 1 else { return 0 }
        guard line < lineStarts.count else { return count }
        var end = lineStarts[line]
        while end > lineStarts[line - 1], Self.isLineBreak(self[end - 1]) { end -= 1 }
        return end
    }

    /// The scalars of `line`, without its line break. Indexed as the text is only when it is held
    /// as scalars (a copy from 0 when it is kept as bytes): source indexes count from `start(ofLine:)`.
    func text(ofLine line: Int) -> ArraySlice<Unicode.Scalar> {
        scalars(in: start(ofLine: line)..<end(ofLine: line))
    }

    func isBlank(line: Int) -> Bool {
        let range = start(ofLine: line)..<end(ofLine: line)
        if let ascii { return ascii[range].allSatisfy(WhiteSpace.isSpace) }
        return decoded[range].allSatisfy { TextScalars.isSpace($0) }
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x0A || scalar.value == 0x0D
    }

    static func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
}

/// A text's UTF-8, with where its scalars of more than one byte are: a byte offset and a scalar
/// index are told one from the other by a search of those alone, as few as a text's curly quotes.
struct UTF8Map: Sendable {
    let bytes: [UInt8]
    /// Each scalar of more than one byte, in order: its scalar index and the byte offset just
    /// after it, side by side (a search reads one array).
    private let wide: [(scalar: Int, end: Int)]

    init(bytes: [UInt8], wide: (scalars: [Int], ends: [Int])) {
        self.bytes = bytes
        self.wide = Array(zip(wide.scalars, wide.ends))
    }

    private init(bytes: [UInt8], wide: [(scalar: Int, end: Int)]) {
        self.bytes = bytes
        self.wide = wide
    }

    /// The byte offset of the scalar at `index` (or of the end, at the scalar count).
    func byteOffset(ofScalar index: Int) -> Int {
        wide.withUnsafeBufferPointer { wide in
            // Before the first wide scalar (a page's head, most of its tags) bytes are scalars.
            guard let first = wide.first, first.scalar < index else { return index }
            // The last wide scalar before `index` fixes the offset.
            var low = 0
            var high = wide.count
            while low < high {
                let mid = (low &+ high) &>> 1
                if wide[mid].scalar < index { low = mid &+ 1 } else { high = mid }
            }
            let last = wide[low &- 1]
            return last.end &+ (index &- last.scalar &- 1)
        }
    }

    /// The scalar index of the scalar starting at byte `offset` (or of the end, at the byte count).
    func scalarIndex(ofByte offset: Int) -> Int {
        wide.withUnsafeBufferPointer { wide in
            guard let first = wide.first, first.end <= offset else { return offset }
            var low = 0
            var high = wide.count
            while low < high {
                let mid = (low &+ high) &>> 1
                if wide[mid].end <= offset { low = mid &+ 1 } else { high = mid }
            }
            let last = wide[low &- 1]
            return last.scalar &+ 1 &+ (offset &- last.end)
        }
    }

    /// The same map with the scalars of `range` but line breaks made spaces, when none of them is
    /// wider than a byte; nil otherwise.
    func blanking(_ range: Range<Int>) -> UTF8Map? {
        let start = byteOffset(ofScalar: range.lowerBound)
        guard byteOffset(ofScalar: range.upperBound) - start == range.count else { return nil }
        var bytes = bytes
        for offset in start..<(start + range.count) where !SourceText.isLineBreak(bytes[offset]) { bytes[offset] = 0x20 }
        return UTF8Map(bytes: bytes, wide: wide)
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
