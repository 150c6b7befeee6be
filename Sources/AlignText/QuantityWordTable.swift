/// The quantity reader's word lists. The scanner looks most words of a sentence up in several of
/// them; a `StemFilter` in front answers most misses without hashing the word.
struct QuantityWordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private let values: [String: Value]
    private let filter: StemFilter

    init(dictionaryLiteral elements: (String, Value)...) {
        values = Dictionary(uniqueKeysWithValues: elements)
        var filter = StemFilter()
        for (word, _) in elements { filter.insert(word) }
        self.filter = filter
    }

    subscript(_ word: String) -> Value? { filter.mayContain(word) ? values[word] : nil }

    var words: Dictionary<String, Value>.Keys { values.keys }
}

struct QuantityWordSet: Sendable, ExpressibleByArrayLiteral {
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
