import AlignModel

/// Gathers the text of one block scalar by scalar, collapsing runs of white space (line breaks,
/// NBSP, tabs) to one plain space, each scalar with its place in the source (a source index, or a
/// position the reader gives; none for text not in the source, such as a join). One rule places
/// the text: an anchor wherever a scalar's place does not follow on from the previous scalar's on
/// its line (the start, a new line, after an entity or a tag). Text that follows on needs no
/// anchor, so a run of plain ASCII is copied as bytes.
struct BlockBuilder {
    private var utf8: [UInt8] = []
    private var anchors: [PositionAnchor] = []
    /// The place a scalar has when it follows on from the last one written; nil when none can
    /// (that one had no place, or was a line break).
    private var following: SourcePlace?
    /// A collapsed run of white space not yet written (written only if more text follows): where
    /// its first scalar is, and what follows on from that one.
    private var pendingSpace: (place: SourcePlace?, following: SourcePlace?)?
    /// Makes the anchors' source indexes lines and columns.
    private let lines: LineTable?
    /// Set when positions are approximate: every scalar maps to this one place.
    private let approximatePosition: SourcePosition?
    private(set) var hasExactPositions: Bool

    init(lines: LineTable? = nil, approximateAt position: SourcePosition? = nil) {
        self.lines = lines
        approximatePosition = position
        hasExactPositions = position == nil
    }

    var isEmpty: Bool { utf8.isEmpty }

    /// Empties the builder for another block, as if it were new, keeping the room of its text:
    /// a walker builds its blocks one after another in one builder.
    mutating func clear() {
        utf8.removeAll(keepingCapacity: true)
        anchors.removeAll(keepingCapacity: true)
        following = nil
        pendingSpace = nil
        hasExactPositions = approximatePosition == nil
    }

    /// Room for `scalars` more scalars of mostly one-byte text.
    mutating func reserveCapacity(_ scalars: Int) { utf8.reserveCapacity(utf8.count + scalars) }

    /// Marks the block's positions as approximate (some text could not be located exactly).
    mutating func markInexact() { hasExactPositions = false }

    /// Adds one scalar found at `place` in the source (nil: not in the source).
    mutating func append(_ scalar: Unicode.Scalar, at place: SourcePlace?) {
        if TextScalars.isSpace(scalar) {
            if !utf8.isEmpty, pendingSpace == nil { pendingSpace = (place, Self.place(after: scalar, at: place)) }
            return
        }
        if let space = pendingSpace {
            pendingSpace = nil
            write(" ", at: space.place, following: space.following)
        }
        write(scalar, at: place, following: place?.advanced(by: 1))
    }

    /// A break between pieces of text that reads as a space (a joined line, a `<br>`).
    mutating func appendSpace() { append(" ", at: nil) }

    /// Adds `scalars`, found side by side in the source (on one line, for a reader's position),
    /// the first at `place`.
    mutating func append(_ scalars: ArraySlice<Unicode.Scalar>, from place: SourcePlace) {
        scalars.withUnsafeBufferPointer { append($0, verbatimFrom: place) }
    }

    /// `append(_:from:)`: each stretch that follows on (plain ASCII and single spaces between, no
    /// line break) is written as bytes, with no place compared per scalar; the rest goes scalar
    /// by scalar. A reader's position runs on past a line break as a source index does not, and
    /// `append(_:at:)` decides that scalar.
    private mutating func append(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, verbatimFrom first: SourcePlace) {
        var start = 0
        while start < scalars.count {
            var end = start
            if pendingSpace == nil, let following, following == first.advanced(by: start) {
                while end < scalars.count {
                    let scalar = scalars[end]
                    if Self.isPlainASCII(scalar) {
                        end += 1
                    } else if TextScalars.isSpace(scalar), !Self.isLineBreak(scalar), end + 1 < scalars.count, Self.isPlainASCII(scalars[end + 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
            }
            if end > start {
                for scalar in scalars[start..<end] { utf8.append(Self.isPlainASCII(scalar) ? UInt8(truncatingIfNeeded: scalar.value) : 0x20) }
                following = first.advanced(by: end)
                start = end
            } else {
                append(scalars[start], at: first.advanced(by: start))
                start += 1
            }
        }
    }

    /// Adds ASCII bytes found side by side in the source from index `first`: what `append(_:from:)`
    /// adds for their scalars, each stretch that follows on copied whole.
    mutating func append(_ bytes: ArraySlice<UInt8>, verbatimFrom first: Int) {
        bytes.withUnsafeBufferPointer { append(ascii: $0, verbatimFrom: first) }
    }

    /// Adds a located text node, each scalar where `SourceAligner` found it.
    mutating func append(_ scalars: [Unicode.Scalar], at found: SourceAligner.Found) {
        switch found {
        case .verbatim(let first):
            scalars.withUnsafeBufferPointer { append($0, verbatimFromIndex: first) }
        case .decoded(let indexes):
            scalars.withUnsafeBufferPointer { scalars in
                indexes.withUnsafeBufferPointer { indexes in append(scalars) { indexes[$0] } }
            }
        }
    }

    /// `append(_:index:)` for scalars found as they are from source index `first` (every text
    /// node of a file that is not all ASCII): each stretch that follows on is found in one tight
    /// pass and written in another, not a scalar's place compared and a byte appended per scalar.
    private mutating func append(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, verbatimFromIndex first: Int) {
        var start = 0
        while start < scalars.count {
            var end = start
            if pendingSpace == nil, case .index(let next)? = following, next == first + start {
                // The stretch `followingWords` finds: every index follows on here.
                while end < scalars.count {
                    let scalar = scalars[end]
                    if Self.isPlainASCII(scalar) {
                        end &+= 1
                    } else if TextScalars.isSpace(scalar), !Self.isLineBreak(scalar), end &+ 1 < scalars.count, Self.isPlainASCII(scalars[end &+ 1]) {
                        end &+= 2
                    } else {
                        break
                    }
                }
            }
            if end > start {
                // Plain ASCII and single spaces between: room made, then every byte written in it.
                let written = utf8.count
                utf8.append(contentsOf: repeatElement(0x20, count: end - start))
                utf8.withUnsafeMutableBufferPointer { bytes in
                    for offset in 0..<(end - start) {
                        let scalar = scalars[start &+ offset]
                        bytes[written &+ offset] = Self.isPlainASCII(scalar) ? UInt8(truncatingIfNeeded: scalar.value) : 0x20
                    }
                }
                following = .index(first + end)
                start = end
            } else {
                append(scalars[start], at: .index(first + start))
                start += 1
            }
        }
    }

    /// Adds a located text node as the parser handed it over: ASCII bytes as bytes.
    mutating func append(_ text: ParsedText, at found: SourceAligner.Found) {
        guard case .ascii(let bytes) = text else { return append(text.scalars, at: found) }
        bytes.withUnsafeBufferPointer { append(ascii: $0, at: found) }
    }

    /// `append(_:at:)` for ASCII bytes where the parser holds them.
    mutating func append(ascii bytes: UnsafeBufferPointer<UInt8>, at found: SourceAligner.Found) {
        switch found {
        case .verbatim(let first):
            append(ascii: bytes, verbatimFrom: first)
        case .decoded(let indexes):
            indexes.withUnsafeBufferPointer { indexes in append(ascii: bytes) { indexes[$0] } }
        }
    }

    /// `append(_:index:)` for ASCII bytes: the same stretches that follow on, copied as they are.
    @inline(__always)
    private mutating func append(ascii bytes: UnsafeBufferPointer<UInt8>, index: (Int) -> Int) {
        var start = 0
        while start < bytes.count {
            let end = followingWords(ascii: bytes, from: start, index: index)
            if end > start {
                for byte in bytes[start..<end] { utf8.append(WhiteSpace.isSpace(byte) ? 0x20 : byte) }
                following = .index(index(end - 1) + 1)
                start = end
            } else {
                append(Unicode.Scalar(bytes[start]), at: .index(index(start)))
                start += 1
            }
        }
    }

    /// `append(ascii:index:)` for bytes found as they are from source index `first`: each
    /// stretch that follows on is copied whole, its single tabs made spaces after.
    private mutating func append(ascii bytes: UnsafeBufferPointer<UInt8>, verbatimFrom first: Int) {
        var start = 0
        while start < bytes.count {
            var end = start
            var hasOtherSpace = false
            if pendingSpace == nil, case .index(let next)? = following, next == first + start, let base = bytes.baseAddress {
                // The stretch `followingWords` finds: every index follows on here. Eight bytes
                // of words and single spaces are taken at once, as long as they come.
                let words = UnsafeRawPointer(base)
                while end < bytes.count {
                    while end &+ 8 <= bytes.count, ByteWords.isPlainWithSingleSpaces(words.loadUnaligned(fromByteOffset: end, as: UInt64.self)) {
                        end &+= 8
                    }
                    guard end < bytes.count else { break }
                    let byte = bytes[end]
                    if !WhiteSpace.isSpace(byte) {
                        end += 1
                    } else if byte != 0x0A, byte != 0x0D, end + 1 < bytes.count, !WhiteSpace.isSpace(bytes[end + 1]) {
                        if byte != 0x20 { hasOtherSpace = true }
                        end += 2
                    } else {
                        break
                    }
                }
            }
            if end > start {
                let written = utf8.count
                utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                if hasOtherSpace {
                    for offset in written..<utf8.count where WhiteSpace.isSpace(utf8[offset]) { utf8[offset] = 0x20 }
                }
                following = .index(first + end)
                start = end
            } else {
                append(Unicode.Scalar(bytes[start]), at: .index(first + start))
                start += 1
            }
        }
    }

    /// `followingWords` for ASCII bytes.
    @inline(__always)
    private func followingWords(ascii bytes: UnsafeBufferPointer<UInt8>, from start: Int, index: (Int) -> Int) -> Int {
        guard pendingSpace == nil, case .index(let next)? = following else { return start }
        var end = start
        while end < bytes.count, index(end) == next + (end - start) {
            let byte = bytes[end]
            if !WhiteSpace.isSpace(byte) {
                end += 1
            } else if byte != 0x0A, byte != 0x0D, end + 1 < bytes.count, index(end + 1) == index(end) + 1, !WhiteSpace.isSpace(bytes[end + 1]) {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// Adds `scalars`, the one at each offset found at source index `index(offset)`.
    @inline(__always)
    private mutating func append(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, index: (Int) -> Int) {
        var start = 0
        while start < scalars.count {
            let end = followingWords(scalars, from: start, index: index)
            if end > start {
                // Plain ASCII and single spaces between such: a space is written as one
                // anyway, and these follow on, so only their bytes are new.
                for scalar in scalars[start..<end] { utf8.append(Self.isPlainASCII(scalar) ? UInt8(truncatingIfNeeded: scalar.value) : 0x20) }
                following = .index(index(end - 1) + 1)
                start = end
            } else {
                append(scalars[start], at: .index(index(start)))
                start += 1
            }
        }
    }

    /// Where the stretch from `start` ends that follows on from the last scalar written, on its
    /// line: plain ASCII words and single white space scalars (not line breaks) between them.
    @inline(__always)
    private func followingWords(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, index: (Int) -> Int) -> Int {
        guard pendingSpace == nil, case .index(let next)? = following else { return start }
        var end = start
        while end < scalars.count, index(end) == next + (end - start) {
            let scalar = scalars[end]
            if Self.isPlainASCII(scalar) {
                end += 1
            } else if TextScalars.isSpace(scalar), !Self.isLineBreak(scalar), end + 1 < scalars.count,
                      index(end + 1) == index(end) + 1, Self.isPlainASCII(scalars[end + 1]) {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// ASCII that is not white space: written as it is, never collapsed.
    static func isPlainASCII(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x80 && value != 0x20 && !(0x09...0x0D).contains(value)
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool { scalar.value == 0x0A || scalar.value == 0x0D }

    /// What follows on from `scalar` at `place`, on its line. After a line break in a source
    /// text the next scalar starts the next line: nothing follows on. A reader's position says
    /// its line itself.
    private static func place(after scalar: Unicode.Scalar, at place: SourcePlace?) -> SourcePlace? {
        if case .index = place, isLineBreak(scalar) { return nil }
        return place?.advanced(by: 1)
    }

    private mutating func write(_ scalar: Unicode.Scalar, at place: SourcePlace?, following next: SourcePlace?) {
        if let approximate = approximatePosition {
            if anchors.isEmpty { anchors.append(PositionAnchor(offset: 0, position: approximate)) }
        } else if let place, place != following {
            // Any place written before left an anchor, so a first place never follows.
            anchors.append(PositionAnchor(offset: utf8.count, place: place))
        }
        following = next
        if scalar.isASCII {
            utf8.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8Encoding.append(scalar, to: &utf8)
        }
    }

    /// The opening label of the text gathered so far (`OpeningLabel.of` its text): a walker
    /// decides whether to keep a block before it is made.
    var openingLabel: String? { utf8.withUnsafeBufferPointer(OpeningLabel.of(utf8:)) }

    /// The block, or nil when no text was gathered.
    func build(kind: BlockKind, isBoilerplate: Bool = false, speaker: String? = nil, context: BlockContext = .none) -> Block? {
        guard !utf8.isEmpty else { return nil }
        var anchors = self.anchors
        var exact = hasExactPositions
        if anchors.first?.offset != 0 {
            // Text with no known place at its start: borrow the first known one, flagged.
            let first = anchors.first?.place ?? .position(SourcePosition(line: 1, column: 1))
            anchors.insert(PositionAnchor(offset: 0, place: first), at: 0)
            exact = false
        }
        return Block(
            kind: kind, text: String(decoding: utf8, as: UTF8.self), anchors: anchors, lines: lines,
            isBoilerplate: isBoilerplate, hasExactPositions: exact, speaker: speaker, context: context)
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
