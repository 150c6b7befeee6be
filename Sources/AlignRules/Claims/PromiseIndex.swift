import AlignConfig
import AlignModel
import AlignText

/// The promises of `expect.yml`, compiled once per run: topics stemmed into one table, canonical
/// values parsed. Shared read-only by every worker.
public struct PromiseIndex: Sendable {
    public struct Entry: Sendable {
        public var promise: Promise
        /// The canonical value, parsed; nil when the promise has none (or it reads as no quantity).
        public var value: Quantity?
    }

    public let entries: [Entry]
    private let topics: TopicTable
    private let indexByID: [String: Int]

    public init(expectation: Expectation, stemmer: Stemmer) {
        var entries: [Entry] = []
        var indexByID: [String: Int] = [:]
        for promise in expectation.promises {
            indexByID[promise.id] = entries.count
            entries.append(Entry(promise: promise, value: promise.value.flatMap(QuantityReader.parse)))
        }
        // A topic belongs to the promise its id names (the last of that id, as the lookup by id).
        var topics: [(promise: Int, stems: [String])] = []
        for promise in expectation.promises {
            for topic in promise.topics {
                let stems = WordScanner.words(in: topic, range: 0..<topic.utf8.count, stemmer: stemmer).map(\.stem)
                topics.append((indexByID[promise.id]!, stems))
            }
        }
        self.entries = entries
        self.topics = TopicTable(topics)
        self.indexByID = indexByID
    }

    public func index(of promiseID: String) -> Int? { indexByID[promiseID] }

    /// Topic matches, as promise indices and word ranges: see `TopicTable.matches`.
    func topicMatches(in words: [Word]) -> [(promise: Int, words: Range<Int>)] {
        topics.matches(in: words)
    }

    /// A count of business days under a calendar window of weeks or more, and a quarter of it
    /// or less, is about another step: "return requests are reviewed within 2 business days" says
    /// nothing of a 60-day returns window. Nothing else is: against "24 hours", "5 business days"
    /// conflicts, and against "1 business day", "5 days" or "1 month" does, since business and
    /// calendar days never agree, however far apart.
    static func isAnotherStep(_ claim: Quantity, _ canonical: Quantity) -> Bool {
        guard claim.dimension == .duration, claim.isBusinessDays, !canonical.isBusinessDays, !canonical.isIndefinite,
              canonical.low >= 14 * Quantity.minutesPerDay else { return false }
        return claim.high * 4 <= canonical.low / Quantity.minutesPerDay
    }

    /// Promises whose `value:` reads as no single quantity ("fast", "24 hours or 2 days"): they
    /// are checked as if they had no value. The configuration loader should reject them (at
    /// `valuePosition`) before a run; this is the same test, for callers that did not.
    public var unreadableValues: [Promise] {
        entries.filter { $0.promise.value != nil && $0.value == nil }.map(\.promise)
    }

    /// Whether `read` is the kind of value promise `index` is about: the same dimension as its
    /// canonical value (same currency, same counted unit), or, for a promise without a value, a
    /// duration, an amount, a rate, a percentage or "24/7" (a plain count is too loose to claim).
    ///
    /// A saving ("$10 off", "2 months free") is only a value for a promise that is itself a
    /// percentage ("loyalty members get 15% off"); a difference ("spend $50 more") never is.
    func accepts(_ index: Int, _ read: ReadQuantity) -> Bool {
        guard !read.isDifference else { return false }
        if let value = entries[index].value {
            if read.isDiscount && !(value.dimension == .percent && read.quantity.dimension == .percent) { return false }
            guard read.quantity.isComparable(with: value) else { return false }
            return !Self.isAnotherStep(read.quantity, value)
        }
        return !read.isDiscount && read.quantity.dimension != .count
    }
}
