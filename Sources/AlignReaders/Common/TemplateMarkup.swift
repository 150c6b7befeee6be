/// Template markup is never text: Liquid, Jinja (and its `{# comments #}`), Handlebars/Mustache, Go templates and Hugo
/// shortcodes, ERB, Mailchimp and Mailgun merge tags. Readers blank it in the source before they
/// parse, scalar for scalar and keeping line breaks, so every remaining character keeps its line
/// and column. A value placeholder (`{{ first_name }}`, `*|FNAME|*`) still stands for something,
/// a name in a greeting most often: it leaves `{}` at its end, which names no word of its own.
enum TemplateMarkup {
    /// A tag may span lines; past this it is taken for something else (a brace in code).
    static let maxTagLength = 2000
    /// Merge tags (`*|FNAME|*`, `%recipient.name%`) are one short word.
    static let maxMergeTagLength = 64

    /// `scalars` with template markup blanked, or nil when there is none (the common case).
    static func blanked(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        blanked(scalars, ascii: nil)
    }

    /// `blanked`, with the text's bytes when it is ASCII (`ascii[i]` the value of `scalars[i]`):
    /// eight bytes with no `{`, `%`, `<` or `*` open no tag and are passed at once.
    static func blanked(_ scalars: [Unicode.Scalar], ascii: UnsafeBufferPointer<UInt8>?) -> [Unicode.Scalar]? {
        var result: [Unicode.Scalar]?
        var index = 0
        while index < scalars.count {
            if let ascii, index + 8 <= ascii.count, !holdsOpener(ByteWords.word(ascii, at: index)) {
                index += 8
                continue
            }
            let value = scalars[index].value
            // Most scalars open no tag: passed before anything else is looked at.
            if value != 0x7B && value != 0x25 && value != 0x3C && value != 0x2A {
                index += 1
                continue
            }
            let next = index + 1 < scalars.count ? scalars[index + 1].value : 0
            guard opensTag(value, before: next), let tag = tag(in: scalars, at: index) else {
                index += 1
                continue
            }
            if result == nil { result = scalars }
            for blank in index..<tag.end where !SourceText.isLineBreak(scalars[blank]) { result?[blank] = " " }
            if tag.isValue {
                result?[tag.end - 2] = "{"
                result?[tag.end - 1] = "}"
            } else if opensLineBeforeText(scalars, start: index, end: tag.end) {
                // Blanks at a line's start would indent its text into a Markdown code block; a
                // no-break space is text to cmark and white space to every block's builder.
                result?[index] = "\u{A0}"
            }
            index = tag.end
        }
        return result
    }

    /// Whether any byte of `word` may be `{`, `%`, `<` or `*` (the zero-byte test on each byte's
    /// difference: it may flag a byte after a true one, never a word without one).
    @inline(__always)
    private static func holdsOpener(_ word: UInt64) -> Bool {
        func zeroes(_ byte: UInt8) -> UInt64 {
            let difference = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
            return (difference &- 0x0101_0101_0101_0101) & ~difference
        }
        return (zeroes(0x7B) | zeroes(0x25) | zeroes(0x3C) | zeroes(0x2A)) & 0x8080_8080_8080_8080 != 0
    }

    /// `blanked`, told first from the scalars' UTF-8 when it is at hand: a text in which no two
    /// bytes open a tag (nearly every one) has no markup, and its scalars are not scanned.
    static func blanked(_ scalars: [Unicode.Scalar], utf8: ArraySlice<UInt8>?) -> [Unicode.Scalar]? {
        if let utf8, !utf8.withUnsafeBufferPointer(mayOpenTag) { return nil }
        return blanked(scalars)
    }

    /// `blanked` for a source text: an ASCII text is its own UTF-8, and its scalars are made
    /// only when two of its bytes may open a tag.
    static func blanked(_ source: SourceText, utf8: ArraySlice<UInt8>?) -> [Unicode.Scalar]? {
        if let bytes = utf8 ?? source.ascii?[...], !bytes.withUnsafeBufferPointer(mayOpenTag) { return nil }
        // An ASCII text's bytes are its scalars': the stretches with no opener are passed on them.
        guard let ascii = source.ascii else { return blanked(source.allScalars) }
        return ascii.withUnsafeBufferPointer { blanked(source.allScalars, ascii: $0) }
    }

    /// `blanked(_:utf8:)` as a source text: an ASCII text is blanked on its bytes and stays bytes,
    /// unless a blank must be a no-break space (then, as any other text, through its scalars).
    static func blankedSource(_ source: SourceText, utf8: ArraySlice<UInt8>?) -> SourceText? {
        if let ascii = source.ascii {
            if !ascii.withUnsafeBufferPointer(mayOpenTag) { return nil }
            switch ascii.withUnsafeBufferPointer(blanked(ascii:)) {
            case .none: return nil
            case .some(let bytes?): return source.replacingASCII(with: bytes)
            case .some(nil): break
            }
        }
        return blanked(source, utf8: utf8).map(source.replacingScalars)
    }

    /// ASCII bytes as a text of scalars, read in place.
    struct ASCIIScalars: RandomAccessCollection {
        let bytes: UnsafeBufferPointer<UInt8>
        var startIndex: Int { 0 }
        var endIndex: Int { bytes.count }
        subscript(index: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[index]) }
    }

    /// `blanked(_:ascii:)` on ASCII bytes alone, the same steps: nil when there is no markup,
    /// `.some(nil)` when a blank must be a no-break space (not ASCII), else the blanked bytes.
    static func blanked(ascii bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]?? {
        let scalars = ASCIIScalars(bytes: bytes)
        var result: [UInt8]?
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count, !holdsOpener(ByteWords.word(bytes, at: index)) {
                index += 8
                continue
            }
            let value = UInt32(bytes[index])
            if value != 0x7B && value != 0x25 && value != 0x3C && value != 0x2A {
                index += 1
                continue
            }
            let next = index + 1 < bytes.count ? UInt32(bytes[index + 1]) : 0
            guard opensTag(value, before: next), let tag = tag(in: scalars, at: index) else {
                index += 1
                continue
            }
            if result == nil { result = Array(bytes) }
            for blank in index..<tag.end where !SourceText.isLineBreak(bytes[blank]) { result?[blank] = 0x20 }
            if tag.isValue {
                result?[tag.end - 2] = UInt8(ascii: "{")
                result?[tag.end - 1] = UInt8(ascii: "}")
            } else if opensLineBeforeText(scalars, start: index, end: tag.end) {
                return .some(nil)
            }
            index = tag.end
        }
        return result.map { .some($0) }
    }

    /// Whether any two bytes of a UTF-8 text open a tag as `blanked` looks for them (its ASCII
    /// openers are the same bytes, and no byte of a longer scalar is one).
    static func mayOpenTag(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        // A pair opens at `index` or, `<%`, just before it: every opener has `{`, `%` or `*`.
        func opensAround(_ index: Int) -> Bool {
            let byte = utf8[index]
            guard byte == 0x7B || byte == 0x25 || byte == 0x2A else { return false }
            if index + 1 < utf8.count, opensTag(UInt32(byte), before: UInt32(utf8[index + 1])) { return true }
            return byte == 0x25 && index > 0 && utf8[index - 1] == 0x3C
        }
        // Each of the three looked for on its own, `memchr` past the text between: all are rare.
        return ByteWords.contains(in: utf8, byte: 0x7B, where: opensAround)
            || ByteWords.contains(in: utf8, byte: 0x25, where: opensAround)
            || ByteWords.contains(in: utf8, byte: 0x2A, where: opensAround)
    }

    /// Every tag opens with `{{`, `{%`, `{#`, `<%`, `*|` or `%` before a letter: anything else is
    /// passed at once, so a style sheet's braces and a page's "50%" cost nothing.
    @inline(__always)
    static func opensTag(_ value: UInt32, before next: UInt32) -> Bool {
        (value == 0x7B && (next == 0x7B || next == 0x25 || next == 0x23))
            || (value == 0x25 && ((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A))
            || (value == 0x3C && next == 0x25) || (value == 0x2A && next == 0x7C)
    }

    /// Whether only spaces and tabs come before `start` on its line, and text after `end`.
    static func opensLineBeforeText<Text: RandomAccessCollection<Unicode.Scalar>>(_ scalars: Text, start: Int, end: Int) -> Bool where Text.Index == Int {
        var before = start
        while before > 0, scalars[before - 1] == " " || scalars[before - 1] == "\t" { before -= 1 }
        guard before == 0 || SourceText.isLineBreak(scalars[before - 1]) else { return false }
        var after = end
        while after < scalars.count, scalars[after] == " " || scalars[after] == "\t" { after += 1 }
        return after < scalars.count && !SourceText.isLineBreak(scalars[after])
    }

    /// The tag opening at `start`: where it ends, and whether it stands for a value.
    static func tag<Text: RandomAccessCollection<Unicode.Scalar>>(in scalars: Text, at start: Int) -> (end: Int, isValue: Bool)? where Text.Index == Int {
        func has(_ text: String, at index: Int) -> Bool {
            var cursor = index
            for scalar in text.unicodeScalars {
                guard cursor < scalars.count, scalars[cursor] == scalar else { return false }
                cursor += 1
            }
            return true
        }
        func closing(_ close: String, from index: Int) -> Int? {
            let limit = min(scalars.count, start + maxTagLength)
            var cursor = index
            while cursor < limit {
                if has(close, at: cursor) { return cursor + close.unicodeScalars.count }
                cursor += 1
            }
            return nil
        }
        if has("{{{", at: start) { return closing("}}}", from: start + 3).map { ($0, true) } }
        if has("{{<", at: start) { return closing(">}}", from: start + 3).map { ($0, false) } }
        if has("{{%", at: start) { return closing("%}}", from: start + 3).map { ($0, false) } }
        if has("{{", at: start) {
            guard let end = closing("}}", from: start + 2) else { return nil }
            var first = start + 2
            while first < end, scalars[first] == " " || scalars[first] == "-" || scalars[first] == "~" { first += 1 }
            // Blocks, closings, comments, partials and `else` stand for nothing in the text.
            let isControl = "#/!^>".unicodeScalars.contains(scalars[first]) || has("else", at: first)
            return (end, !isControl)
        }
        if has("{%", at: start) { return closing("%}", from: start + 2).map { ($0, false) } }
        if has("{#", at: start) { return closing("#}", from: start + 2).map { ($0, false) } }
        if has("<%=", at: start) { return closing("%>", from: start + 3).map { ($0, true) } }
        if has("<%", at: start) { return closing("%>", from: start + 2).map { ($0, false) } }
        if has("*|", at: start) { return mergeTag(in: scalars, at: start, opening: 2, close: "|*", isNameScalar: isMailchimpScalar) }
        if scalars[start] == "%" {
            // `%recipient.name%`, but not `50% off and 20%`: no letter or digit just before.
            if start > 0, isWordScalar(scalars[start - 1]) { return nil }
            return mergeTag(in: scalars, at: start, opening: 1, close: "%", isNameScalar: isMailgunScalar)
        }
        return nil
    }

    /// A merge tag: a name of `isNameScalar` scalars starting with a letter, then `close`.
    private static func mergeTag<Text: RandomAccessCollection<Unicode.Scalar>>(
        in scalars: Text, at start: Int, opening: Int, close closeText: String,
        isNameScalar: (Unicode.Scalar) -> Bool
    ) -> (end: Int, isValue: Bool)? where Text.Index == Int {
        let nameStart = start + opening
        guard nameStart < scalars.count, scalars[nameStart].properties.isAlphabetic, scalars[nameStart].isASCII else { return nil }
        var cursor = nameStart
        let limit = min(scalars.count, nameStart + maxMergeTagLength)
        while cursor < limit, isNameScalar(scalars[cursor]) { cursor += 1 }
        let close = Array(closeText.unicodeScalars)
        guard cursor + close.count <= scalars.count, scalars[cursor..<(cursor + close.count)].elementsEqual(close) else { return nil }
        return (cursor + close.count, true)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    private static func isMailchimpScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" || scalar == ":"
    }

    private static func isMailgunScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (isWordScalar(scalar) || scalar == "_" || scalar == ".")
    }
}
