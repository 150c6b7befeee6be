import AlignModel

/// Gathers the text of one block scalar by scalar, collapsing runs of white space (line breaks,
/// NBSP, tabs) to one plain space, and adds an anchor wherever the source position stops
/// following on from the previous scalar: the start, a new line, after an entity or a tag.
struct BlockBuilder {
    private var utf8: [UInt8] = []
    private var anchors: [PositionAnchor] = []
    /// Where a scalar follows on from the last one written (the next column of its line);
    /// line `Int.min` when the last one had no position, so that nothing follows it.
    private var followingLine = Int.min
    private var followingColumn = 0
    /// A collapsed run of white space not yet written: written only if more text follows.
    private var pendingSpace: SourcePosition??
    /// Set when positions are approximate: every scalar maps to this one place.
    private let approximatePosition: SourcePosition?
    private(set) var hasExactPositions: Bool

    init(approximateAt position: SourcePosition? = nil) {
        approximatePosition = position
        hasExactPositions = position == nil
    }

    var isEmpty: Bool { utf8.isEmpty }

    /// Room for `scalars` more scalars of mostly one-byte text.
    mutating func reserveCapacity(_ scalars: Int) { utf8.reserveCapacity(utf8.count + scalars) }

    /// Marks the block's positions as approximate (some text could not be located exactly).
    mutating func markInexact() { hasExactPositions = false }

    /// Adds one scalar found at `position` in the source (nil: not in the source, e.g. a join).
    mutating func append(_ scalar: Unicode.Scalar, at position: SourcePosition?) {
        if TextScalars.isSpace(scalar) {
            if !utf8.isEmpty, pendingSpace == nil { pendingSpace = .some(position) }
            return
        }
        if let space = pendingSpace {
            pendingSpace = nil
            emit(" ", at: space)
        }
        emit(scalar, at: position)
    }

    /// A break between pieces of text that reads as a space (a joined line, a `<br>`).
    mutating func appendSpace() {
        if !utf8.isEmpty, pendingSpace == nil { pendingSpace = .some(nil) }
    }

    /// Adds `scalars`, found side by side on one line of the source, the first at `position`:
    /// a run of plain ASCII after a written scalar follows on from it, so it is copied as bytes
    /// with no position work per scalar (this is most of every email and script line).
    mutating func append(_ scalars: ArraySlice<Unicode.Scalar>, from position: SourcePosition) {
        scalars.withUnsafeBufferPointer { scalars in
            var index = 0
            var column = position.column
            while index < scalars.count {
                let scalar = scalars[index]
                append(scalar, at: SourcePosition(line: position.line, column: column))
                index += 1
                column += 1
                guard !TextScalars.isSpace(scalar) else { continue }
                let start = index
                while index < scalars.count, Self.isPlainASCII(scalars[index]) {
                    utf8.append(UInt8(truncatingIfNeeded: scalars[index].value))
                    index += 1
                }
                column += index - start
                followingColumn = column
            }
        }
    }

    /// Adds `scalar`, which is not a space and sits in the source just after the last scalar
    /// added, on its line, when that one was not a space either: only its bytes are new.
    mutating func appendFollowing(_ scalar: Unicode.Scalar) {
        followingColumn += 1
        if scalar.isASCII {
            utf8.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8Encoding.append(scalar, to: &utf8)
        }
    }

    /// Adds `scalars`, side by side in the source and following on from the last scalar added as
    /// `appendFollowing(_:)` says: plain ASCII (see `isPlainASCII`) and single white space scalars
    /// between two such, which collapse to one space anyway: their bytes in one go.
    mutating func appendFollowing(words scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        followingColumn += scalars.count
        for scalar in scalars { utf8.append(Self.isPlainASCII(scalar) ? UInt8(truncatingIfNeeded: scalar.value) : 0x20) }
    }

    /// ASCII that is not white space: written as it is, never collapsed.
    static func isPlainASCII(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x80 && value != 0x20 && !(0x09...0x0D).contains(value)
    }

    private mutating func emit(_ scalar: Unicode.Scalar, at position: SourcePosition?) {
        if let approximate = approximatePosition {
            if anchors.isEmpty { anchors.append(PositionAnchor(offset: 0, position: approximate)) }
        } else if let position, position.line != followingLine || position.column != followingColumn {
            // Any position written before left an anchor, so a first position never follows.
            anchors.append(PositionAnchor(offset: utf8.count, position: position))
        }
        if let position {
            followingLine = position.line
            followingColumn = position.column + 1
        } else {
            followingLine = Int.min
        }
        if scalar.isASCII {
            utf8.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8Encoding.append(scalar, to: &utf8)
        }
    }

    /// The block, or nil when no text was gathered.
    func build(kind: BlockKind, isBoilerplate: Bool = false, speaker: String? = nil) -> Block? {
        guard !utf8.isEmpty else { return nil }
        var anchors = self.anchors
        var exact = hasExactPositions
        if anchors.first?.offset != 0 {
            // Text with no known position at its start: borrow the first known one, flagged.
            let first = anchors.first?.position ?? SourcePosition(line: 1, column: 1)
            anchors.insert(PositionAnchor(offset: 0, position: first), at: 0)
            exact = false
        }
        return Block(
            kind: kind, text: String(decoding: utf8, as: UTF8.self), anchors: anchors,
            isBoilerplate: isBoilerplate, hasExactPositions: exact, speaker: speaker)
    }
}

enum UTF8Encoding {
    static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (value >> 12)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (value >> 18)))
            bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    static func bytes(_ scalars: some Sequence<Unicode.Scalar>) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in scalars { append(scalar, to: &bytes) }
        return bytes
    }
}
