import AlignConfig
import AlignModel
import AlignText

/// The promises of `expect.yml`, compiled once per run: topics stemmed into one table, canonical
/// values parsed. Shared read-only by every worker.
public struct PromiseIndex: Sendable {
    public struct Entry: Sendable {
        public let promise: Promise
        /// The canonical value, parsed; nil when the promise has none (or it reads as no quantity).
        public let value: Quantity?
        /// The values of `values:`, parsed, in order; nil where one reads as no quantity.
        public let conditionValues: [Quantity?]
        /// Each entry's `when:` phrases, as stems.
        var conditionPhrases: [[[String]]] = []
        /// `not_about:` phrases and `scope.context` words, as stems.
        var notAbout: [[String]] = []
        var scopeContext: [[String]] = []
        /// `scope.paths`, compiled (a pattern that does not compile was refused by the loader).
        var scopePaths: [Glob] = []

        /// Whether the promise is itself about a goal or a target (its topic says so): then a
        /// management plan's goal states it.
        var isAboutGoals = false

        /// The plans its statement names before its first figure, for a promise whose `values:`
        /// names none: a plan word written as a name ("**Free**: 7 days", "| **Pro / Max / Team** |
        /// 50 minutes") or before a plan noun ("Free plans retain logs for 7 days"). Its `value:` is
        /// theirs, so a claim under another plan ("Enterprise plans retain logs indefinitely")
        /// states another plan's figure and is not compared. A plan named after the figure is
        /// what the value gives ("For 30 days you get ... every feature in our Enterprise plan").
        var statedPlans: Set<String> = []

        /// Whether the statement refuses what its topic names ("We can no longer approve key
        /// requests from free email domains"): a sentence refusing it says it again.
        var isRefusal = false

        /// A value the promise has, conditioned or not: the kind of value it is about. Stored, as
        /// `isValueless`: every sentence naming a topic asks, several times.
        let measure: Quantity?
        /// Whether the promise has no value at all: its claims drift, they do not conflict.
        public let isValueless: Bool

        /// The statement's letters and digits, lower-cased: what a sentence quoting it holds.
        let statementKey: [UInt8]
        /// The figures the statement writes: a table row headed by another is another case.
        var statementValues: [Quantity] = []
        /// The statement around its figures: a line written the same way around another case's
        /// figure is that case's.
        let pattern: StatementPattern

        init(promise: Promise, value: Quantity?, conditionValues: [Quantity?]) {
            self.promise = promise
            self.value = value
            self.conditionValues = conditionValues
            measure = value ?? conditionValues.lazy.compactMap { $0 }.first
            isValueless = measure == nil
            readsVersions = measure.map { $0.dimension == .version } ?? true
            let statementKey = Self.quoteKey(promise.statement)
            self.statementKey = statementKey
            pattern = StatementPattern(statement: promise.statement, values: [promise.value].compactMap { $0 } + promise.values.map(\.value))
            readsPeriods = measure.map { $0.dimension == .period }
                ?? Self.frequencyWords.contains { Self.mentions($0, statementKey, promise.topics) }
            otherWordings = value.map { conditionValues.isEmpty ? Self.otherWordings(of: $0, in: promise.statement) : [] } ?? []
        }

        /// For a promise with one value and no conditions, the values its statement writes right
        /// beside it: the same promise in other words ("5 weeks (25 days or 200 hours)" of paid
        /// vacation, `value: 25 days`). A claim of one of them says what the statement says.
        /// Tiers are left out: there a value the statement writes is another tier's.
        let otherWordings: [Quantity]

        /// The values written right beside `value` in `statement`, joined to it only by brackets,
        /// commas or "or" ("5 weeks (25 days or 200 hours)"). Values further off say something
        /// else ("stored indefinitely and can be accessed ... for up to 12 months"). The value
        /// itself, bounded or not, is none: its bound would let a claim under it agree.
        static func otherWordings(of value: Quantity, in statement: String) -> [Quantity] {
            let read = QuantityReader.quantities(in: statement)
            let bytes = Array(statement.utf8)
            func isValue(_ quantity: Quantity) -> Bool {
                quantity.dimension == value.dimension && quantity.low == value.low && quantity.high == value.high
            }
            guard let at = read.firstIndex(where: { isValue($0.quantity) }) else { return [] }
            func joined(_ left: Int, _ right: Int) -> Bool {
                let between = bytes[read[left].range.upperBound..<read[right].range.lowerBound]
                return between.count <= 6 && String(decoding: between, as: UTF8.self).split(separator: " ").allSatisfy { $0 == "or" || $0.allSatisfy("(),[]".contains) }
            }
            var first = at
            while first > 0, joined(first - 1, first) { first -= 1 }
            var last = at
            while last + 1 < read.count, joined(last, last + 1) { last += 1 }
            return read[first...last].map(\.quantity).filter { !isValue($0) }
        }

        /// Whether `quantity` is one of the values the statement writes besides the canonical one.
        func isOtherWording(_ quantity: Quantity) -> Bool {
            otherWordings.contains { quantity.agrees(with: $0) }
        }

        /// Words that make a promise without a value one about how often something happens.
        static let frequencyWords = ["frequen", "often", "cadence"]

        /// Whether a period ("every week", "6x/week") is a value of the promise: its value is one,
        /// or it has none and its statement or a topic speaks of how often ("increases the
        /// frequency of updates"). A period the statement merely lists ("Daily / Weekly / Monthly"
        /// reports) is not enough: the same pages' "every hour" is how often something else
        /// happens. Stored, as `isValueless` is.
        let readsPeriods: Bool

        /// A text's letters and digits, ASCII lower-cased: markup, punctuation and spacing aside.
        static func quoteKey(_ text: String) -> [UInt8] {
            text.utf8.compactMap(keyByte)
        }

        static func keyByte(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 0x41...0x5A: byte | 0x20
            case 0x61...0x7A, 0x30...0x39, 0x80...: byte
            default: nil
            }
        }

        /// Whether `sentence` is the statement or one of its sentences, quoted from the owner page
        /// (its `quoteKey` inside the statement's), long enough to be more than a fragment. Read
        /// in place: most sentences part from the statement within a few letters.
        func isQuoted(by sentence: String) -> Bool {
            Self.isQuoted(sentence, in: statementKey)
        }

        static func isQuoted(_ sentence: String, in statementKey: [UInt8]) -> Bool {
            let key = sentence.utf8.lazy.compactMap(keyByte)
            guard let first = key.first else { return false }
            for start in statementKey.indices where statementKey[start] == first {
                var at = start
                var matched = true
                for byte in key {
                    guard at < statementKey.count, statementKey[at] == byte else {
                        matched = false
                        break
                    }
                    at += 1
                }
                if matched, at - start >= shortestQuote { return true }
            }
            return false
        }

        static let shortestQuote = 24

        /// Whether the statement or a topic says `word` (lower-case letters): "Python SDK 1.14 or
        /// later" mentions "sdk".
        func mentions(_ word: String) -> Bool {
            Self.mentions(word, statementKey, promise.topics)
        }

        static func mentions(_ word: String, _ statementKey: [UInt8], _ topics: [String]) -> Bool {
            let key = Array(word.utf8)
            return statementKey.contains(key) || topics.contains { quoteKey($0).contains(key) }
        }

        /// Whether a version after the promise's name is its claim: the promise is about a version,
        /// or has no value to say what it is about ("Redis version 7.0 or higher is recommended").
        /// Stored, as `isValueless` is.
        let readsVersions: Bool

        /// Whether `quantity` is a duration on another timescale than every value the promise
        /// has: five hundred times shorter or longer ("30 minutes" against a 14-day login, "a
        /// 5-minute window" against a 30-day key). Such a value measures something else that
        /// shares the topic's words; a real drift ("within an hour" against 24 hours, "12 hours"
        /// against 60 days) is nearer.
        func isOnOtherTimescale(_ quantity: Quantity) -> Bool {
            guard quantity.dimension == .duration, !quantity.isIndefinite, measure?.dimension == .duration else { return false }
            func minutes(_ duration: Quantity) -> (low: Double, high: Double) {
                let scale = duration.isBusinessDays ? Quantity.minutesPerDay : 1
                return (duration.low * scale, duration.high * scale)
            }
            let claimed = minutes(quantity)
            guard claimed.low > 0 else { return false }
            let values = ([value] + conditionValues).compactMap { $0 }.filter { $0.dimension == .duration && !$0.isIndefinite }
            return !values.isEmpty && values.allSatisfy { value in
                let promised = minutes(value)
                return promised.low > 0 && (claimed.high * 500 <= promised.low || claimed.low >= promised.high * 500)
            }
        }

        /// Whether the promise is written as a floor, or as a ceiling, in its values or its
        /// statement ("Shipping is free on every order of $75 or more"): a threshold that way
        /// ("orders over $50") states it. Two flags, not a set: every copy of an entry retains
        /// what it holds, and rules copy entries often.
        var isWrittenAsFloor = false
        var isWrittenAsCeiling = false

        func isWritten(as bound: Quantity.Bound) -> Bool {
            switch bound {
            case .atLeast: isWrittenAsFloor
            case .atMost: isWrittenAsCeiling
            case .exact: false
            }
        }

        /// The condition `words` name for this promise: one of its `when:` phrases, else a
        /// built-in condition word (see `ConditionWords`).
        func condition(in words: ArraySlice<Word>, whole: Bool) -> ClaimCondition? {
            guard var found = ConditionWords.find(in: words, phrases: conditionPhrases, whole: whole) else { return nil }
            if let when = found.when {
                guard Self.namesCondition(promise.values[when].when, phrases: conditionPhrases[when], in: words) else { return nil }
                found.key = promise.values[when].when.first ?? ""
            }
            return found
        }

        /// Whether `words` name the condition `when` (its `phrases` as stems) as written: a phrase of
        /// several words by its stems, a one-word phrase by its word, its possessive, or (written
        /// in the plural) its singular. "standard" is not "packaging standards".
        static func namesCondition(_ when: [String], phrases: [[String]], in words: ArraySlice<Word>) -> Bool {
            if phrases.contains(where: { $0.count > 1 && ConditionWords.firstPhrase(in: words, phrases: [$0]) != nil }) { return true }
            let singles = when.filter { !$0.contains(" ") }.map { $0.lowercased() }
            return words.contains { word in
                singles.contains { $0 == word.lowercased || word.lowercased == $0 + "'s" || word.lowercased == $0 + "’s" || $0 == word.lowercased + "s" }
            }
        }

        /// What a claim under `condition` is compared with: the value of its condition; else the
        /// promise's `value:`, which holds under every condition `values:` does not name (but for a
        /// plan other than those its statement names); else,
        /// for an unconditioned claim, every condition's value (it agrees with one of them or
        /// conflicts with all). A claim under a condition the promise gives no value for, when it
        /// has no `value:`, is not compared.
        func canonicals(for condition: ClaimCondition?) -> [Canonical] {
            if let when = condition?.when, let quantity = conditionValues[when] {
                let written = promise.values[when]
                return [Canonical(quantity: quantity, written: written.value, position: written.position, condition: written.when.first)]
            }
            // `value:` holds under every condition `values:` does not name.
            if let value, let written = promise.value {
                if let key = condition?.key, ConditionWords.plans.contains(key), !statedPlans.isEmpty, !statedPlans.contains(key) { return [] }
                return [Canonical(quantity: value, written: written, position: promise.valuePosition, condition: nil)]
            }
            if condition != nil { return [] }
            return promise.values.indices.compactMap { index in
                conditionValues[index].map {
                    Canonical(quantity: $0, written: promise.values[index].value, position: promise.values[index].position,
                              condition: promise.values[index].when.first)
                }
            }
        }
    }

    /// A value of expect.yml a claim is compared with: parsed, as written, where, and under which
    /// condition (its first `when:` phrase).
    public struct Canonical: Sendable {
        public var quantity: Quantity
        public var written: String
        public var position: SourcePosition
        public var condition: String?
    }

    public let entries: [Entry]
    /// Per entry: what the promise is about, and which of its topics only say what is done to it.
    let subjects: [PromiseSubject]
    /// Whether some promise has a `scope` or `not_about:`: only then is a sentence's place read.
    let hasPlacementRules: Bool
    /// Whether some promise reads periods: only then are periods read as claim values (elsewhere
    /// "every day" is a frequency, and a value more would split clauses).
    let readsPeriods: Bool
    /// Whether some promise's value is a date ("July 30, 2026"): only then are dates read as
    /// claim values. Dates are everywhere (posts, changelogs, "last updated", other years'
    /// schedules), so a promise without a value never reads them.
    let readsDates: Bool
    private let topics: TopicTable
    private let indexByID: [String: Int]

    public init(expectation: Expectation, stemmer: Stemmer) {
        var entries: [Entry] = []
        var subjects: [PromiseSubject] = []
        var indexByID: [String: Int] = [:]
        func stems(_ phrases: [String]) -> [[String]] {
            phrases.map { WordScanner.words(in: $0, range: 0..<$0.utf8.count, stemmer: stemmer).map(\.stem) }
        }
        func words(_ text: String) -> [Word] {
            WordScanner.words(in: text, range: 0..<text.utf8.count, stemmer: stemmer)
        }
        for promise in expectation.promises {
            indexByID[promise.id] = entries.count
            let statement = QuantityReader.quantities(in: promise.statement)
            var entry = Entry(
                promise: promise, value: promise.value.flatMap(QuantityReader.parse).map { Self.rate(of: $0, in: statement) },
                conditionValues: promise.values.map { QuantityReader.parse($0.value).map { Self.rate(of: $0, in: statement) } })
            entry.conditionPhrases = promise.values.map { stems($0.when) }
            entry.statementValues = statement.map(\.quantity)
            entry.notAbout = stems(promise.notAbout)
            entry.scopeContext = stems(promise.scope?.context ?? [])
            entry.scopePaths = (promise.scope?.paths ?? []).compactMap { try? Glob($0) }
            let bounds = ([entry.value] + entry.conditionValues + statement.map(\.quantity)).compactMap { $0?.bound } + statement.compactMap(\.threshold)
            entry.isWrittenAsFloor = bounds.contains(.atLeast)
            entry.isWrittenAsCeiling = bounds.contains(.atMost)
            let statementWords = words(promise.statement), topicWords = promise.topics.map(words)
            if promise.values.isEmpty, let first = statement.first {
                entry.statedPlans = ConditionWords.plans(namedIn: statementWords.prefix { $0.range.upperBound <= first.range.lowerBound }, text: promise.statement)
            }
            entry.isRefusal = Negations.refuses(statementWords, topics: topicWords)
            subjects.append(PromiseSubject(statement: promise.statement, words: statementWords, topics: topicWords,
                                           conditions: Set(entry.conditionPhrases.joined().joined())))
            entry.isAboutGoals = promise.topics.contains { topic in
                topic.lowercased().split(separator: " ").contains { ["goal", "goals", "target", "targets", "objective", "aim"].contains($0) }
            }
            entries.append(entry)
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
        self.subjects = subjects
        hasPlacementRules = entries.contains { !$0.scopePaths.isEmpty || !$0.scopeContext.isEmpty || !$0.notAbout.isEmpty }
        readsPeriods = entries.contains(where: \.readsPeriods)
        readsDates = entries.contains { $0.measure?.dimension == .date }
        self.topics = TopicTable(topics)
        self.indexByID = indexByID
    }

    public func index(of promiseID: String) -> Int? { indexByID[promiseID] }

    /// The promises that `topics` (each a match's promise and stems) name only by a predicate,
    /// where `words` do not name their subject either (see `PromiseSubject`).
    func namedOnlyByPredicates(_ topics: [(promise: Int, stems: [String])], in words: ArraySlice<Word>) -> [Int] {
        var predicateOnly: [Int: Bool] = [:]
        for topic in topics {
            predicateOnly[topic.promise] = (predicateOnly[topic.promise] ?? true) && subjects[topic.promise].isPredicate(topic.stems)
        }
        return predicateOnly.filter { promise, only in
            only && ConditionWords.whenPhrase(in: words, phrases: [subjects[promise].phrases]) == nil
        }.keys.sorted()
    }

    /// `value` as the statement writes it when the statement gives it a period: `value: 100
    /// requests` beside "limited per user to a default of 100 requests per hour" is the rate. A
    /// total the statement states as a total ("40,000 emails (monthly plan limit)") stays one.
    static func rate(of value: Quantity, in statement: [ReadQuantity]) -> Quantity {
        guard value.dimension == .count else { return value }
        let written = value.text.lowercased()
        return statement.first { $0.quantity.dimension == .countRate && $0.quantity.unit == value.unit && $0.quantity.text.lowercased().hasPrefix(written) }?.quantity ?? value
    }

    /// Words before a topic that make it a sum: "Total message cost" is a bill, not the price.
    static let aggregateWords: WordSet = ["total", "subtotal", "combined", "cumulative"]

    /// Whether topic match `match` in `words` names a sum of its promise ("Total message cost"),
    /// which the promise's statement does not.
    func isAggregate(_ match: (promise: Int, words: Range<Int>), in words: [Word]) -> Bool {
        guard match.words.lowerBound > 0, Self.aggregateWords.contains(words[match.words.lowerBound - 1]) else { return false }
        return !entries[match.promise].promise.statement.lowercased().contains(words[match.words.lowerBound - 1].lowercased)
    }

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
        entries.filter { $0.promise.value != nil && $0.value == nil || $0.conditionValues.contains { $0 == nil } }.map(\.promise)
    }


    /// Whether `quantity` agrees with any value of promise `index` (nil: it has none): which
    /// promise a value is about is chosen before its condition is known.
    func agreesWithAny(_ index: Int, _ quantity: Quantity) -> Bool? {
        // Read in place: a copy of the entry retains each of its arrays.
        guard !entries[index].isValueless else { return nil }
        if let value = entries[index].value, quantity.agrees(with: value) { return true }
        return entries[index].conditionValues.contains { $0.map(quantity.agrees) ?? false }
    }

    /// Whether `quantity` states one of promise `index`'s values itself, not only a value it allows.
    func statesValue(_ index: Int, _ quantity: Quantity) -> Bool {
        if let value = entries[index].value, quantity.states(value) { return true }
        return entries[index].conditionValues.contains { $0.map(quantity.states) ?? false }
    }

    /// Whether `read` is the kind of value promise `index` is about: the same dimension as its
    /// canonical value (same currency, same counted unit), or, for a promise without a value, a
    /// duration, an amount, a rate, a percentage, "24/7", or a period if it reads them (a plain
    /// count is too loose to claim).
    ///
    /// A saving ("$10 off", "2 months free") is only a value for a promise that is itself a
    /// percentage ("loyalty members get 15% off"); a difference ("spend $50 more") never is.
    func accepts(_ index: Int, _ read: ReadQuantity) -> Bool {
        guard !read.isDifference else { return false }
        if let value = entries[index].measure {
            if read.isDiscount && !(value.dimension == .percent && read.quantity.dimension == .percent) { return false }
            guard read.quantity.isComparable(with: value) else { return false }
            return !Self.isAnotherStep(read.quantity, value)
        }
        // A time of day ("before 3:30PM") or a date is a value only of a promise that has one.
        return !read.isDiscount && !read.quantity.isCounted && read.quantity.dimension != .timeOfDay && read.quantity.dimension != .date
            && (read.quantity.dimension != .period || entries[index].readsPeriods)
    }
}
