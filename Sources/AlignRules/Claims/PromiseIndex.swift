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
    /// Multi-word topics by first stem, for matches with one word inserted ("free standard
    /// shipping" for "free shipping").
    private let looseTopics: [String: [(promise: String, stems: [String])]]
    /// Two-word topics by their second stem, for the predicate form: "shipping is free" for
    /// "free shipping".
    private let invertedTopics: [String: [(promise: String, stems: [String])]]
    /// The keys of both, so that most words are passed over without hashing them.
    private let firstStems: StemFilter
    /// Every stem a topic match can start at (in any of the three forms): a sentence with none
    /// of them, most sentences, matches no topic.
    private let startStems: WordSet
    private let indexByID: [String: Int]

    public init(expectation: Expectation, stemmer: Stemmer) {
        var matcher = PhraseMatcher()
        var entries: [Entry] = []
        var indexByID: [String: Int] = [:]
        var loose: [String: [(promise: String, stems: [String])]] = [:]
        var inverted: [String: [(promise: String, stems: [String])]] = [:]
        var startStems: Set<String> = []
        for promise in expectation.promises {
            indexByID[promise.id] = entries.count
            entries.append(Entry(promise: promise, value: promise.value.flatMap(QuantityReader.parse)))
            for topic in promise.topics {
                matcher.add(topic, key: promise.id, stemmer: stemmer)
                let stems = WordScanner.words(in: topic, range: 0..<topic.utf8.count, stemmer: stemmer).map(\.stem)
                startStems.formUnion(stems.prefix(1))
                if stems.count > 1 { loose[stems[0], default: []].append((promise.id, stems)) }
                if stems.count == 2 { inverted[stems[1], default: []].append((promise.id, stems)) }
            }
        }
        self.entries = entries
        self.topics = matcher
        self.looseTopics = loose
        self.invertedTopics = inverted
        var firstStems = StemFilter()
        for stem in loose.keys { firstStems.insert(stem) }
        for stem in inverted.keys { firstStems.insert(stem) }
        self.firstStems = firstStems
        self.startStems = WordSet(startStems.union(inverted.keys))
        self.indexByID = indexByID
    }

    public func index(of promiseID: String) -> Int? { indexByID[promiseID] }

    /// Words that may not stand inside a topic phrase: "free returns and shipping" is not
    /// "free shipping".
    static let notInserted: Set<String> = ["and", "or", "but", "not", "no", "of", "to", "for", "with", "from", "the", "a", "an", "on", "in", "is", "are"]

    /// Topic matches: exact ones (after stemming), multi-word topics with one content word
    /// inserted between two of their words ("free standard shipping"), and two-word topics in
    /// predicate form ("shipping is free", "returns are free").
    func topicMatches(in words: [Word]) -> [(key: String, words: Range<Int>)] {
        guard words.contains(where: { startStems.contains($0.stem) }) else { return [] }
        var found = topics.matches(in: words).map { (key: $0.key, words: $0.words) }
        guard !looseTopics.isEmpty else { return found }
        for start in words.indices {
            guard firstStems.mayContain(words[start].stem), let candidates = looseTopics[words[start].stem] else { continue }
            for candidate in candidates where start + candidate.stems.count < words.count {
                let count = candidate.stems.count
                for gapAt in 1..<count {
                    // stems[0..<gapAt], one inserted word, stems[gapAt...]
                    let inserted = words[start + gapAt]
                    if Self.notInserted.contains(inserted.lowercased) { continue }
                    var ok = true
                    for k in 0..<count {
                        let index = start + k + (k >= gapAt ? 1 : 0)
                        if words[index].stem != candidate.stems[k] { ok = false; break }
                    }
                    if ok, !found.contains(where: { $0.key == candidate.promise && $0.words.lowerBound == start }) {
                        found.append((key: candidate.promise, words: start..<(start + count + 1)))
                        break
                    }
                }
            }
        }
        for start in words.indices where start + 2 < words.count {
            guard firstStems.mayContain(words[start].stem), let candidates = invertedTopics[words[start].stem],
                  Self.copulas.contains(words[start + 1].lowercased) else { continue }
            // "shipping is free", "shipping is always free"
            var last = start + 2
            if Self.copulas.contains(words[last].lowercased), last + 1 < words.count { last += 1 }
            for candidate in candidates where words[last].stem == candidate.stems[0] {
                if !found.contains(where: { $0.key == candidate.promise && $0.words.overlaps(start..<(last + 1)) }) {
                    found.append((key: candidate.promise, words: start..<(last + 1)))
                }
            }
        }
        return found
    }

    static let copulas: Set<String> = ["is", "are", "ship", "ships", "stay", "stays", "remain", "remains", "always"]

    /// A value in the other kind of days (business, calendar) and of another order of magnitude
    /// is about another step: "return requests are reviewed within 2 business days" says nothing
    /// of a 60-day returns window, while "1 business day" against "24 hours" is the classic drift.
    static func isAnotherStep(_ claim: Quantity, _ canonical: Quantity) -> Bool {
        guard claim.dimension == .duration, claim.isBusinessDays != canonical.isBusinessDays else { return false }
        func days(_ quantity: Quantity, _ value: Double) -> Double {
            quantity.isBusinessDays ? value : value / Quantity.minutesPerDay
        }
        // Against the nearer end of a canonical range: "24 hours" is near "3-5 business days".
        func ratio(_ a: Double, _ b: Double) -> Double { a > 0 && b > 0 ? max(a, b) / min(a, b) : 1 }
        let claimDays = days(claim, claim.high)
        let nearer = min(ratio(claimDays, days(canonical, canonical.low)), ratio(claimDays, days(canonical, canonical.high)))
        return nearer > 4
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
