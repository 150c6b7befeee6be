/// A set of lower-cased words looked up for every word of a sentence (see `WordIndex`).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let index: WordIndex

    init<S: Sequence<String>>(_ words: S) { index = WordIndex(Array(Set(words))) }

    init(arrayLiteral elements: String...) { self.init(elements) }

    func contains(_ word: String) -> Bool { index.contains(word) }
}
