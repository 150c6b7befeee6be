/// A word of a block: its UTF-8 range in the block's text, lower-cased form and Snowball stem.
public struct Word: Hashable, Sendable {
    public var range: Range<Int>
    public var lowercased: String
    public var stem: String {
        didSet { stemKey = WordKey(stem) }
    }
    /// The key of `stem`, made once per distinct word: phrase lookups compare it before the stem.
    public private(set) var stemKey: WordKey

    public init(range: Range<Int>, lowercased: String, stem: String) {
        self.range = range
        self.lowercased = lowercased
        self.stem = stem
        stemKey = WordKey(stem)
    }

    init(range: Range<Int>, known: StemCache.Entry) {
        self.range = range
        lowercased = known.lowercased
        stem = known.stem
        stemKey = known.stemKey
    }

    // The key is derived: it is neither encoded nor trusted from a decoder.
    private enum CodingKeys: String, CodingKey {
        case range, lowercased, stem
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(range: try container.decode(Range<Int>.self, forKey: .range),
                  lowercased: try container.decode(String.self, forKey: .lowercased),
                  stem: try container.decode(String.self, forKey: .stem))
    }
}

extension Word {
    /// Whether the word opens with an ASCII capital in `bytes`, the text its range is counted in
    /// from `base`: a name's or a title's word ("**General** settings", "Experience Settings").
    public func isCapitalised(in bytes: [UInt8], base: Int = 0) -> Bool {
        let start = range.lowerBound - base
        return bytes.indices.contains(start) && (0x41...0x5A).contains(bytes[start])
    }
}

public enum WordScanner {
    /// Splits `text[range]` (UTF-8 offsets) into words: runs of letters and digits, with an
    /// apostrophe kept inside a word ("don't", "customer's"). Hyphens and slashes separate words.
    public static func words(in text: String, range: Range<Int>, stemmer: Stemmer) -> [Word] {
        var text = text
        return text.withUTF8 { bytes in
            // Unsafe slices are not bounds-checked in release builds.
            precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "range outside the text")
            return words(in: UnsafeBufferPointer(rebasing: bytes[range]), base: range.lowerBound, stemmer: stemmer)
        }
    }

    /// The words of `utf8`, a sentence's bytes starting at UTF-8 offset `base` of its block.
    static func words(in utf8: UnsafeBufferPointer<UInt8>, base: Int, stemmer: Stemmer) -> [Word] {
        var words: [Word] = []
        // About one word in six bytes of prose: most sentences then never grow the array.
        words.reserveCapacity(utf8.count / 5 + 2)
        var i = 0
        while i < utf8.count {
            let width = scalarWidth(utf8[i])
            if isWordScalar(utf8, i) {
                let start = i
                // Only a lead byte can be non-ASCII here: scalars are stepped over whole.
                var ascii = utf8[i] < 0x80
                i += width
                while i < utf8.count {
                    if isWordScalar(utf8, i) {
                        if utf8[i] >= 0x80 { ascii = false }
                        i += scalarWidth(utf8[i])
                    } else if isApostrophe(utf8, i), i + apostropheWidth(utf8, i) < utf8.count,
                              isWordScalar(utf8, i + apostropheWidth(utf8, i)) {
                        if utf8[i] >= 0x80 { ascii = false }
                        i += apostropheWidth(utf8, i)
                    } else {
                        break
                    }
                }
                let bytes = UnsafeBufferPointer(rebasing: utf8[start..<i])
                let known = ascii ? stemmer.known(ascii: bytes) : stemmer.known(lowercased: lowercasedWord(bytes))
                words.append(Word(range: (base + start)..<(base + i), known: stemmer.entry(known)))
            } else {
                i += width
            }
        }
        return words
    }

    static func scalarWidth(_ lead: UInt8) -> Int {
        switch lead {
        case 0..<0x80: 1
        case 0xC0..<0xE0: 2
        case 0xE0..<0xF0: 3
        case 0xF0...: 4
        default: 1
        }
    }

    /// ASCII letters and digits, and every non-ASCII scalar that is a letter (decoded in place:
    /// an ill-formed sequence is no letter, as the U+FFFD that `String` would make of it).
    @inline(__always)
    static func isWordScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 {
            return b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26
        }
        return isLetter(bytes, i)
    }

    @inline(never)
    static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let width = scalarWidth(bytes[i])
        guard i + width <= bytes.count else { return false }
        var iterator = UnsafeBufferPointer(rebasing: bytes[i..<(i + width)]).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isAlphabetic
    }

    static func isApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        if bytes[i] == 0x27 { return true }
        // U+2019 RIGHT SINGLE QUOTATION MARK, the typographic apostrophe.
        return i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99
    }

    static func apostropheWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int { bytes[i] == 0x27 ? 1 : 3 }

    /// The lower-cased form of a word's bytes, typographic apostrophes made plain. ASCII words
    /// never get here: the stemmer's cache lower-cases them byte by byte.
    static func lowercasedWord(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        normaliseApostrophes(String(decoding: bytes, as: UTF8.self).lowercased())
    }

    static func normaliseApostrophes(_ word: String) -> String {
        // Looked for in the bytes (E2 80 99): comparing Characters would normalise every one.
        guard containsTypographicApostrophe(word.utf8) else { return word }
        return String(word.map { $0 == "\u{2019}" ? "'" : $0 })
    }

    static func containsTypographicApostrophe(_ utf8: String.UTF8View) -> Bool {
        var state = 0
        for b in utf8 {
            switch (state, b) {
            case (_, 0xE2): state = 1
            case (1, 0x80): state = 2
            case (2, 0x99): return true
            default: state = 0
            }
        }
        return false
    }
}
