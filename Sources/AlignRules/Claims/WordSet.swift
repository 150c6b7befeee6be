import AlignText

/// A set of lower-cased words looked up for every word of a sentence: a `StemFilter` in front
/// answers most misses without hashing the word.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let words: Set<String>
    private let filter: StemFilter

    init<S: Sequence<String>>(_ words: S) {
        self.words = Set(words)
        var filter = StemFilter()
        for word in self.words { filter.insert(word) }
        self.filter = filter
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    func contains(_ word: String) -> Bool { filter.mayContain(word) && words.contains(word) }
}
