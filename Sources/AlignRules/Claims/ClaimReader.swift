import AlignModel
import AlignText

/// What one sentence says about the promises: the values it states for them and the hedges
/// around them. Offsets are UTF-8 offsets in the text of the sentence's block.
struct SentenceReading: Sendable {
    struct Value: Sendable {
        var promise: Int
        var read: ReadQuantity
        /// Nil when the promise has no canonical value.
        var agrees: Bool?
        var clause: Int
        /// UTF-8 distance to the topic it was attributed to.
        var gap: Int
    }

    struct Mention: Sendable {
        var promise: Int
        var range: Range<Int>
        var clause: Int
    }

    struct Hedge: Sendable {
        var promise: Int
        var phrase: String
        var range: Range<Int>
    }

    var values: [Value] = []
    /// Promises the sentence states: with a value of the right kind, or, for a promise without a
    /// canonical value, by naming its topic. The range is the value's, else the topic's.
    var stated: [(promise: Int, range: Range<Int>)] = []
    var hedges: [Hedge] = []
}

/// Reads sentences for claims. Built once per run; `read` is pure and cheap on sentences that
/// name no promise's topic (one dictionary probe per word).
struct ClaimReader: Sendable {
    let promises: PromiseIndex

    /// Attribution compares values with topics: bound both, so that a run-on table row of
    /// hundreds of numbers stays cheap. Real sentences have a handful.
    static let maxPerSentence = 48

    static let statisticWords: Set<String> = ["average", "averages", "averaged", "median", "mean"]
    static let periods: Set<String> = ["week", "month", "quarter", "year", "season"]

    /// Blocks whose words are not the company's promise: a quoted testimonial.
    static func isChecked(_ block: Block) -> Bool { block.kind != .quote }

    /// Whether only spaces and hyphens separate `words`.
    static func isContiguous(_ words: ArraySlice<Word>, bytes: [UInt8], base: Int) -> Bool {
        var previous: Word?
        for word in words {
            if let previous {
                for offset in previous.range.upperBound..<word.range.lowerBound {
                    let b = bytes[offset - base]
                    if b != 0x20 && b != 0x2D && b != 0x09 && b != 0x0A { return false }
                }
            }
            previous = word
        }
        return true
    }

    func read(_ sentence: Sentence) -> SentenceReading? {
        let matches = promises.topics.matches(in: sentence.words)
        guard !matches.isEmpty else { return nil }
        let base = sentence.range.lowerBound
        let bytes = Array(sentence.text.utf8)
        let quantities = QuantityReader.quantities(in: sentence.text).prefix(Self.maxPerSentence).map { read -> ReadQuantity in
            var read = read
            read.range = (read.range.lowerBound + base)..<(read.range.upperBound + base)
            return read
        }
        let clauses = ClauseSplitter.clauses(
            text: bytes, base: base, words: sentence.words.map { ($0.range, $0.lowercased) }, values: quantities.map(\.range))
        func clause(of offset: Int) -> Int {
            clauses.firstIndex { $0.contains(offset) } ?? max(clauses.count - 1, 0)
        }
        struct Topic {
            var promise: Int
            var range: Range<Int>
            var length: Int
            var clause: Int
        }
        var topics: [Topic] = []
        for match in matches.prefix(Self.maxPerSentence) {
            guard let promise = promises.index(of: match.key) else { continue }
            let range = sentence.words[match.words.lowerBound].range.lowerBound..<sentence.words[match.words.upperBound - 1].range.upperBound
            // A topic word inside a value ("day" in "60-day") is part of the value, not a topic.
            if quantities.contains(where: { $0.range.overlaps(range) }) { continue }
            // A phrase does not run across punctuation ("for shipping; free ..." is not "ship free").
            if !Self.isContiguous(sentence.words[match.words], bytes: bytes, base: base) { continue }
            topics.append(Topic(promise: promise, range: range, length: match.words.count, clause: clause(of: range.lowerBound)))
        }
        guard !topics.isEmpty else { return nil }

        var reading = SentenceReading()
        let quantityClauses = quantities.map { clause(of: $0.range.lowerBound) }
        // "95% of chats within 2 minutes", "an average of 4 hours": a statistic about what
        // happened, not a promise of what will.
        // A share ("95% of chats") keeps its own percentage ("99.9% of the time" is an uptime claim)
        // but makes the clause's other values statistics; an average or a past period makes all
        // of them statistics.
        var shared: Set<Int> = []
        var statistical: Set<Int> = []
        for (q, quantity) in quantities.enumerated() where quantity.quantity.dimension == .percent && quantity.quantity.high < 100 {
            if let next = sentence.words.first(where: { $0.range.lowerBound >= quantity.range.upperBound }), next.lowercased == "of" {
                shared.insert(quantityClauses[q])
            }
        }
        for (index, word) in sentence.words.enumerated() {
            if Self.statisticWords.contains(word.lowercased) { statistical.insert(clause(of: word.range.lowerBound)) }
            // "Uptime last quarter was 99.2%": a measurement of the past.
            if word.lowercased == "last", index + 1 < sentence.words.count, Self.periods.contains(sentence.words[index + 1].lowercased) {
                statistical.insert(clause(of: word.range.lowerBound))
            }
        }
        func gap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
            if a.overlaps(b) { return 0 }
            return a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : a.lowerBound - b.upperBound
        }
        for (q, quantity) in quantities.enumerated() where !statistical.contains(quantityClauses[q])
            && (!shared.contains(quantityClauses[q]) || quantity.quantity.dimension == .percent) {
            let inClause = topics.indices.filter { topics[$0].clause == quantityClauses[q] && promises.accepts(topics[$0].promise, quantity) }
            guard !inClause.isEmpty else { continue }
            func agrees(_ t: Int) -> Bool? {
                promises.entries[topics[t].promise].value.map { quantity.quantity.agrees(with: $0) }
            }
            var chosen: Int?
            // A value that agrees with one of the promises named beside it is about that one.
            let agreeing = inClause.filter { agrees($0) == true }
            if let nearest = agreeing.min(by: { gap(topics[$0].range, quantity.range) < gap(topics[$1].range, quantity.range) }) {
                chosen = nearest
            } else {
                // A topic with a nearer value of its own is that value's topic.
                let free = inClause.filter { t in
                    let own = gap(topics[t].range, quantity.range)
                    return !quantities.indices.contains { other in
                        other != q && quantityClauses[other] == quantityClauses[q] && promises.accepts(topics[t].promise, quantities[other])
                            && gap(topics[t].range, quantities[other].range) < own
                    }
                }
                let pool = free.isEmpty ? inClause : free
                let nearestGap = pool.map { gap(topics[$0].range, quantity.range) }.min() ?? 0
                // Within a few words of the nearest, the more specific (longer) topic wins.
                chosen = pool.filter { gap(topics[$0].range, quantity.range) <= nearestGap + 24 }
                    .min { a, b in
                        if topics[a].length != topics[b].length { return topics[a].length > topics[b].length }
                        return gap(topics[a].range, quantity.range) < gap(topics[b].range, quantity.range)
                    }
            }
            guard let t = chosen else { continue }
            reading.values.append(SentenceReading.Value(
                promise: topics[t].promise, read: quantity, agrees: agrees(t), clause: quantityClauses[q],
                gap: gap(topics[t].range, quantity.range)))
        }
        // Beside a value that agrees, another value for the same promise in the same clause is an
        // exception or a different figure ("orders under $75 pay $5.99"), not a contradiction.
        // When none agrees, the value nearest the topic is the claim; the others are details
        // ("99.95%, with 10% credit"), and one finding per promise and clause is enough.
        let attributed = reading.values
        reading.values.removeAll { value in
            guard value.agrees == false else { return false }
            let siblings = attributed.filter { $0.promise == value.promise && $0.clause == value.clause }
            if siblings.contains(where: { $0.agrees == true }) { return true }
            return siblings.contains { $0.gap < value.gap }
        }

        var statedClauses: [Int: Set<Int>] = [:]
        for value in reading.values {
            if !reading.stated.contains(where: { $0.promise == value.promise }) { reading.stated.append((value.promise, value.read.range)) }
            statedClauses[value.promise, default: []].insert(value.clause)
        }
        for topic in topics where promises.entries[topic.promise].value == nil {
            if !reading.stated.contains(where: { $0.promise == topic.promise }) { reading.stated.append((topic.promise, topic.range)) }
            statedClauses[topic.promise, default: []].insert(topic.clause)
        }

        let hedgeHits = Hedges.matcher.hits(in: sentence.words)
        for hit in hedgeHits {
            let range = sentence.words[hit.words.lowerBound].range.lowerBound..<sentence.words[hit.words.upperBound - 1].range.upperBound
            let hedgeClause = clause(of: range.lowerBound)
            for (promise, clauses) in statedClauses.sorted(by: { $0.key < $1.key }) where clauses.contains(hedgeClause) {
                guard promises.entries[promise].promise.strength == .firm else { continue }
                // The hedge must sit with the promise's own topic, not only with its value.
                guard topics.contains(where: { $0.promise == promise && $0.clause == hedgeClause }) else { continue }
                reading.hedges.append(SentenceReading.Hedge(promise: promise, phrase: hit.key, range: range))
            }
        }
        return reading
    }
}
