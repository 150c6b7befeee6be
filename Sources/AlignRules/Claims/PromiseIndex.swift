import AlignConfig
import AlignModel
import AlignText

/// The promises of `expect.yml`, compiled once per run: topics stemmed into one matcher, canonical
/// values parsed. Shared read-only by every worker.
public struct PromiseIndex: Sendable {
    public struct Entry: Sendable {
        public var promise: Promise
        /// The canonical value, parsed; nil when the promise has none (or it reads as no quantity).
        public var value: Quantity?
    }

    public let entries: [Entry]
    let topics: PhraseMatcher
    /// Topic phrase length in words, by promise id and phrase: longer is more specific.
    private let positions: [String: Int]

    public init(expectation: Expectation, stemmer: Stemmer) {
        var matcher = PhraseMatcher()
        var entries: [Entry] = []
        var positions: [String: Int] = [:]
        for promise in expectation.promises {
            positions[promise.id] = entries.count
            entries.append(Entry(promise: promise, value: promise.value.flatMap(QuantityReader.parse)))
            for topic in promise.topics { matcher.add(topic, key: promise.id, stemmer: stemmer) }
        }
        self.entries = entries
        self.topics = matcher
        self.positions = positions
    }

    public func index(of promiseID: String) -> Int? { positions[promiseID] }

    /// Whether `quantity` is the kind of value promise `index` is about: the same dimension as its
    /// canonical value (same currency, same counted unit), or, for a promise without a value, a
    /// duration, an amount, a rate, a percentage or "24/7" (a plain count is too loose to claim).
    func accepts(_ index: Int, _ read: ReadQuantity) -> Bool {
        guard !read.isDiscount else { return false }
        if let value = entries[index].value { return read.quantity.isComparable(with: value) }
        return read.quantity.dimension != .count
    }
}
