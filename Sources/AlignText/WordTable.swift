/// A fixed list of lower-cased words, each with a value: the word lists that readers and rules look
/// most words of a sentence up in. A `StemFilter` answers most misses before the word's bytes
/// are packed (`WordIndex`), and a `Word` is asked by its stem key first (`StemKeyFilter`), so
/// that no lookup hashes a `String`.
public struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    @usableFromInline let index: WordIndex
    private let values: [Value]
    @usableFromInline let keys: StemKeyFilter
    /// The words, each once, in the order given.
    public let words: [String]

    /// A repeated word keeps its first value.
    public init<S: Sequence<(String, Value)>>(_ elements: S) {
        var seen: Set<String> = []
        var words: [String] = []
        var values: [Value] = []
        for (word, value) in elements where seen.insert(word).inserted {
            words.append(word)
            values.append(value)
        }
        index = WordIndex(words)
        keys = StemKeyFilter(words)
        self.values = values
        self.words = words
    }

    public init(dictionaryLiteral elements: (String, Value)...) { self.init(elements) }

    public subscript(_ word: String) -> Value? { index.index(of: word).map { values[$0] } }

    /// `self[word.lowercased]`, answered from the word's stem key when it is absent. The word must
    /// carry its own stem (not one left empty).
    @inlinable @inline(__always)
    public subscript(_ word: Word) -> Value? {
        keys.mayContain(word) ? self[word.lowercased] : nil
    }
}

/// A fixed list of lower-cased words: a `WordTable` with no values.
public typealias WordSet = WordTable<Void>

extension WordTable: ExpressibleByArrayLiteral where Value == Void {
    public init<S: Sequence<String>>(_ words: S) { self.init(words.map { ($0, ()) }) }

    public init(arrayLiteral elements: String...) { self.init(elements) }

    @inlinable
    public func contains(_ word: String) -> Bool { index.index(of: word) != nil }

    /// `contains(word.lowercased)`, answered from the word's stem key when it is absent.
    @inlinable @inline(__always)
    public func contains(_ word: Word) -> Bool { keys.mayContain(word) && contains(word.lowercased) }
}
