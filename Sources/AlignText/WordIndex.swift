/// Numbers a fixed list of lower-cased words, for lookups made for every word of every sentence:
/// a lookup packs or hashes the word's bytes into its `WordKey` and probes one table, where a
/// `String` key would be hashed with SipHash.
public struct WordIndex: Sendable {
    @usableFromInline let words: [String]
    /// Each word's index in `words`, under its key.
    @usableFromInline let table: KeyTable<Int32>

    public init(_ words: [String]) {
        var table = KeyTable<Int32>(minimumCapacity: words.count)
        var kept: [String] = []
        for word in words {
            let key = WordKey(word)
            // A repeated word keeps its first index; every word is kept, so indexes are the list's.
            let seen = key.rawValue == 0 || (key.isExact ? table.contains(key) : table.first(key) { kept[Int($0)] == word } != nil)
            if !seen { table.insert(Int32(kept.count), for: key) }
            kept.append(word)
        }
        self.words = kept
        self.table = table
    }

    /// The index of `word` in the list, or nil.
    @inlinable
    public func index(of word: String) -> Int? { index(of: word, key: WordKey(word)) }

    /// `index(of:)` for a word whose key is made already (a `Word`'s stem and its `stemKey`): a
    /// miss is one probe.
    @inlinable
    public func index(of word: String, key: WordKey) -> Int? {
        let index = key.isExact ? table[key] : table.first(key) { words[Int($0)] == word }
        return index.map(Int.init)
    }

    public func contains(_ word: String) -> Bool { index(of: word) != nil }
}
