/// The words a `Stemmer` has seen, by the `WordKey` of their lower-cased bytes: every word of
/// every sentence is looked up here, so a lookup packs or hashes raw bytes and compares bytes
/// only for a longer word, never building a `String` for a word seen before.
struct StemCache {
    /// What a word's bytes stand for: its lower-cased form, its stem, and the stem's key.
    struct Entry {
        var lowercased: String
        var stem: String
        var stemKey: WordKey
    }

    /// Bounds memory on a corpus with an open vocabulary; a cleared cache only costs re-stemming.
    static let limit = 50_000

    private(set) var entries: [Entry] = []
    /// Each entry's bytes, lower-cased, at `starts[i]..<starts[i + 1]` of `bytes`.
    private var starts: [Int] = [0]
    private var bytes: [UInt8] = []
    private var table = KeyTable<Int32>(minimumCapacity: 1 << 11)

    /// The entry for `word` (whose key is `key`); with `foldingCase`, `word` is ASCII and
    /// compared as if lower-cased.
    func find(_ word: UnsafeBufferPointer<UInt8>, key: WordKey, foldingCase: Bool) -> Int? {
        let index = key.isExact ? table[key] : table.first(key) { equals(Int($0), word, foldingCase: foldingCase) }
        return index.map(Int.init)
    }

    private func equals(_ index: Int, _ word: UnsafeBufferPointer<UInt8>, foldingCase: Bool) -> Bool {
        let start = starts[index]
        guard starts[index + 1] - start == word.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            for k in 0..<word.count where stored[start + k] != (foldingCase ? WordKey.lower(word[k]) : word[k]) {
                return false
            }
            return true
        }
    }

    /// Adds `entry` for the lower-cased bytes of `entry.lowercased`, whose key is `key`.
    mutating func insert(_ entry: Entry, key: WordKey) -> Int {
        if entries.count >= Self.limit { removeAll() }
        let index = entries.count
        entries.append(entry)
        bytes.append(contentsOf: entry.lowercased.utf8)
        starts.append(bytes.count)
        table.insert(Int32(index), for: key)
        return index
    }

    private mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        starts = [0]
        table.removeAll()
    }
}
