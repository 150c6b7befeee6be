import AlignText

/// A set of lower-cased words looked up for every word of a sentence (see `WordIndex`).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let index: WordIndex
    private let keys: StemKeyFilter

    init<S: Sequence<String>>(_ words: S) {
        let words = Array(Set(words))
        index = WordIndex(words)
        keys = StemKeyFilter(words)
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    func contains(_ word: String) -> Bool { index.contains(word) }

    /// `contains(word.lowercased)`, answered from the word's stem key when it is absent. The word
    /// must carry its real stem (not one left empty).
    func contains(_ word: Word) -> Bool { keys.mayContain(word) && index.contains(word.lowercased) }
}
