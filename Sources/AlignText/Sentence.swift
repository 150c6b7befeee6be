import AlignModel

/// A sentence of a block: where it is in the block's text, and its words.
public struct Sentence: Hashable, Sendable {
    /// Index of the block in `Document.blocks`.
    public var block: Int
    /// UTF-8 range in the block's text.
    public var range: Range<Int>
    public var text: String
    public var words: [Word]

    public init(block: Int, range: Range<Int>, text: String, words: [Word]) {
        self.block = block
        self.range = range
        self.text = text
        self.words = words
    }

    /// The sentence with runs of white space folded to one space: what baselines fingerprint.
    public var normalised: String {
        // ASCII text (nearly all of it) is folded byte by byte; Character.isWhitespace looks up
        // Unicode properties for every character, and the rules call this for every finding.
        var text = text
        let folded: String? = text.withUTF8 { utf8 in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            // Text whose only white space is single inner spaces (most sentences) is its own
            // folding: no new String.
            if !Self.needsFolding(utf8) { return self.text }
            return String(unsafeUninitializedCapacity: utf8.count) { out in
                var count = 0
                var pendingSpace = false
                for b in utf8 {
                    if WhiteSpace.isSpace(b) {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace {
                            out[count] = 0x20
                            count += 1
                        }
                        pendingSpace = false
                        out[count] = b
                        count += 1
                    }
                }
                return count
            }
        }
        return folded ?? text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether ASCII `utf8` has white space other than single spaces between other bytes.
    static func needsFolding(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        if first == 0x20 || last == 0x20 { return true }
        var previousSpace = false
        for b in utf8 {
            if b >= 0x09 && b <= 0x0D { return true }
            let space = b == 0x20
            if space && previousSpace { return true }
            previousSpace = space
        }
        return false
    }
}

public enum SentenceSplitter {
    /// Words that end with a full stop without ending a sentence (compared lower-cased, without the stop).
    static let abbreviations: Set<String> = [
        "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "prof", "st", "inc", "ltd", "co",
        "approx", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "u.s", "a.m", "p.m", "cf",
        "fig", "dept", "est", "min", "max", "hr", "hrs", "mo", "yr", "yrs", "jr", "sr",
    ]
    static let longestAbbreviation = abbreviations.map(\.utf8.count).max() ?? 0
    /// Short abbreviations by their keys (exact: each is a word of up to seven bytes), so that a
    /// word before a full stop is compared without a String.
    static let packedAbbreviations: KeyTable<Void> = {
        var table = KeyTable<Void>(minimumCapacity: abbreviations.count)
        for word in abbreviations where word.utf8.count <= WordKey.packedLength { table.insert((), for: WordKey(word)) }
        return table
    }()

    /// UTF-8 ranges of the sentences of `text`. A sentence ends at `.`, `!` or `?` (with any closing
    /// quotes or brackets) followed by white space and then not a lower-case letter, at a blank line,
    /// or at the end. A full stop after an abbreviation, an initial or inside a number does not end one.
    public static func ranges(in text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { ranges(in: $0) }
    }

    static func ranges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        // A sentence is rarely shorter than this: most blocks then never grow the array.
        result.reserveCapacity(bytes.count / 48 + 1)
        var start = 0
        var i = 0
        // The bytes that may end a sentence: line feed, `!`, `.` and `?`.
        let enders: UInt64 = 1 << 0x0A | 1 << 0x21 | 1 << 0x2E | 1 << 0x3F
        func close(at end: Int) {
            var s = start
            var e = end
            while s < e, isSpace(bytes[s]) { s += 1 }
            while e > s, isSpace(bytes[e - 1]) { e -= 1 }
            if s < e { result.append(s..<e) }
            start = end
        }
        while i < bytes.count {
            // Eight bytes at a time until one of them may end a sentence (prose runs ~80 bytes
            // between stops); what follows reads that byte on its own.
            while i + 8 <= bytes.count, !mayEnd(UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                i += 8
            }
            guard i < bytes.count else { break }
            let b = bytes[i]
            // Letters (above 0x3F) and most punctuation end nothing: one test skips them.
            guard b < 0x40, enders & (1 << UInt64(b)) != 0 else {
                i += 1
                continue
            }
            if b == 0x0A, i + 1 < bytes.count, nextNonSpaceIsNewline(bytes, from: i + 1) {
                close(at: i)
                i += 1
                continue
            }
            if b == 0x2E || b == 0x21 || b == 0x3F {
                var end = i + 1
                while end < bytes.count, bytes[end] == 0x2E || bytes[end] == 0x21 || bytes[end] == 0x3F { end += 1 }
                end = skipClosers(bytes, from: end)
                if end >= bytes.count {
                    close(at: bytes.count)
                    i = bytes.count
                    continue
                }
                guard isSpace(bytes[end]) else { i = end; continue }
                if b == 0x2E, isAbbreviation(bytes, dotAt: i) { i = end; continue }
                var next = end
                while next < bytes.count, isSpace(bytes[next]) { next += 1 }
                if next < bytes.count, bytes[next] >= 0x61, bytes[next] <= 0x7A { i = end; continue }
                close(at: end)
                i = end
                continue
            }
            i += 1
        }
        close(at: bytes.count)
        return result
    }

    /// Whether any byte of `word` is a line feed, `!`, `.` or `?`.
    @inline(__always)
    static func mayEnd(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        @inline(__always) func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & (ones << 7) }
        return hasZero(word ^ (ones &* 0x0A)) | hasZero(word ^ (ones &* 0x21))
            | hasZero(word ^ (ones &* 0x2E)) | hasZero(word ^ (ones &* 0x3F)) != 0
    }

    static func isSpace(_ b: UInt8) -> Bool { WhiteSpace.isSpace(b) }

    static func nextNonSpaceIsNewline(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Bool {
        var j = from
        while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
        return j < bytes.count && bytes[j] == 0x0A
    }

    /// Closing quotes and brackets that belong to the sentence before them: `"`, `'`, `)`, `]`, `”`, `’`.
    static func skipClosers(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var j = from
        while j < bytes.count {
            if bytes[j] == 0x22 || bytes[j] == 0x27 || bytes[j] == 0x29 || bytes[j] == 0x5D {
                j += 1
            } else if j + 2 < bytes.count, bytes[j] == 0xE2, bytes[j + 1] == 0x80, bytes[j + 2] == 0x9D || bytes[j + 2] == 0x99 {
                j += 3
            } else {
                break
            }
        }
        return j
    }

    static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, dotAt dot: Int) -> Bool {
        var s = dot
        while s > 0, !isSpace(bytes[s - 1]), bytes[s - 1] != 0x28 { s -= 1 }
        if s == dot { return false }
        let raw = UnsafeBufferPointer(rebasing: bytes[s..<dot])
        if raw.allSatisfy({ $0 < 0x80 }) {
            // Lower-casing keeps ASCII's length: a longer word is no abbreviation, a short one is
            // compared packed into an integer, without a String.
            if raw.count > longestAbbreviation {
                // Not one; it may still be an initial (below).
            } else if raw.count <= WordKey.packedLength {
                if packedAbbreviations.contains(WordKey(raw, foldingCase: true)) { return true }
            } else if abbreviations.contains(String(decoding: raw, as: UTF8.self).lowercased()) {
                return true
            }
        } else {
            let word = String(decoding: raw, as: UTF8.self).lowercased()
            if word.isEmpty { return false }
            if abbreviations.contains(word) { return true }
        }
        // A single capital letter is an initial ("J. Smith").
        if dot - s == 1, bytes[s] >= 0x41, bytes[s] <= 0x5A { return true }
        return false
    }

    /// The sentences of every block of `document`, with their words.
    public static func sentences(of document: Document, stemmer: Stemmer, maxLength: Int = 4_000) -> [Sentence] {
        var sentences: [Sentence] = []
        // About one sentence per block and per 80 bytes: most documents then never grow the array.
        var bytes = 0
        // Blocks by index: a `for` loop copies each one (retaining its text and anchors).
        for index in document.blocks.indices { bytes += document.blocks[index].text.utf8.count }
        sentences.reserveCapacity(document.blocks.count + bytes / 80)
        for index in document.blocks.indices {
            let whole = document.blocks[index].text
            // One view of the block's bytes serves the splitter, every sentence and every word.
            var blockText = whole
            blockText.withUTF8 { utf8 in
                for range in ranges(in: utf8) {
                    let clipped = range.lowerBound..<min(range.upperBound, range.lowerBound + maxLength)
                    let bytes = UnsafeBufferPointer(rebasing: utf8[clipped])
                    // A sentence that is its whole block (a heading, a list item, a short paragraph)
                    // shares the block's storage instead of copying it.
                    let text = clipped.count == utf8.count ? whole : String(decoding: bytes, as: UTF8.self)
                    let words = WordScanner.words(in: bytes, base: clipped.lowerBound, stemmer: stemmer)
                    sentences.append(Sentence(block: index, range: clipped, text: text, words: words))
                }
            }
        }
        return sentences
    }
}
