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
        var stemKeys: [WordKey]
    }

    /// The phrases that start with one stem, longest first.
    private struct Group: Sendable {
        var stem: String
        var stemKey: WordKey
        var entries: [Entry]
    }

    private var groups: [Group] = []
    /// Each group's index under its first stem's key. Every rule has a matcher and every word of
    /// every sentence is looked up in each: most words start no phrase, and one probe says so.
    private var groupIndex = KeyTable<Int32>()
    /// Every phrase's stem keys, one after another, and where each phrase ends: `mayMatch` reads
    /// these flat, without copying a group or an entry.
    private var phraseKeys: [WordKey] = []
    private var phraseEnds: [Int] = []

    public init() {}

    /// Adds `phrase` under `key`. The phrase is split into words and stemmed as document words are.
    public mutating func add(_ phrase: String, key: String, stemmer: Stemmer) {
        let words = WordScanner.words(in: phrase, range: 0..<phrase.utf8.count, stemmer: stemmer)
        guard let first = words.first else { return }
        let entry = Entry(key: key, phrase: phrase, stems: words.map(\.stem), stemKeys: words.map(\.stemKey))
        phraseKeys += entry.stemKeys
        phraseEnds.append(phraseKeys.count)
        let index: Int
        if let known = group(startingWith: first) {
            index = known
            groups[index].entries.append(entry)
        } else {
            index = groups.count
            groups.append(Group(stem: first.stem, stemKey: first.stemKey, entries: [entry]))
            groupIndex.insert(Int32(index), for: first.stemKey)
        }
        // Longest phrases first, so that "price match" is preferred over "price".
        groups[index].entries.sort { $0.stems.count > $1.stems.count }
    }

    public var isEmpty: Bool { groups.isEmpty }

    /// Whether any phrase can occur in a document with `stems`: false means `matches(in:)` finds
    /// nothing in any of its sentences.
    public func mayMatch(in stems: StemSet) -> Bool {
        var start = 0
        for end in phraseEnds {
            var all = true
            for k in start..<end where !stems.mayContain(phraseKeys[k]) {
                all = false
                break
            }
            if all { return true }
            start = end
        }
        return false
    }

    /// Every occurrence of every phrase in `words`, in order of position; where phrases overlap at
    /// one start, every one that matches is returned, longest first.
    public func matches(in words: [Word]) -> [Match] {
        var found: [Match] = []
        forEachMatch(in: words) { found.append($0); return true }
        return found
    }

    /// The first of `matches(in:)`, without finding the others.
    public func firstMatch(in words: [Word]) -> Match? {
        var first: Match?
        forEachMatch(in: words) { first = $0; return false }
        return first
    }

    /// Whether `matches(in:)` would find anything.
    public func hasMatch(in words: [Word]) -> Bool { firstMatch(in: words) != nil }

    /// Calls `body` with each match in the order of `matches(in:)` until it returns false.
    private func forEachMatch(in words: [Word], _ body: (Match) -> Bool) {
        guard groupIndex.count > 0 else { return }
        for start in words.indices {
            guard let index = group(startingWith: words[start]) else { continue }
            for entry in groups[index].entries where start + entry.stems.count <= words.count {
                var ok = true
                for k in 1..<max(entry.stems.count, 1)
                    where words[start + k].stemKey != entry.stemKeys[k] || words[start + k].stem != entry.stems[k] {
                    ok = false
                    break
                }
                if ok, !body(Match(key: entry.key, phrase: entry.phrase, words: start..<(start + entry.stems.count))) { return }
            }
        }
    }

    @inline(__always)
    private func group(startingWith word: Word) -> Int? {
        let key = word.stemKey
        let index = key.isExact ? groupIndex[key] : groupIndex.first(key) { groups[Int($0)].stem == word.stem }
        return index.map(Int.init)
    }
}
