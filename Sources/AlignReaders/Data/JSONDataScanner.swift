import AlignModel

/// Walks a JSON text for its string values, each with its key path and where it starts in the
/// file: Foundation's parser keeps no positions, and a content file is only strings to align.
struct JSONDataScanner {
    struct Failure: Error {
        var problem: ReadProblem
    }

    let source: SourceText
    let maxDepth: Int
    private var index = 0
    private(set) var blocks: [Block] = []

    init(source: SourceText, maxDepth: Int) {
        self.source = source
        self.maxDepth = maxDepth
    }

    /// Reads the whole text: one value, then nothing but space.
    mutating func scan() throws(Failure) {
        skipSpace()
        try value(path: [], depth: 0)
        skipSpace()
        if index < source.count { throw failure("more after the JSON value") }
    }

    private mutating func value(path: [String], depth: Int) throws(Failure) {
        guard depth < maxDepth else {
            throw Failure(problem: ReadProblem(kind: .truncated, message: "values nested deeper than \(maxDepth) levels were not read", position: here))
        }
        guard index < source.count else { throw failure("the file ends where a value was expected") }
        switch source[index] {
        case "{": try object(path: path, depth: depth)
        case "[": try array(path: path, depth: depth)
        case "\"":
            let (text, anchors) = try string()
            if !text.isEmpty {
                blocks.append(Block(kind: .paragraph, text: text, anchors: anchors, lines: source.lines, context: BlockContext(headings: path)))
            }
        default: try literal()
        }
    }

    private mutating func object(path: [String], depth: Int) throws(Failure) {
        index += 1
        skipSpace()
        if peek == "}" { index += 1; return }
        while true {
            guard peek == "\"" else { throw failure("a key in quotes was expected") }
            let (key, _) = try string()
            skipSpace()
            guard peek == ":" else { throw failure("':' was expected after the key") }
            index += 1
            skipSpace()
            try value(path: path + [key], depth: depth + 1)
            skipSpace()
            if peek == "," { index += 1; skipSpace(); continue }
            if peek == "}" { index += 1; return }
            throw failure("',' or '}' was expected")
        }
    }

    private mutating func array(path: [String], depth: Int) throws(Failure) {
        index += 1
        skipSpace()
        if peek == "]" { index += 1; return }
        while true {
            try value(path: path, depth: depth + 1)
            skipSpace()
            if peek == "," { index += 1; skipSpace(); continue }
            if peek == "]" { index += 1; return }
            throw failure("',' or ']' was expected")
        }
    }

    /// A string's text, with an anchor where it starts and around each escape, so every scalar
    /// maps to its column in the file.
    private mutating func string() throws(Failure) -> (String, [PositionAnchor]) {
        index += 1
        var scalars = String.UnicodeScalarView()
        var utf8Count = 0
        var anchors = [PositionAnchor(offset: 0, place: .index(index))]
        func append(_ scalar: Unicode.Scalar) {
            scalars.append(scalar)
            utf8Count += UTF8.width(scalar)
        }
        while index < source.count {
            let scalar = source[index]
            switch scalar {
            case "\"":
                index += 1
                return (String(scalars), anchors)
            case "\\":
                anchors.append(PositionAnchor(offset: utf8Count, place: .index(index)))
                index += 1
                guard index < source.count else { break }
                let escaped = source[index]
                index += 1
                switch escaped {
                case "n", "r", "t": append(" ")
                case "b", "f": break
                case "u": append(try unicodeEscape())
                default: append(escaped)
                }
                anchors.append(PositionAnchor(offset: utf8Count, place: .index(index)))
            case "\n", "\r":
                throw failure("a string runs past the end of its line")
            default:
                append(scalar)
                index += 1
            }
        }
        throw failure("a string is not closed")
    }

    private mutating func unicodeEscape() throws(Failure) -> Unicode.Scalar {
        var high = try hexQuad()
        if (0xD800..<0xDC00).contains(high), peek == "\\", index + 1 < source.count, source[index + 1] == "u" {
            index += 2
            let low = try hexQuad()
            high = 0x10000 + ((high - 0xD800) << 10) + ((low &- 0xDC00) & 0x3FF)
        }
        return Unicode.Scalar(high) ?? "\u{FFFD}"
    }

    private mutating func hexQuad() throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < source.count, let digit = UInt32(String(source[index]), radix: 16) else {
                throw failure("a \\u escape needs four hex digits")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    /// `true`, `false`, `null` or a number: not text.
    private mutating func literal() throws(Failure) {
        let start = index
        while index < source.count, "+-.0123456789eEtruefalsn".unicodeScalars.contains(source[index]) { index += 1 }
        if index == start { throw failure("a value was expected") }
    }

    private var peek: Unicode.Scalar? { index < source.count ? source[index] : nil }

    private mutating func skipSpace() {
        while index < source.count, [" ", "\t", "\n", "\r"].contains(source[index]) { index += 1 }
    }

    private var here: SourcePosition { source.position(of: index) }

    private mutating func failure(_ message: String) -> Failure {
        Failure(problem: ReadProblem(kind: .unreadable, message: "not valid JSON: \(message)", position: here))
    }
}
