/// Finds phrases (one or more words, matched after stemming) in a run of words. Built once per
/// run from every phrase a rule or promise names, then shared read-only.
public struct PhraseMatcher: Sendable {
    public struct Match: Hashable, Sendable {
        /// The key the phrase was added under (a promise id, a term, a rule id...).
        public var key: String
        /// The phrase as written in the configuration.
        public var phrase: String
        /// Index range into the words the match was found in.
        public var words: Range<Int>
    }

    private struct Entry: Sendable {
        var key: String
        var phrase: String
        var stems: [String]
    }

    private var byFirstStem: [String: [Entry]] = [:]
    /// A 256-bit filter of the first stems' (first byte, length) pairs. Every rule has a matcher
    /// and every word of every sentence is looked up in each: most words start no phrase, and this
    /// says so without hashing the stem.
    private var firstStemFilter = StemFilter()

    public init() {}

    /// Adds `phrase` under `key`. The phrase is split into words and stemmed as document words are.
    public mutating func add(_ phrase: String, key: String, stemmer: Stemmer) {
        let words = WordScanner.words(in: phrase, range: 0..<phrase.utf8.count, stemmer: stemmer)
        guard let first = words.first else { return }
        firstStemFilter.insert(first.stem)
        byFirstStem[first.stem, default: []].append(Entry(key: key, phrase: phrase, stems: words.map(\.stem)))
        // Longest phrases first, so that "price match" is preferred over "price".
        byFirstStem[first.stem]!.sort { $0.stems.count > $1.stems.count }
    }

    public var isEmpty: Bool { byFirstStem.isEmpty }

    /// Every occurrence of every phrase in `words`, in order of position; where phrases overlap at
    /// one start, every one that matches is returned, longest first.
    public func matches(in words: [Word]) -> [Match] {
        var found: [Match] = []
        guard !byFirstStem.isEmpty else { return found }
        for start in words.indices {
            guard firstStemFilter.mayContain(words[start].stem), let entries = byFirstStem[words[start].stem] else { continue }
            for entry in entries where start + entry.stems.count <= words.count {
                var ok = true
                for k in 1..<max(entry.stems.count, 1) where words[start + k].stem != entry.stems[k] {
                    ok = false
                    break
                }
                if ok { found.append(Match(key: entry.key, phrase: entry.phrase, words: start..<(start + entry.stems.count))) }
            }
        }
        return found
    }
}

/// A Bloom-style filter over (first UTF-8 byte, UTF-8 length) of words or stems: `mayContain` is
/// false only for keys never inserted. Put it before a dictionary keyed by word that is looked up
/// for every word of every sentence: it answers most misses without hashing the string.
public struct StemFilter: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    public init() {}

    public mutating func insert(_ stem: String) {
        let bit = Self.bit(of: stem)
        switch bit >> 6 {
        case 0: bits.0 |= 1 << (bit & 63)
        case 1: bits.1 |= 1 << (bit & 63)
        case 2: bits.2 |= 1 << (bit & 63)
        default: bits.3 |= 1 << (bit & 63)
        }
    }

    public func mayContain(_ stem: String) -> Bool {
        let bit = Self.bit(of: stem)
        let word: UInt64
        switch bit >> 6 {
        case 0: word = bits.0
        case 1: word = bits.1
        case 2: word = bits.2
        default: word = bits.3
        }
        return word & (1 << (bit & 63)) != 0
    }

    private static func bit(of stem: String) -> Int {
        let utf8 = stem.utf8
        let first = Int(utf8.first ?? 0)
        return (first &* 31 &+ utf8.count) & 255
    }
}
