/// A word of a block: its UTF-8 range in the block's text, lower-cased form and Snowball stem.
public struct Word: Hashable, Sendable, Codable {
    public var range: Range<Int>
    public var lowercased: String
    public var stem: String

    public init(range: Range<Int>, lowercased: String, stem: String) {
        self.range = range
        self.lowercased = lowercased
        self.stem = stem
    }
}

public enum WordScanner {
    /// Splits `text[range]` (UTF-8 offsets) into words: runs of letters and digits, with an
    /// apostrophe kept inside a word ("don't", "customer's"). Hyphens and slashes separate words.
    public static func words(in text: String, range: Range<Int>, stemmer: Stemmer) -> [Word] {
        var words: [Word] = []
        let utf8 = Array(text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: range.lowerBound)..<text.utf8.index(text.utf8.startIndex, offsetBy: range.upperBound)])
        let base = range.lowerBound
        var i = 0
        while i < utf8.count {
            let width = scalarWidth(utf8[i])
            if isWordScalar(utf8, i) {
                let start = i
                i += width
                while i < utf8.count {
                    if isWordScalar(utf8, i) {
                        i += scalarWidth(utf8[i])
                    } else if isApostrophe(utf8, i), i + apostropheWidth(utf8, i) < utf8.count,
                              isWordScalar(utf8, i + apostropheWidth(utf8, i)) {
                        i += apostropheWidth(utf8, i)
                    } else {
                        break
                    }
                }
                let lower = lowercasedWord(utf8[start..<i])
                words.append(Word(range: (base + start)..<(base + i), lowercased: lower, stem: stemmer.stem(lower)))
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

    /// ASCII letters and digits, and every non-ASCII scalar that is a letter (decoded on demand).
    static func isWordScalar(_ bytes: [UInt8], _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 {
            return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        }
        let width = scalarWidth(b)
        guard i + width <= bytes.count else { return false }
        guard let scalar = String(decoding: bytes[i..<(i + width)], as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isAlphabetic
    }

    static func isApostrophe(_ bytes: [UInt8], _ i: Int) -> Bool {
        if bytes[i] == 0x27 { return true }
        // U+2019 RIGHT SINGLE QUOTATION MARK, the typographic apostrophe.
        return i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99
    }

    static func apostropheWidth(_ bytes: [UInt8], _ i: Int) -> Int { bytes[i] == 0x27 ? 1 : 3 }

    /// The lower-cased form of a word's bytes, typographic apostrophes made plain. Most words are
    /// ASCII: those are lower-cased byte by byte, without building an intermediate string.
    static func lowercasedWord(_ bytes: ArraySlice<UInt8>) -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (k, b) in bytes.enumerated() { buffer[k] = (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b }
                return bytes.count
            }
        }
        return normaliseApostrophes(String(decoding: bytes, as: UTF8.self).lowercased())
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
