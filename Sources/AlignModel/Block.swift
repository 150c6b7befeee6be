/// What a block of text was in its document. Readers choose the kind; rules may look at it
/// (a greeting is the first body block of an email), never at the file format behind it.
public enum BlockKind: String, Hashable, Sendable, Codable {
    case title
    case metaDescription
    case heading
    case paragraph
    case listItem
    case tableCell
    case altText
    case titleAttribute
    case linkText
    case buttonText
    case speakerTurn
    case emailSubject
    case emailBody
    case quote
    /// Inline code: a name written as code (a channel, a label, a flag), kept apart from prose.
    case code
    /// Where a link points: an address, kept apart from prose.
    case linkTarget
}

/// Where a scalar of a block sits in its document.
public enum SourcePlace: Hashable, Sendable, Codable {
    /// A scalar index into the document's source text: its line and column are worked out from
    /// the block's line table only when a position is asked for.
    case index(Int)
    /// A line and column the reader gives, for text read from no source text (an Office
    /// paragraph, a decoded header) or placed approximately.
    case position(SourcePosition)

    /// The place `count` scalars further on, on the same line.
    public func advanced(by count: Int) -> SourcePlace {
        switch self {
        case .index(let index): return .index(index + count)
        case .position(let position): return .position(SourcePosition(line: position.line, column: position.column + count))
        }
    }
}

/// Ties an offset in a block's text to the place in the original file where that text starts.
/// Scalars after the anchor, up to the next anchor, follow it on the same line one column each.
public struct PositionAnchor: Hashable, Sendable, Codable {
    /// UTF-8 offset into `Block.text`.
    public var offset: Int
    public var place: SourcePlace

    public init(offset: Int, place: SourcePlace) {
        self.offset = offset
        self.place = place
    }

    public init(offset: Int, position: SourcePosition) {
        self.init(offset: offset, place: .position(position))
    }
}

/// One run of text a reader took from a document (a heading, a paragraph, a speaker turn...),
/// with enough anchors to map every character back to its line and column.
public struct Block: Hashable, Sendable {
    public var kind: BlockKind
    public var text: String
    /// Sorted by offset; the first has offset 0.
    public var anchors: [PositionAnchor]
    /// Turns the anchors' source indexes into lines and columns (nil when no anchor has one).
    public var lines: LineTable?
    /// Site chrome (nav, header, footer): the same text on every page, reported once per corpus.
    public var isBoilerplate: Bool
    /// False where positions are approximate (a decoded email part): a fix must not edit there.
    public var hasExactPositions: Bool
    /// The speaker of a script turn, when there is one.
    public var speaker: String?
    /// What the block is about, from where it sits (headings, table headers, list, label).
    public var context: BlockContext

    public init(
        kind: BlockKind, text: String, anchors: [PositionAnchor], lines: LineTable? = nil,
        isBoilerplate: Bool = false, hasExactPositions: Bool = true, speaker: String? = nil,
        context: BlockContext = .none
    ) {
        self.kind = kind
        self.text = text
        let given = anchors.isEmpty ? [PositionAnchor(offset: 0, position: SourcePosition(line: 1, column: 1))] : anchors
        self.anchors = hasExactPositions ? Block.densified(given, text: text) : given
        self.lines = lines
        self.isBoilerplate = isBoilerplate
        self.hasExactPositions = hasExactPositions
        self.speaker = speaker
        self.context = context
    }

    /// Anchors at least every `spacing` bytes: a position is counted from the nearest anchor,
    /// so a minified page with one anchor per long line would cost a scan of the line for every
    /// finding on it.
    static func densified(_ anchors: [PositionAnchor], text: String, spacing: Int = 1024) -> [PositionAnchor] {
        let utf8 = text.utf8
        guard utf8.count > 2 * spacing else { return anchors }
        var result: [PositionAnchor] = []
        result.reserveCapacity(anchors.count + utf8.count / spacing)
        let bytes = Array(utf8)
        for (index, anchor) in anchors.enumerated() {
            result.append(anchor)
            let end = min(index + 1 < anchors.count ? anchors[index + 1].offset : bytes.count, bytes.count)
            guard end - anchor.offset > 2 * spacing else { continue }
            var scalars = 0
            var offset = anchor.offset
            var sinceLast = 0
            while offset < end {
                if bytes[offset] & 0xC0 != 0x80 {
                    if sinceLast >= spacing, end - offset > spacing {
                        result.append(PositionAnchor(offset: offset, place: anchor.place.advanced(by: scalars)))
                        sinceLast = 0
                    }
                    scalars += 1
                }
                offset += 1
                sinceLast += 1
            }
        }
        return result
    }

    /// The source position of the scalar that starts at UTF-8 `offset` in `text`.
    public func position(atUTF8Offset offset: Int) -> SourcePosition {
        var low = 0
        var high = anchors.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if anchors[mid].offset <= offset { low = mid } else { high = mid - 1 }
        }
        let anchor = anchors[low]
        let start = position(of: anchor)
        guard offset > anchor.offset, hasExactPositions else { return start }
        // Rules ask for a position per finding: count on the bytes, not through String indexes.
        if let scalars = text.utf8.withContiguousStorageIfAvailable({ bytes in
            var scalars = 0
            for byte in bytes[anchor.offset..<min(offset, bytes.count)] where byte & 0xC0 != 0x80 { scalars += 1 }
            return scalars
        }) {
            return SourcePosition(line: start.line, column: start.column + scalars)
        }
        let utf8 = text.utf8
        let end = min(offset, utf8.count)
        var scalars = 0
        var index = utf8.index(utf8.startIndex, offsetBy: anchor.offset)
        let stop = utf8.index(utf8.startIndex, offsetBy: end)
        while index < stop {
            // Count lead bytes only: one per Unicode scalar.
            if utf8[index] & 0xC0 != 0x80 { scalars += 1 }
            utf8.formIndex(after: &index)
        }
        return SourcePosition(line: start.line, column: start.column + scalars)
    }

    /// The source position of `anchor`, one of this block's. Scalars after it are counted on its
    /// line: the block's text never runs on from one source line to the next without an anchor,
    /// so a span that ends after a line's last scalar ends on that line.
    public func position(of anchor: PositionAnchor) -> SourcePosition {
        switch anchor.place {
        case .position(let position): return position
        case .index(let index):
            // Readers give a table with every index; none would be a reader's bug: line 1, not a crash.
            return lines?.position(of: index) ?? SourcePosition(line: 1, column: index + 1)
        }
    }

    /// The source span of the UTF-8 range `range` of `text`.
    public func span(ofUTF8 range: Range<Int>) -> SourceSpan {
        SourceSpan(start: position(atUTF8Offset: range.lowerBound), end: position(atUTF8Offset: range.upperBound))
    }
}
