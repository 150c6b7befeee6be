/// A place in an original file: 1-based line, 1-based column counted in Unicode scalars.
public struct SourcePosition: Hashable, Comparable, Sendable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A range in an original file; `end` is the position just after the last scalar (exclusive).
public struct SourceSpan: Hashable, Sendable, Codable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    public init(at position: SourcePosition) {
        self.init(start: position, end: position)
    }
}

// Positions are encoded as plain arrays ([line, column], [startLine, startColumn, endLine,
// endColumn]): the cache holds hundreds of thousands of them, and keyed containers made decoding
// them a fifth of a cached run.
extension SourcePosition {
    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        self.init(line: try container.decode(Int.self), column: try container.decode(Int.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(line)
        try container.encode(column)
    }
}

extension SourceSpan {
    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let start = SourcePosition(line: try container.decode(Int.self), column: try container.decode(Int.self))
        let end = SourcePosition(line: try container.decode(Int.self), column: try container.decode(Int.self))
        self.init(start: start, end: end)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start.line)
        try container.encode(start.column)
        try container.encode(end.line)
        try container.encode(end.column)
    }
}
