import AlignModel

/// Finds where a parser's decoded text came from in the raw source, so that every scalar of it
/// gets its own line and column. The parsers (libxml2, cmark) decide what the text is; this only
/// walks the source forward from a cursor, undoing what they decoded: character references
/// (`&amp;` is 5 source scalars for 1 text scalar), backslash escapes, line endings.
struct SourceAligner {
    struct Syntax: Sendable {
        /// Decodes `&name;` (without `&` and `;`) to its scalars, or nil for an unknown name.
        var namedReference: @Sendable (String) -> [Unicode.Scalar]?
        /// Markdown: `\*` stands for `*`.
        var backslashEscapes: Bool
    }

    /// Where a parser's text is in the source.
    enum Found: Equatable {
        /// As it is, scalar for scalar from this index (most text): one index for all of it.
        case verbatim(from: Int)
        /// Each text scalar's own index, where the parser decoded something (`&amp;`, `\*`, CRLF).
        case decoded([Int])

        /// The index of each of `count` text scalars.
        func indexes(count: Int) -> [Int] {
            switch self {
            case .verbatim(let start): Array(start..<(start + count))
            case .decoded(let indexes): indexes
            }
        }
    }

    let source: SourceText
    let syntax: Syntax
    /// The source's bytes when it is ASCII, byte for scalar, and the parser read them: ASCII
    /// text is then looked for as bytes. Nil for any other source.
    let asciiSource: [UInt8]?
    /// The source's UTF-8 when it is not ASCII, was UTF-8 and the parser read it: ASCII text is
    /// looked for in its bytes too, and found at scalar indexes. Nil for any other source.
    let utf8Source: UTF8Map?
    /// Nothing before it is searched again: parsers give text in source order.
    private(set) var cursor = 0
    private var failures = 0

    /// `readsASCII`: the parser read the source's own UTF-8, so that its ASCII text can be
    /// looked for as bytes when the source is ASCII or held as UTF-8.
    init(source: SourceText, syntax: Syntax, readsASCII: Bool = false) {
        self.source = source
        self.syntax = syntax
        asciiSource = readsASCII ? source.ascii : nil
        utf8Source = readsASCII ? source.utf8 : nil
    }

    /// Whether ASCII text can be looked for as bytes: `ParsedText` keeps such text as bytes.
    var readsASCII: Bool { asciiSource != nil || utf8Source != nil }

    /// The bytes of `range`, a stretch of the source found to be ASCII text as it is.
    func bytes(ofASCII range: Range<Int>) -> ArraySlice<UInt8> {
        if let asciiSource { return asciiSource[range] }
        guard let utf8Source else { return ArraySlice(source.utf8(in: range)) }
        let start = utf8Source.byteOffset(ofScalar: range.lowerBound)
        return utf8Source.bytes[start..<(start + range.count)]
    }

    /// `locate` for a parser's text as it was handed over: ASCII bytes are compared as bytes
    /// with an ASCII source, where a byte is a scalar at the same index, or a UTF-8 one, and
    /// found as `locate` finds them.
    mutating func locate(_ text: ParsedText, startingByLine latestLine: Int, from start: Int? = nil) -> Found? {
        guard case .ascii(let bytes) = text, readsASCII else {
            return locate(text.scalars, startingByLine: latestLine, from: start)
        }
        return bytes.withUnsafeBufferPointer { locate(ascii: $0, startingByLine: latestLine, from: start) }
    }

    /// `locate` for ASCII bytes where they are (a parser's buffer): as `locate` finds them held
    /// as `ParsedText`, in an ASCII or UTF-8 source as bytes, in any other scalar by scalar.
    mutating func locate(ascii bytes: UnsafeBufferPointer<UInt8>, startingByLine latestLine: Int, from start: Int? = nil) -> Found? {
        guard let asciiSource else {
            if let utf8Source { return locate(ascii: bytes, inUTF8: utf8Source, startingByLine: latestLine, from: start) }
            return locate(bytes.map { Unicode.Scalar($0) }, startingByLine: latestLine, from: start)
        }
        guard let first = bytes.first else { return .decoded([]) }
        let from = start ?? cursor
        let reach = failures < 64 ? 1 << 20 : 1 << 12
        let limit = min(source.end(ofLine: latestLine) + 1, source.count, from + reach)
        // The bytes a match can start on (`couldStart`): the first, `&`, a line break for a line
        // break, `\\` where it escapes. Unused places repeat the first.
        let lineBreak = Self.isLineBreak(first)
        let starts = [first, 0x26, lineBreak ? 0x0A : first, lineBreak ? 0x0D : first, syntax.backslashEscapes ? 0x5C : first]
        let found: (Found, Int)? = asciiSource.withUnsafeBufferPointer { source in
            var index = from
            while index < limit {
                // Eight bytes with none of those are passed over at once: most of a page
                // between two text nodes is markup.
                if index + 8 <= limit, !Self.holdsAny(of: starts, in: UnsafeRawPointer(source.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = source[index]
                if starts.contains(byte), let match = match(ascii: bytes, in: source, at: index) {
                    return match
                }
                index += 1
            }
            return nil
        }
        return settle(found, from: start)
    }

    /// A search's result: a failure counted (the reach narrows after many), a find from the
    /// cursor moving it past what was found.
    private mutating func settle(_ found: (Found, Int)?, from start: Int?) -> Found? {
        guard let (result, end) = found else {
            failures += 1
            return nil
        }
        if start == nil { cursor = end }
        return result
    }

    /// `locate(ascii:)` in a UTF-8 source: the same places tried in the same order, on bytes
    /// between the byte offsets of the scalar bounds (an ASCII byte is never part of a wider
    /// scalar, and none of the bytes a match starts on is wider), each found at its scalar index.
    private mutating func locate(ascii bytes: UnsafeBufferPointer<UInt8>, inUTF8 map: UTF8Map, startingByLine latestLine: Int, from start: Int?) -> Found? {
        guard let first = bytes.first else { return .decoded([]) }
        let from = start ?? cursor
        let reach = failures < 64 ? 1 << 20 : 1 << 12
        let limit = min(source.end(ofLine: latestLine) + 1, source.count, from + reach)
        guard from < limit else {
            failures += 1
            return nil
        }
        let byteLimit = map.byteOffset(ofScalar: limit)
        let lineBreak = Self.isLineBreak(first)
        let starts = [first, 0x26, lineBreak ? 0x0A : first, lineBreak ? 0x0D : first, syntax.backslashEscapes ? 0x5C : first]
        let found: (Found, Int)? = map.bytes.withUnsafeBufferPointer { source in
            var index = map.byteOffset(ofScalar: from)
            while index < byteLimit {
                if index + 8 <= byteLimit, !Self.holdsAny(of: starts, in: UnsafeRawPointer(source.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = source[index]
                if starts.contains(byte), let match = match(ascii: bytes, inUTF8: source, at: index, map: map) {
                    return match
                }
                index += 1
            }
            return nil
        }
        return settle(found, from: start)
    }

    /// `match(ascii:in:at:)` in a UTF-8 source at byte `start`: the bytes there as they are are
    /// the same scalars (ASCII), and past them the scalar match decides, at scalar indexes.
    private func match(ascii text: UnsafeBufferPointer<UInt8>, inUTF8 source: UnsafeBufferPointer<UInt8>, at start: Int, map: UTF8Map) -> (Found, Int)? {
        let same = Self.verbatimPrefix(of: text, in: source, at: start)
        let scalarStart = map.scalarIndex(ofByte: start)
        if same == text.count { return (.verbatim(from: scalarStart), scalarStart + same) }
        // A wider scalar's lead byte is none of the bytes `mayDecode` takes, as the scalar is not.
        guard start + same < source.count, mayDecode(Unicode.Scalar(source[start + same]), as: Unicode.Scalar(text[same])) else { return nil }
        return decodedMatch(text.map { Unicode.Scalar($0) }, at: scalarStart, resumingAfter: same).map { (.decoded($0.indexes), $0.end) }
    }

    /// `match` on bytes: past the bytes that are there as they are, the scalar match decides.
    private func match(ascii text: UnsafeBufferPointer<UInt8>, in source: UnsafeBufferPointer<UInt8>, at start: Int) -> (Found, Int)? {
        let same = Self.verbatimPrefix(of: text, in: source, at: start)
        if same == text.count { return (.verbatim(from: start), start + same) }
        guard start + same < source.count, mayDecode(Unicode.Scalar(source[start + same]), as: Unicode.Scalar(text[same])) else { return nil }
        return decodedMatch(text.map { Unicode.Scalar($0) }, at: start, resumingAfter: same).map { (.decoded($0.indexes), $0.end) }
    }

    /// How many bytes of `text` stand in `source` at `start` as they are: the same bytes, none an
    /// `&` (a reference may decode to it) or a CR. Eight bytes at a time while they are.
    private static func verbatimPrefix(of text: UnsafeBufferPointer<UInt8>, in source: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        let available = min(text.count, source.count - start)
        var same = 0
        if let textBase = text.baseAddress, let sourceBase = source.baseAddress {
            while same + 8 <= available {
                let word = UnsafeRawPointer(textBase).loadUnaligned(fromByteOffset: same, as: UInt64.self)
                guard word == UnsafeRawPointer(sourceBase).loadUnaligned(fromByteOffset: start + same, as: UInt64.self),
                      !holdsAny(of: 0x26, 0x0D, in: word) else { break }
                same += 8
            }
        }
        while same < available {
            let byte = text[same]
            guard source[start + same] == byte, byte != 0x26, byte != 0x0D else { break }
            same += 1
        }
        return same
    }

    private static func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    @inline(__always)
    private static func holdsAny(of first: UInt8, _ second: UInt8, in word: UInt64) -> Bool {
        let a = word ^ (UInt64(first) &* 0x0101_0101_0101_0101)
        let b = word ^ (UInt64(second) &* 0x0101_0101_0101_0101)
        return ((a &- 0x0101_0101_0101_0101) & ~a | (b &- 0x0101_0101_0101_0101) & ~b) & 0x8080_8080_8080_8080 != 0
    }

    /// Whether any of the eight bytes of `word` is one of `bytes` (the zero-byte test on each
    /// byte's difference: it may also flag a byte after a true one, never a word without one).
    @inline(__always)
    private static func holdsAny(of bytes: [UInt8], in word: UInt64) -> Bool {
        var found: UInt64 = 0
        for byte in bytes {
            let difference = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
            found |= (difference &- 0x0101_0101_0101_0101) & ~difference
        }
        return found & 0x8080_8080_8080_8080 != 0
    }

    mutating func move(to index: Int) { cursor = max(cursor, min(index, source.count)) }

    /// Where each scalar of `text` is, searching from the cursor for a match that starts no later
    /// than line `latestLine`. Moves the cursor past the match. Nil when not found.
    mutating func locate(_ text: [Unicode.Scalar], startingByLine latestLine: Int, from start: Int? = nil) -> Found? {
        locate(text, startingByLine: latestLine, from: start, decodingEveryScalar: false)
    }

    /// `locate` matching every scalar one by one, as `match` does only past what is verbatim:
    /// what the tests compare it with.
    mutating func locateDecoding(_ text: [Unicode.Scalar], startingByLine latestLine: Int, from start: Int? = nil) -> Found? {
        locate(text, startingByLine: latestLine, from: start, decodingEveryScalar: true)
    }

    private mutating func locate(_ text: [Unicode.Scalar], startingByLine latestLine: Int, from start: Int?, decodingEveryScalar: Bool) -> Found? {
        guard let first = text.first else { return .decoded([]) }
        let from = start ?? cursor
        // After many misses, look only nearby: a file the parser reads unlike us must not make
        // every search scan the rest of the file.
        let reach = failures < 64 ? 1 << 20 : 1 << 12
        let limit = min(source.end(ofLine: latestLine) + 1, source.count, from + reach)
        var index = from
        while index < limit {
            if couldStart(first, at: index), let (found, end) = decodingEveryScalar
                ? decodedMatch(text, at: index).map({ (Found.decoded($0.indexes), $0.end) }) : match(text, at: index) {
                if start == nil { cursor = end }
                return found
            }
            index += 1
        }
        failures += 1
        return nil
    }

    /// The start tag `<name ...>` beginning at or after the cursor and no later than `latestLine`:
    /// the range from `<` to just after `>`. Does not move the cursor.
    func findStartTag(_ name: some Sequence<Unicode.Scalar>, startingByLine latestLine: Int, endLine: Int?) -> Range<Int>? {
        // A tag follows the text before it closely; an implied element (no tag) must not scan far.
        let limit = min(source.end(ofLine: latestLine) + 1, source.count, cursor + (1 << 16))
        // From `<` to `<`, then the name matched in place: this runs for every element of a page.
        var index = source.firstIndex(of: "<", from: cursor, before: limit)
        while index < limit {
            if let after = literal(name, at: index + 1), after == source.count || Self.endsTagName(source[after]) {
                let end = tagEnd(from: after)
                // libxml2 dates an element at the end of its start tag; an implied element
                // (no tag in the source) must not take a later real tag.
                if let line = endLine, !source.isOnLine(line, index: max(end - 1, 0)) { return nil }
                return index..<end
            }
            index = source.firstIndex(of: "<", from: index + 1, before: limit)
        }
        return nil
    }

    /// `findStartTag` for a name's bytes, each the scalar of its value. On an ASCII source the
    /// name is compared with the source's bytes in place: this runs for every element of a page.
    func findStartTag(bytes name: UnsafeBufferPointer<UInt8>, startingByLine latestLine: Int, endLine: Int?) -> Range<Int>? {
        guard let ascii = source.ascii else {
            if let utf8 = source.utf8, !name.contains(where: { $0 >= 0x80 }) {
                return findStartTag(bytes: name, inUTF8: utf8, startingByLine: latestLine, endLine: endLine)
            }
            return findStartTag(name.lazy.map { Unicode.Scalar($0) }, startingByLine: latestLine, endLine: endLine)
        }
        let limit = min(source.end(ofLine: latestLine) + 1, source.count, cursor + (1 << 16))
        return ascii.withUnsafeBufferPointer { bytes -> Range<Int>? in
            var index = ByteWords.offset(of: UInt8(ascii: "<"), in: bytes, from: cursor, to: limit) ?? limit
            while index < limit {
                if let after = Self.literal(name, in: bytes, at: index + 1),
                   after == bytes.count || WhiteSpace.isSpace(bytes[after]) || bytes[after] == UInt8(ascii: ">") || bytes[after] == UInt8(ascii: "/") {
                    let end = Self.tagEnd(ascii: bytes, from: after)
                    if let line = endLine, !source.isOnLine(line, index: max(end - 1, 0)) { return nil }
                    return index..<end
                }
                index = ByteWords.offset(of: UInt8(ascii: "<"), in: bytes, from: index + 1, to: limit) ?? limit
            }
            return nil
        }
    }

    /// `findStartTag(bytes:)` in a UTF-8 source: the same `<`s tried on its bytes (an ASCII name
    /// is there only where its scalars are), the tag ended on bytes while they are ASCII, and
    /// the range given in scalar indexes.
    private func findStartTag(bytes name: UnsafeBufferPointer<UInt8>, inUTF8 map: UTF8Map, startingByLine latestLine: Int, endLine: Int?) -> Range<Int>? {
        let limit = min(source.end(ofLine: latestLine) + 1, source.count, cursor + (1 << 16))
        guard cursor < limit else { return nil }
        let byteLimit = map.byteOffset(ofScalar: limit)
        return map.bytes.withUnsafeBufferPointer { bytes -> Range<Int>? in
            var index = ByteWords.offset(of: UInt8(ascii: "<"), in: bytes, from: map.byteOffset(ofScalar: cursor), to: byteLimit) ?? byteLimit
            while index < byteLimit {
                if let after = Self.literal(name, in: bytes, at: index + 1) {
                    let endsName: Bool
                    if after == bytes.count {
                        endsName = true
                    } else if bytes[after] < 0x80 {
                        endsName = WhiteSpace.isSpace(bytes[after]) || bytes[after] == UInt8(ascii: ">") || bytes[after] == UInt8(ascii: "/")
                    } else {
                        endsName = TextScalars.isSpace(source[map.scalarIndex(ofByte: after)])
                    }
                    if endsName {
                        let end = tagEnd(utf8: bytes, map: map, from: after)
                        if let line = endLine, !source.isOnLine(line, index: max(end - 1, 0)) { return nil }
                        return map.scalarIndex(ofByte: index)..<end
                    }
                }
                index = ByteWords.offset(of: UInt8(ascii: "<"), in: bytes, from: index + 1, to: byteLimit) ?? byteLimit
            }
            return nil
        }
    }

    /// `tagEnd` from byte `start` of a UTF-8 source, as a scalar index: on its bytes while they
    /// are ASCII (the same steps as on an ASCII source), scalar by scalar from `start` again
    /// once a wider scalar comes (a space that is not ASCII may come before a quote).
    private func tagEnd(utf8 bytes: UnsafeBufferPointer<UInt8>, map: UTF8Map, from start: Int) -> Int {
        var index = start
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 { return tagEndByScalars(from: map.scalarIndex(ofByte: start)) }
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                var back = index - 1
                while back > start, WhiteSpace.isSpace(bytes[back]) { back -= 1 }
                if bytes[back] == UInt8(ascii: "=") { quote = byte }
            } else if byte == UInt8(ascii: ">") {
                return map.scalarIndex(ofByte: index + 1)
            }
            index += 1
            if index - start > 65_536 { return map.scalarIndex(ofByte: index) }
        }
        return source.count
    }

    /// `literal` on bytes: just after `name` at `index` (ASCII letters in either case), or nil.
    private static func literal(_ name: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard index + name.count <= bytes.count else { return nil }
        func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
        for offset in 0..<name.count where lower(bytes[index + offset]) != lower(name[offset]) { return nil }
        return index + name.count
    }

    /// Where an attribute's decoded value is inside a start tag, or nil.
    func findAttribute(_ name: String, value: [Unicode.Scalar], in tag: Range<Int>) -> Found? {
        let prefix = Array(name.unicodeScalars)
        var index = tag.lowerBound + 1
        while index < tag.upperBound {
            guard let after = literal(prefix, at: index), TextScalars.isSpace(source[index - 1]) || source[index - 1] == "\"" || source[index - 1] == "'" else {
                index += 1
                continue
            }
            var valueStart = after
            while valueStart < tag.upperBound, TextScalars.isSpace(source[valueStart]) { valueStart += 1 }
            guard valueStart < tag.upperBound, source[valueStart] == "=" else { index += 1; continue }
            valueStart += 1
            while valueStart < tag.upperBound, TextScalars.isSpace(source[valueStart]) { valueStart += 1 }
            if valueStart < tag.upperBound, source[valueStart] == "\"" || source[valueStart] == "'" { valueStart += 1 }
            if value.isEmpty { return .decoded([]) }
            if let (found, end) = match(value, at: valueStart), end <= tag.upperBound { return found }
            index += 1
        }
        return nil
    }

    /// `findAttribute` for a value as the parser handed it over: ASCII bytes looked for in an
    /// ASCII source's bytes, the same steps; any other value scalar by scalar.
    func findAttribute(_ name: String, value: ParsedText, in tag: Range<Int>) -> Found? {
        guard case .ascii(let text) = value, let asciiSource else {
            return findAttribute(name, value: value.scalars, in: tag)
        }
        var name = name
        return name.withUTF8 { prefix in
            asciiSource.withUnsafeBufferPointer { source in
                text.withUnsafeBufferPointer { text -> Found? in
                    var index = tag.lowerBound + 1
                    while index < tag.upperBound {
                        let before = source[index - 1]
                        guard let after = Self.literal(prefix, in: source, at: index), WhiteSpace.isSpace(before) || before == 0x22 || before == 0x27 else {
                            index += 1
                            continue
                        }
                        var valueStart = after
                        while valueStart < tag.upperBound, WhiteSpace.isSpace(source[valueStart]) { valueStart += 1 }
                        guard valueStart < tag.upperBound, source[valueStart] == UInt8(ascii: "=") else { index += 1; continue }
                        valueStart += 1
                        while valueStart < tag.upperBound, WhiteSpace.isSpace(source[valueStart]) { valueStart += 1 }
                        if valueStart < tag.upperBound, source[valueStart] == 0x22 || source[valueStart] == 0x27 { valueStart += 1 }
                        if text.isEmpty { return .decoded([]) }
                        if let (found, end) = match(ascii: text, in: source, at: valueStart), end <= tag.upperBound { return found }
                        index += 1
                    }
                    return nil
                }
            }
        }
    }

    /// The `<!--` of the next comment from the cursor, no later than `latestLine`; moves past it.
    mutating func findComment(startingByLine latestLine: Int) -> Int? {
        let prefix = Array("<!--".unicodeScalars)
        let limit = min(source.end(ofLine: latestLine) + 1, source.count)
        var index = source.firstIndex(of: "<", from: cursor, before: limit)
        while index < limit {
            if let after = literal(prefix, at: index) {
                cursor = after
                return index
            }
            index = source.firstIndex(of: "<", from: index + 1, before: limit)
        }
        return nil
    }

    private static func endsTagName(_ scalar: Unicode.Scalar) -> Bool {
        TextScalars.isSpace(scalar) || scalar == ">" || scalar == "/"
    }

    /// Just after the `>` closing a tag, skipping quoted attribute values.
    private func tagEnd(from start: Int) -> Int {
        // Every element's tag ends here: an ASCII source is read as its bytes, not scalar by scalar.
        if let ascii = source.ascii { return ascii.withUnsafeBufferPointer { Self.tagEnd(ascii: $0, from: start) } }
        return tagEndByScalars(from: start)
    }

    /// `tagEnd` on an ASCII source's bytes, the same steps.
    static func tagEnd(ascii bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                var back = index - 1
                while back > start, WhiteSpace.isSpace(bytes[back]) { back -= 1 }
                if bytes[back] == UInt8(ascii: "=") { quote = byte }
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            }
            index += 1
            if index - start > 65_536 { return index }
        }
        return bytes.count
    }

    /// `tagEnd` scalar by scalar, as any source is read.
    func tagEndByScalars(from start: Int) -> Int {
        var index = start
        var quote: Unicode.Scalar?
        while index < source.count {
            let scalar = source[index]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                // Only a quote right after `=` opens a value; a stray one is text.
                var back = index - 1
                while back > start, TextScalars.isSpace(source[back]) { back -= 1 }
                if source[back] == "=" { quote = scalar }
            } else if scalar == ">" {
                return index + 1
            }
            index += 1
            // A tag this long is broken: stop looking rather than scan the whole file.
            if index - start > 65_536 { return index }
        }
        return source.count
    }

    /// Just after `prefix` at `index` (ASCII letters in either case), or nil.
    private func literal(_ prefix: some Sequence<Unicode.Scalar>, at index: Int) -> Int? {
        var position = index
        for scalar in prefix {
            guard position < source.count, Self.lower(source[position]) == Self.lower(scalar) else { return nil }
            position += 1
        }
        return position
    }

    private static func lower(_ scalar: Unicode.Scalar) -> UInt32 {
        (0x41...0x5A).contains(scalar.value) ? scalar.value + 0x20 : scalar.value
    }

    private func couldStart(_ first: Unicode.Scalar, at index: Int) -> Bool {
        let scalar = source[index]
        if scalar == first || scalar == "&" { return true }
        if syntax.backslashEscapes, scalar == "\\" { return true }
        return SourceText.isLineBreak(scalar) && SourceText.isLineBreak(first)
    }

    /// Matches the whole of `text` at `start`: where its scalars are, and the end.
    private func match(_ text: [Unicode.Scalar], at start: Int) -> (Found, Int)? {
        let same = verbatimPrefix(text, at: start)
        if same == text.count { return (.verbatim(from: start), start + same) }
        // Past the same scalars, only something the parser decodes can go on matching: any other
        // difference ends the match before an index is written.
        guard start + same < source.count, mayDecode(source[start + same], as: text[same]) else { return nil }
        return decodedMatch(text, at: start, resumingAfter: same).map { (.decoded($0.indexes), $0.end) }
    }

    /// How many scalars of `text` are in the source at `start` as they are: the same scalar,
    /// and one that `decodedMatch` would also take as itself at the next index (not `&`, which
    /// may open a reference, nor CR, which may be half of a CRLF).
    func verbatimPrefix(_ text: [Unicode.Scalar], at start: Int) -> Int {
        let available = min(text.count, source.count - start)
        // A source that is not ASCII is compared where its scalars are held, not through its
        // subscript per scalar (every text node of such a file comes here).
        let held = source.withDecodedScalars { source in
            text.withUnsafeBufferPointer { text in
                var same = 0
                while same < available {
                    let scalar = text[same]
                    guard source[start &+ same] == scalar, scalar != "&", scalar != "\r" else { break }
                    same &+= 1
                }
                return same
            }
        }
        return held ?? verbatimPrefixByScalars(text, at: start)
    }

    /// `verbatimPrefix` through the source's subscript, as an ASCII source is compared.
    func verbatimPrefixByScalars(_ text: [Unicode.Scalar], at start: Int) -> Int {
        let available = min(text.count, source.count - start)
        return text.withUnsafeBufferPointer { text in
            var same = 0
            while same < available {
                let scalar = text[same]
                guard source[start + same] == scalar, scalar != "&", scalar != "\r" else { break }
                same += 1
            }
            return same
        }
    }

    /// Whether `decodedMatch` may take source scalar `found` for text scalar `wanted` other than
    /// as the same scalar: a reference, a stray end tag, a line break, a backslash escape.
    private func mayDecode(_ found: Unicode.Scalar, as wanted: Unicode.Scalar) -> Bool {
        found == "&" || found == "<" || (SourceText.isLineBreak(found) && SourceText.isLineBreak(wanted))
            || (syntax.backslashEscapes && found == "\\")
    }

    /// The scalar-by-scalar match of `text` at `start` (the first `same` scalars are known to be
    /// there as they are): each text scalar's source index, and the end.
    private func decodedMatch(_ text: [Unicode.Scalar], at start: Int, resumingAfter same: Int = 0) -> (indexes: [Int], end: Int)? {
        var end: Int?
        // Exactly one index per text scalar: written in place, with no capacity check per scalar.
        let indexes = [Int](unsafeUninitializedCapacity: text.count) { buffer, count in
            for offset in 0..<same { buffer[offset] = start + offset }
            count = same
            end = match(text, at: start, resumingAfter: same, into: buffer, count: &count)
        }
        return end.map { (indexes, $0) }
    }

    /// `decodedMatch`, writing the indexes into `indexes`; nil (and `count` 0) when `text` is not there.
    private func match(_ text: [Unicode.Scalar], at start: Int, resumingAfter same: Int, into indexes: UnsafeMutableBufferPointer<Int>, count: inout Int) -> Int? {
        let scalars = source
        var textIndex = same
        var sourceIndex = start + same
        while textIndex < text.count {
            guard sourceIndex < scalars.count else { count = 0; return nil }
            let wanted = text[textIndex]
            let found = scalars[sourceIndex]
            if found == "&", let (decoded, length) = reference(at: sourceIndex) {
                let consumed: Int
                if text[textIndex...].starts(with: decoded) {
                    consumed = decoded.count
                } else if wanted != "&", decoded.count == 1, Self.isReplacementLike(decoded[0], wanted) {
                    consumed = 1
                } else {
                    consumed = 0
                }
                if consumed > 0 {
                    for _ in 0..<consumed { indexes[count] = sourceIndex; count += 1 }
                    textIndex += consumed
                    sourceIndex += length
                    continue
                }
            }
            if found == "&", wanted != "&", reference(at: sourceIndex) == nil, let length = unknownNamedReference(at: sourceIndex) {
                // A name the parser knows and libxml2's table does not (cmark has all of HTML5's):
                // the parser decoded it, to one scalar as nearly all are.
                indexes[count] = sourceIndex
                count += 1
                textIndex += 1
                sourceIndex += length
                continue
            }
            if found == "&", wanted != "&", let length = invalidNumericReference(at: sourceIndex) {
                // `&#0;` and the like: libxml2 drops them from the text.
                sourceIndex += length
                continue
            }
            if found == "<", wanted != "<", let length = strayEndTag(at: sourceIndex) {
                // A stray end tag the parser ignored, joining the text on both sides of it.
                sourceIndex += length
                continue
            }
            if found == wanted && !SourceText.isLineBreak(found) {
                indexes[count] = sourceIndex
                count += 1
                textIndex += 1
                sourceIndex += 1
            } else if SourceText.isLineBreak(found) && SourceText.isLineBreak(wanted) {
                // CRLF, CR and LF are one line break whichever way the parser reports it.
                let sourceLength = (found == "\r" && sourceIndex + 1 < scalars.count && scalars[sourceIndex + 1] == "\n") ? 2 : 1
                let textLength = (wanted == "\r" && textIndex + 1 < text.count && text[textIndex + 1] == "\n") ? 2 : 1
                for _ in 0..<textLength { indexes[count] = sourceIndex; count += 1 }
                textIndex += textLength
                sourceIndex += sourceLength
            } else if syntax.backslashEscapes, found == "\\", sourceIndex + 1 < scalars.count, scalars[sourceIndex + 1] == wanted, Self.asciiPunctuation.contains(wanted) {
                indexes[count] = sourceIndex + 1
                count += 1
                textIndex += 1
                sourceIndex += 2
            } else {
                count = 0
                return nil
            }
        }
        return sourceIndex
    }

    /// A reference the parser may have decoded to something else than the standard value
    /// (invalid code points become U+FFFD or a Windows-1252 character): let it match any one scalar.
    private static func isReplacementLike(_ decoded: Unicode.Scalar, _ wanted: Unicode.Scalar) -> Bool {
        wanted == "\u{FFFD}" || (0x80...0x9F).contains(decoded.value)
    }

    private func invalidNumericReference(at index: Int) -> Int? {
        guard index + 1 < source.count, source[index + 1] == "#" else { return nil }
        guard let (decoded, length) = reference(at: index) else {
            // `&#` or `&#x` with no digits: libxml2 drops the `&#` (and the `x`).
            let hasX = index + 2 < source.count && (source[index + 2] == "x" || source[index + 2] == "X")
            return hasX ? 3 : 2
        }
        return decoded == ["\u{FFFD}"] ? length : nil
    }

    /// `&name;` whatever the name: its length, or nil.
    private func unknownNamedReference(at index: Int) -> Int? {
        var end = index + 1
        while end < source.count, end - index <= 32, source[end].isASCII, source[end].properties.isAlphabetic || ("0"..."9").contains(source[end]) {
            end += 1
        }
        guard end > index + 1, end < source.count, source[end] == ";" else { return nil }
        return end + 1 - index
    }

    private func strayEndTag(at index: Int) -> Int? {
        guard index + 2 < source.count, source[index + 1] == "/", source[index + 2].properties.isAlphabetic else { return nil }
        var end = index + 3
        while end < source.count, end - index < 256 {
            if source[end] == ">" { return end + 1 - index }
            if source[end] == "<" { return nil }
            end += 1
        }
        return nil
    }

    /// A character reference at `index` (`&#8217;`, `&#x2019;`, `&amp;`): its scalars and length.
    private func reference(at index: Int) -> ([Unicode.Scalar], Int)? {
        let scalars = source
        var position = index + 1
        guard position < scalars.count else { return nil }
        if scalars[position] == "#" {
            position += 1
            var hex = false
            if position < scalars.count, scalars[position] == "x" || scalars[position] == "X" { hex = true; position += 1 }
            var value: UInt32 = 0
            var digits = 0
            while position < scalars.count, let digit = Self.digit(scalars[position], hex: hex) {
                value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + digit
                digits += 1
                position += 1
            }
            guard digits > 0 else { return nil }
            if position < scalars.count, scalars[position] == ";" { position += 1 }
            let scalar = (value == 0 ? nil : Unicode.Scalar(value)) ?? "\u{FFFD}"
            return ([scalar], position - index)
        }
        // The name's scalars are counted, not the view's (whose count walks it), and it becomes
        // a String only when a `;` ends it.
        let nameStart = position
        while position < scalars.count, position - nameStart < 32, Self.isNameScalar(scalars[position]) { position += 1 }
        guard position > nameStart, position < scalars.count, scalars[position] == ";",
              let decoded = syntax.namedReference(TextScalars.string(source.scalars(in: nameStart..<position))) else { return nil }
        return (decoded, position + 1 - index)
    }

    /// A letter or digit of a reference name; ASCII without a property lookup (only A-Z and
    /// a-z are alphabetic there).
    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        return scalar.properties.isAlphabetic
    }

    private static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    private static func digit(_ scalar: Unicode.Scalar, hex: Bool) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: return scalar.value - 0x30
        case 0x61...0x66 where hex: return scalar.value - 0x61 + 10
        case 0x41...0x46 where hex: return scalar.value - 0x41 + 10
        default: return nil
        }
    }
}
