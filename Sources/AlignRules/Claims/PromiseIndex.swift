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
    private let indexByID: [String: Int]

    public init(expectation: Expectation, stemmer: Stemmer) {
        var matcher = PhraseMatcher()
        var entries: [Entry] = []
        var indexByID: [String: Int] = [:]
        for promise in expectation.promises {
            indexByID[promise.id] = entries.count
            entries.append(Entry(promise: promise, value: promise.value.flatMap(QuantityReader.parse)))
            for topic in promise.topics { matcher.add(topic, key: promise.id, stemmer: stemmer) }
        }
        self.entries = entries
        self.topics = matcher
        self.indexByID = indexByID
    }

    public func index(of promiseID: String) -> Int? { indexByID[promiseID] }

    /// A value in the other kind of days (business, calendar) and of another order of magnitude
    /// is about another step: "return requests are reviewed within 2 business days" says nothing
    /// of a 60-day returns window, while "1 business day" against "24 hours" is the classic drift.
    static func isAnotherStep(_ claim: Quantity, _ canonical: Quantity) -> Bool {
        guard claim.dimension == .duration, claim.isBusinessDays != canonical.isBusinessDays else { return false }
        func days(_ quantity: Quantity, _ value: Double) -> Double {
            quantity.isBusinessDays ? value : value / Quantity.minutesPerDay
        }
        let claimDays = days(claim, claim.high)
        let canonicalDays = days(canonical, canonical.high)
        guard claimDays > 0, canonicalDays > 0 else { return false }
        return max(claimDays, canonicalDays) / min(claimDays, canonicalDays) > 4
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
