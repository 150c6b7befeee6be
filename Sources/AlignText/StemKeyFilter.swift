/// The stem keys (`Word.stemKey`) of a fixed list of lower-cased words, asked of every word of a
/// sentence before its lower-cased form is looked up. Equal lower-cased forms have equal stems, so
/// a word whose key is absent is not in the list; and the key is already made, where the
/// lower-cased form would be hashed again for every lookup.
public struct StemKeyFilter: Sendable {
    @usableFromInline let keys: KeyTable<Void>

    /// The filter of lower-cased `words`.
    public init<S: Sequence<String>>(_ words: S) {
        let stemmer = Stemmer()
        self.init(stems: words.map { stemmer.stem($0) })
    }

    /// The filter of `stems`, to ask of `Word.stem` instead.
    public init<S: Sequence<String>>(stems: S) {
        let unique = Set(stems.filter { !$0.isEmpty }.map(WordKey.init))
        var keys = KeyTable<Void>(minimumCapacity: unique.count)
        for key in unique { keys.insert((), for: key) }
        self.keys = keys
    }

    /// False only for a word whose lower-cased form is none of the list's.
    @inlinable @inline(__always)
    public func mayContain(_ word: Word) -> Bool { keys.contains(word.stemKey) }
}
