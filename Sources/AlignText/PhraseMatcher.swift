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

    public init() {}

    /// Adds `phrase` under `key`. The phrase is split into words and stemmed as document words are.
    public mutating func add(_ phrase: String, key: String, stemmer: Stemmer) {
        let words = WordScanner.words(in: phrase, range: 0..<phrase.utf8.count, stemmer: stemmer)
        guard let first = words.first else { return }
        byFirstStem[first.stem, default: []].append(Entry(key: key, phrase: phrase, stems: words.map(\.stem)))
        // Longest phrases first, so that "price match" is preferred over "price".
        byFirstStem[first.stem]!.sort { $0.stems.count > $1.stems.count }
    }

    public var isEmpty: Bool { byFirstStem.isEmpty }

    /// Every occurrence of every phrase in `words`, in order of position; where phrases overlap at
    /// one start, every one that matches is returned, longest first.
    public func matches(in words: [Word]) -> [Match] {
        var found: [Match] = []
        for start in words.indices {
            guard let entries = byFirstStem[words[start].stem] else { continue }
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
