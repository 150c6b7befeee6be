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
        /// The condition its clause names; the block's context is looked at later.
        var condition: ClaimCondition?
        /// What it was compared with (empty: not compared), once its condition is known.
        var expected: [PromiseIndex.Canonical] = []
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
    /// Firm promises the sentence denies or withdraws, with the denial's range.
    var denials: [(promise: Int, range: Range<Int>)] = []
    /// Promises the sentence names only by a predicate ("approved" for a voucher's review) and
    /// whose subject it does not name: about them only where its paragraph or context does.
    var unanchored: [Int] = []

    /// Forgets everything the sentence says about the promises `excluded` picks.
    mutating func drop(where excluded: (Int) -> Bool) {
        values.removeAll { excluded($0.promise) }
        stated.removeAll { excluded($0.promise) }
        hedges.removeAll { excluded($0.promise) }
        denials.removeAll { excluded($0.promise) }
    }
}

/// Reads sentences for claims. Built once per run; `read` is pure and cheap on sentences that
/// name no promise's topic (one dictionary probe per word).
struct ClaimReader: Sendable {
    let promises: PromiseIndex
    /// expect.yml's `organization:`, as lower-case words (empty when it has none). Here, not in
    /// the `PromiseIndex`: every copy of the index retains what it holds, and it is copied often.
    let organization: [String]

    init(promises: PromiseIndex, organization: [String] = []) {
        self.promises = promises
        self.organization = organization
    }

    /// Words of the conditional mood.
    static let conditionalMood: WordSet = ["would", "wouldn't", "would've", "wouldn’t"]

    /// Attribution compares values with topics: bound both, so that a run-on table row of
    /// hundreds of numbers stays cheap. Real sentences have a handful.
    static let maxPerSentence = 48
    /// A hedge with no value beside it weakens a promise only where it opens the statement: at
    /// most a short subject before it ("In most cases we match", "We usually match").
    static let hedgeOpeningWords = 2
    /// Who may stand before a hedge that opens a promise: the company or the customer ("We
    /// usually ...", "and you typically ..."), or a word joining it to what went before.
    static let openingHedgeSubjects: WordSet = ["we", "we'll", "we're", "our", "us", "you", "you'll", "your", "i", "and", "but", "so", "then", "also", "this", "it"]

    /// Blocks whose words are not the company's promise: a quoted testimonial. Read in place: the
    /// rules ask it of every sentence, and a copied `Block` retains all its strings.
    static func isChecked(_ sentence: Sentence, in document: AnalyzedDocument) -> Bool {
        let kind = document.document.blocks[sentence.block].kind
        if kind == .quote { return false }
        // "I don't have any backup codes left", "My codes don't work": a help page's heading in
        // the reader's voice, a question put as a statement: the reader's words, not the company's.
        if kind == .heading, let first = sentence.words.first, readerVoice.contains(first) { return false }
        return true
    }

    /// The first words of a heading in the reader's voice.
    static let readerVoice: WordSet = ["i", "i'm", "i've", "i’m", "i’ve", "my"]

    /// Whether a sentence ends with a question mark (past closing quotes, brackets, emphasis).
    static func isQuestion(_ bytes: [UInt8]) -> Bool {
        var end = bytes.count - 1
        while end >= 0, [0x20, 0x09, 0x0A, 0x22, 0x27, 0x29, 0x2A, 0x5F, 0x5D].contains(bytes[end]) || bytes[end] >= 0x80 && bytes[end] != 0xBF {
            // A closing curly quote (E2 80 9D, E2 80 99) is passed byte by byte; "¿" is not a close.
            end -= 1
        }
        return end >= 0 && bytes[end] == UInt8(ascii: "?")
    }

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

    /// The condition a clause names for the value at `range`. A clause that names several, each
    /// beside its value ("Starter 98%, Business 99.96%, Enterprise 99.99%", a table's rows read as
    /// one sentence), gives a value the condition written next to it: the nearest before it when
    /// the clause's first value of the promise has its condition before it, else the nearest after it.
    static func condition(of range: Range<Int>, in words: [Word], firstValue: Int?, entry: PromiseIndex.Entry) -> ClaimCondition? {
        guard let first = entry.condition(in: words[...], whole: false) else { return nil }
        // "defaulting to 5 minutes, up to 15 minutes on Pro plan": a value's own condition beats a leading one.
        if let own = ownCondition(of: range, in: words[...], entry: entry) { return own }
        let before = words.prefix { $0.range.upperBound <= range.lowerBound }
        let leading = entry.condition(in: words.prefix { $0.range.upperBound <= (firstValue ?? range.lowerBound) }[...], whole: false) != nil
        if leading {
            for start in before.indices.reversed() {
                guard let found = entry.condition(in: before[start...], whole: false) else { continue }
                // A longer phrase that ends in it wins: "not an emergency" over "emergency".
                for back in 1...3 where start - back >= before.startIndex {
                    // It must run into `start`: nothing is named in the words before it alone.
                    if let longer = entry.condition(in: before[(start - back)...], whole: false), longer != found,
                       entry.condition(in: before[(start - back)..<start], whole: false) == nil {
                        return longer
                    }
                }
                return found
            }
        } else if let found = entry.condition(in: words[before.endIndex...], whole: false) {
            return found
        }
        return first
    }

    /// Words of a hedge that say nothing of it: who hedges, and the verb it leans on.
    static let hedgeFillers: Set<Substring> = ["we", "you", "i", "our", "to", "be", "as", "the", "in", "of", "a", "is"]

    /// Whether a promise's own statement uses the words of `hedge` ("should" of "should be",
    /// "aim" of "we aim to"), or, for a hedge of how often, any such hedge: a statement that
    /// says "typically posted Sunday through Thursday" is said as written by "normally announced".
    static func statement(_ statement: String, uses hedge: String) -> Bool {
        let words = Set(statement.lowercased().split { !$0.isLetter })
        if Hedges.frequency.contains(hedge), Hedges.frequency.contains(where: { !$0.contains(" ") && words.contains(Substring($0)) }) {
            return true
        }
        let own = hedge.split(separator: " ").filter { !hedgeFillers.contains($0) }
        return !own.isEmpty && own.allSatisfy(words.contains)
    }

    /// Whether the words before a threshold at `start` say what the reader has or does, in a
    /// clause that opens with "if" or "when": "if your system has more than", "when you have
    /// over", "if your team runs backups more often than once per day". Not a negated clause:
    /// "if you have not heard back in more than 24 hours" tells what the reader waits for.
    static func isReadersHolding(before start: Int, in words: ArraySlice<Word>) -> Bool {
        let before = words.filter { $0.range.upperBound <= start }.suffix(readersHoldingWords).map(\.lowercased)
        guard let opening = before.lastIndex(where: { $0 == "if" || $0 == "when" }) else { return false }
        let clause = before[opening...]
        return clause.contains { $0 == "you" || $0 == "your" } && clause.contains { readersOwnVerbs.contains($0) }
            && !clause.contains { Negations.negators.contains($0) }
    }

    /// What the reader has or does, in the clause of a threshold: "has more than 1GB of RAM",
    /// "runs backups more often than once per day", "send more than 100 emails".
    static let readersOwnVerbs: WordSet = ["have", "has", "run", "runs", "send", "sends", "use", "uses", "upload", "uploads", "store", "stores"]

    /// How many words before a threshold the reader's holding is looked for in.
    static let readersHoldingWords = 9

    /// "If you have", "when you own", "once you use", "if it has been", "if there is no activity":
    /// an opening clause about the reader's own situation, up to its comma.
    static func opensWithOwnSituation(_ words: [Word]) -> Bool {
        guard words.count > 3, ["if", "when", "once"].contains(words[0].lowercased) else { return false }
        let next = words[1...3].map(\.lowercased)
        if next[0] == "you" { return ["have", "own", "use"].contains(next[1]) }
        // "If you're using the Free Plan, and have more than one bucket to migrate, …"
        if next[0] == "you're" || next[0] == "you’re" { return ["using", "on"].contains(next[1]) }
        if next[0] == "there" { return ["is", "are", "has", "have", "was"].contains(next[1]) }
        return next[0] == "it" && next[1] == "has" && next[2] == "been" || (next[0] == "it's" || next[0] == "it’s") && next[1] == "been"
    }

    /// Where an opening situation ends: at its comma, or, written without one, where the main
    /// clause opens with its subject and a modal ("If there is no activity for 2 years we may
    /// cancel …"). Nil when neither is found.
    static func situationEnd(_ words: [Word], bytes: [UInt8], base: Int) -> Int? {
        if let comma = bytes.firstIndex(of: 0x2C) {
            // ", and have more than one bucket to migrate,": the situation goes on, its subject shared.
            let after = words.drop { $0.range.lowerBound <= base + comma }.prefix(2).map(\.lowercased)
            if after.count == 2, after[0] == "and", situationVerbs.contains(after[1]),
               let next = bytes[(comma + 1)...].firstIndex(of: 0x2C) {
                return base + next
            }
            return base + comma
        }
        guard words.count > 4 else { return nil }
        for index in 3..<(words.count - 1) where mainClauseSubjects.contains(words[index]) && mainClauseModals.contains(words[index + 1]) {
            return words[index].range.lowerBound
        }
        return nil
    }

    static let situationVerbs: Set<String> = ["have", "own", "use", "need", "want"]
    static let mainClauseSubjects: WordSet = ["we", "you", "they", "i"]
    static let mainClauseModals: WordSet = ["may", "will", "can", "must", "should", "might", "would", "could", "shall"]

    /// Whether the word at `index` follows "non-" ("non-billable"), which makes it its opposite.
    static func isNegatedByPrefix(_ words: [Word], at index: Int, bytes: [UInt8], base: Int) -> Bool {
        guard index > 0, words[index - 1].lowercased == "non" else { return false }
        let start = words[index].range.lowerBound - base
        return start > 0 && bytes[start - 1] == 0x2D && words[index - 1].range.upperBound - base == start - 1
    }

    /// Whether the word before the topic at `index` is the "un-" opposite of a word of the
    /// promise's statement: "unpaid parental leave" against "paid parental leave".
    static func isOppositeKind(_ words: [Word], before index: Int, of subject: PromiseSubject) -> Bool {
        guard index > 0 else { return false }
        let word = words[index - 1].lowercased
        guard word.hasPrefix("un"), word.utf8.count > 4 else { return false }
        return subject.statementStems.contains(String(word.dropFirst(2)))
    }

    /// Before a topic verb, a request to the reader: "please reply", "kindly return".
    static let requestWords: WordSet = ["please", "kindly"]
    static let joiningWords: WordSet = ["and", "then"]
    static let countFromWords: WordSet = ["of", "after", "from"]
    static let gapWords: WordSet = ["between"]
    static let deadlineWords: WordSet = ["within", "in", "to", "by", "after", "before", "under"]
    /// Words that make a threshold a limit: "a hard limit on payloads above 10MB".
    static let limitWords: WordSet = ["limit", "limits", "limited", "cap", "capped", "maximum", "max", "exceed", "exceeds"]
    static let countFromFillers: WordSet = ["receiving", "getting", "your", "the", "a", "an", "their", "our", "its", "first"]

    /// (value, topic) pairs that must not be tied. "within 48 hours of receiving your return",
    /// "within 10 days of arrival": the topic after "of"/"after"/"from" is when the count starts,
    /// not what it is about.
    static func countedFrom(_ words: [Word], topics: [ClaimAttribution.Topic], quantities: [ReadQuantity],
                            subjects: [PromiseSubject]) -> Set<ClaimAttribution.Pair> {
        var pairs: Set<ClaimAttribution.Pair> = []
        for (t, topic) in topics.enumerated() {
            guard var index = words.firstIndex(where: { $0.range.lowerBound == topic.range.lowerBound }) else { continue }
            var fillers = 0
            while index > 0, fillers < 2, countFromFillers.contains(words[index - 1]) {
                index -= 1
                fillers += 1
            }
            guard index > 0 else { continue }
            // "Between cycles, we take a week to cool down": the gap between two of what the topic
            // names, not one of them, unless the promise times such a gap ("5 minutes between retries").
            if gapWords.contains(words[index - 1]) {
                guard !subjects[topic.promise].timesGap else { continue }
                for (q, quantity) in quantities.enumerated() where quantity.quantity.dimension == .duration {
                    pairs.insert(ClaimAttribution.Pair(value: q, topic: t))
                }
                continue
            }
            guard countFromWords.contains(words[index - 1]) else { continue }
            let preposition = words[index - 1].range
            // The value must end just before the preposition, with no word between but another
            // value's ("100 emails/day indefinitely after your first 30 days").
            var before = index - 2
            while before >= 0, quantities.contains(where: { $0.range.contains(words[before].range.lowerBound) }) { before -= 1 }
            let wordBefore = before >= 0 ? words[before].range.upperBound : 0
            for (q, quantity) in quantities.enumerated()
            where quantity.range.upperBound <= preposition.lowerBound && quantity.range.upperBound >= wordBefore {
                // "6 weeks of notice" is an amount of notice: "of" counts from its topic only after a
                // deadline word ("within 48 hours of receiving"). The "to" of "up to" is a ceiling's:
                // "up to 7 days of metrics" is an amount of metrics.
                if words[index - 1].lowercased == "of",
                   let lead = words.lastIndex(where: { $0.range.upperBound <= quantity.range.lowerBound }),
                   !deadlineWords.contains(words[lead]) || lead > 0 && words[lead].lowercased == "to" && words[lead - 1].lowercased == "up" { continue }
                pairs.insert(ClaimAttribution.Pair(value: q, topic: t))
            }
        }
        // "we'll process it within 2 business days and refund you": a topic after an "and" that
        // follows a duration belongs to the next verb phrase. (Not so for an amount: "spend $75
        // and get free shipping" is a condition and what it earns.)
        for (t, topic) in topics.enumerated() {
            for (q, quantity) in quantities.enumerated()
            where quantity.quantity.dimension == .duration && quantity.range.upperBound <= topic.range.lowerBound {
                let joined = words.contains {
                    $0.range.lowerBound >= quantity.range.upperBound && $0.range.upperBound <= topic.range.lowerBound && joiningWords.contains($0)
                }
                if joined { pairs.insert(ClaimAttribution.Pair(value: q, topic: t)) }
            }
        }
        return pairs
    }

    /// Whether every topic of `promise` in `words` is a verb with a subject of its own ("The
    /// board generally meets once per month"): then the sentence says what that subject does,
    /// not what the promise's does.
    static func topicsHaveOwnSubject(of promise: Int, topics: [ClaimAttribution.Topic], in words: [Word]) -> Bool {
        let named = topics.filter { $0.promise == promise }
        return !named.isEmpty && named.allSatisfy { topic in
            guard let verb = words.firstIndex(where: { $0.range.lowerBound >= topic.range.lowerBound }) else { return false }
            return PromiseSubject.hasActiveSubject(beforeVerb: verb, in: words)
        }
    }

    /// The promises `topics` name only by a predicate while `sentence` does not name their subject.
    func unanchoredPromises(_ topics: [ClaimAttribution.Topic], in sentence: Sentence) -> [Int] {
        // Most promises have no predicate topic: then nothing is asked of the sentence.
        guard topics.contains(where: { promises.subjects[$0.promise].hasPredicates }) else { return [] }
        return promises.namedOnlyByPredicates(topics.map { topic in
            (topic.promise, sentence.words.filter { topic.range.contains($0.range.lowerBound) }.map(\.stem))
        }, in: sentence.words[...])
    }

    /// Whether `read` is a threshold that conditions what follows rather than a value stated for
    /// `promise` (see `ReadQuantity.threshold`). Not when the promise is itself written as a floor
    /// or ceiling that way, nor for money and shares, which offers state as thresholds ("free
    /// shipping over $75", "over 99.9% uptime"), nor when `clause` names a limit. A share under a
    /// level is the breach a credit is paid for ("< 99.0%"), and with one in the sentence
    /// (`shareCeiling`), a share over a level is the other end of a credit tier ("< 99.9% but >= 99.0%").
    static func hasShareCeiling(_ quantities: [ReadQuantity]) -> Bool {
        quantities.contains { $0.threshold == .atMost && $0.quantity.dimension == .percent }
    }

    func isThresholdCondition(_ read: ReadQuantity, of promise: Int, shareCeiling: Bool,
                              clause: @autoclosure () -> ArraySlice<Word>) -> Bool {
        guard let threshold = read.threshold, ![.money, .moneyRate].contains(read.quantity.dimension) else { return false }
        if read.quantity.dimension == .percent, threshold == .atLeast { return shareCeiling }
        // The clause's words are found only now: most values are no threshold.
        let words = clause()
        // "I recommend it if your system has more than 1GB of RAM": what the reader has, the
        // condition of advice, even where the promise is a floor.
        if Self.isReadersHolding(before: read.range.lowerBound, in: words) { return true }
        // "if there are fewer than three Steering Group Members" against 3 to 7 members: where
        // the promised range is left, the condition of what follows.
        if let value = promises.entries[promise].value, value.low < value.high, Self.leaves(value, read.bounded, by: threshold) { return true }
        guard !promises.entries[promise].isWritten(as: threshold) else { return false }
        if read.quantity.dimension == .percent { return true }
        // The word that makes the threshold names no limit of its own ("when the job logs exceed 100MB").
        let comparison = words.last { $0.range.upperBound <= read.range.lowerBound }?.range
        return !words.contains { $0.range != comparison && Self.limitWords.contains($0) }
    }

    /// Whether a threshold lies wholly outside a promised range, on the side it points to: "fewer
    /// than three" below 3 to 7, "more than seven" above it.
    static func leaves(_ range: Quantity, _ threshold: Quantity, by bound: Quantity.Bound) -> Bool {
        guard threshold.isComparable(with: range), threshold.dimension == range.dimension else { return false }
        switch bound {
        case .atMost: return threshold.high < range.low
        case .atLeast: return threshold.low > range.high
        case .exact: return false
        }
    }

    /// A whole count kept as a threshold of a promise whose value is that bound ("Join over
    /// 10,000 users" against `over 10,000 users`) is counted as `expect.yml` counts it: from
    /// 10,001, not the 10,000 it leaves out. Any other threshold keeps its number as written:
    /// "keep artifacts below 100MB" advises within a 1GB ceiling rather than setting another,
    /// and "no outage exceeding 22 minutes" turns its comparison over.
    func boundAsWritten(_ value: inout SentenceReading.Value) {
        guard let threshold = value.read.threshold, value.read.quantity.bound == .exact else { return }
        let bounded = value.read.bounded, entry = promises.entries[value.promise]
        guard bounded.low != value.read.quantity.low, ([entry.value] + entry.conditionValues).contains(where: { $0?.bound == threshold }) else { return }
        value.read.quantity = bounded
        value.agrees = promises.agreesWithAny(value.promise, bounded)
    }

    /// The words of `sentence` inside `clause` (all of them when there is none).
    func words(_ sentence: Sentence, in clause: Range<Int>?) -> ArraySlice<Word> {
        guard let clause else { return sentence.words[...] }
        let start = sentence.words.firstIndex { $0.range.lowerBound >= clause.lowerBound } ?? sentence.words.endIndex
        let end = sentence.words[start...].firstIndex { $0.range.lowerBound >= clause.upperBound } ?? sentence.words.endIndex
        return sentence.words[start..<end]
    }

    static func isReplyToDocument(_ words: [Word], after index: Int) -> Bool {
        guard index + 1 < words.count, words[index].lowercased == "to" else { return false }
        let next = words[index + 1].lowercased
        return next == "this" || next == "that"
    }

    /// The sentence's values, statements and hedges; nil when it names no promise's topic.
    /// `inPaths` says, per promise, whether its `scope.paths` hold the document (empty: all do):
    /// a promise scoped elsewhere does not take a topic it shares with one scoped here.
    /// `everyValue` keeps each value of a promise without one where a page's sentence keeps the
    /// first, and drops only the same amount said again: a statement that lists "Ubuntu 24.04
    /// Script, Ubuntu 22.04 Script" states both; "a minimum of Node.js 20.x.0; we recommend Node
    /// 20.x" states one.
    func read(_ sentence: Sentence, inPaths: [Bool] = [], everyValue: Bool = false) -> SentenceReading? {
        var matches = promises.topicMatches(in: sentence.words)
        if !inPaths.isEmpty { matches.removeAll { !inPaths[$0.promise] } }
        guard !matches.isEmpty else { return nil }
        let base = sentence.range.lowerBound
        let bytes = Array(sentence.text.utf8)
        // The tests that need no values first: most sentences that name a topic are done here,
        // before their values are read.
        var candidates: [ClaimAttribution.Topic] = []
        for match in matches.prefix(Self.maxPerSentence) {
            let promise = match.promise
            // A phrase does not run across punctuation ("for shipping; free ..." is not "ship free").
            if !Self.isContiguous(sentence.words[match.words], bytes: bytes, base: base) { continue }
            if promises.isAggregate(match, in: sentence.words) { continue }
            // "Reply to this email", "Please reply within 48 hours": the reader's action.
            if Self.isReplyToDocument(sentence.words, after: match.words.upperBound) { continue }
            if match.words.lowerBound > 0, Self.requestWords.contains(sentence.words[match.words.lowerBound - 1]) { continue }
            // "non-billable work" is the opposite of the topic "billable".
            if Self.isNegatedByPrefix(sentence.words, at: match.words.lowerBound, bytes: bytes, base: base) { continue }
            // "52 weeks of unpaid parental leave" beside a promise of paid leave: the other kind.
            if Self.isOppositeKind(sentence.words, before: match.words.lowerBound, of: promises.subjects[promise]) { continue }
            let range = sentence.words[match.words.lowerBound].range.lowerBound..<sentence.words[match.words.upperBound - 1].range.upperBound
            candidates.append(ClaimAttribution.Topic(promise: promise, range: range, length: match.words.count, clause: 0))
        }
        guard !candidates.isEmpty else { return nil }
        var quantities = quantities(in: bytes, base: base)
        // "a 14-day free trial": a "free" that opens a topic is that topic's word, and the duration
        // before it is the free thing's length, not time given free ("2 months free").
        for q in quantities.indices where quantities[q].isDiscount {
            let next = sentence.words.first { $0.range.lowerBound >= quantities[q].range.upperBound }
            if let next, candidates.contains(where: { $0.range.lowerBound == next.range.lowerBound }) { quantities[q].isDiscount = false }
        }
        let versions = versions(after: candidates, in: sentence, bytes: bytes)
        if !versions.isEmpty {
            quantities.removeAll { read in versions.contains { $0.read.range.overlaps(read.range) } }
            for version in versions where !quantities.contains(where: { $0.range == version.read.range }) { quantities.append(version.read) }
            quantities.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        // A topic word inside a value ("day" in "60-day") is part of the value, not a topic; a
        // value inside a longer topic ("30 days" of the topic "first 30 days") is part of its name.
        // A topic that runs on from a value's unit ("$2.00 per million messages" under the topic
        // "per million messages") names what the promise's value is counted per.
        // A count whose word after the number opens the topic ("two default keys" under the topic
        // "default keys") counts what the topic names: its last word is the unit.
        var unitCarried: [(value: Range<Int>, topic: Range<Int>)] = []
        for q in quantities.indices where quantities[q].quantity.unit != nil {
            guard let topic = candidates.first(where: { Self.carriesUnit($0.range, of: quantities[q], in: sentence.words) }),
                  let measure = promises.entries[topic.promise].measure,
                  measure.dimension == quantities[q].quantity.dimension else { continue }
            if let unit = measure.unit {
                guard measure.isCounted, unit != quantities[q].quantity.unit,
                      let last = sentence.words.last(where: { $0.range.upperBound <= topic.range.upperBound }),
                      Self.isPlural(last.lowercased, of: unit) else { continue }
                // The value reads as written up to its unit: "two default keys".
                let range = quantities[q].range.lowerBound..<topic.range.upperBound
                quantities[q].quantity.unit = unit
                quantities[q].quantity.text = String(decoding: bytes[(range.lowerBound - base)..<(range.upperBound - base)], as: UTF8.self)
                quantities[q].range = range
            } else {
                quantities[q].quantity.unit = nil
            }
            unitCarried.append((quantities[q].range, topic.range))
        }
        var topics = quantities.isEmpty ? candidates : candidates.filter { topic in
            !quantities.contains { read in
                read.range.overlaps(topic.range) && !Self.names(topic.range, read.range)
                    && !unitCarried.contains { $0.value == read.range && $0.topic == topic.range }
            }
        }
        // "for up to 72 hours, depending on the persistence configured": what a value depends on
        // is not what it measures.
        // Asked before removing: a removal makes the array unique even when it removes nothing.
        if topics.contains(where: { Self.isDependency($0.range, in: sentence.words) }) {
            topics.removeAll { Self.isDependency($0.range, in: sentence.words) }
        }
        if topics.contains(where: { Self.isPartOf($0.range, in: sentence.words) }) {
            topics.removeAll { Self.isPartOf($0.range, in: sentence.words) }
        }
        guard !topics.isEmpty else { return nil }
        if quantities.contains(where: { read in topics.contains { Self.names($0.range, read.range) } }) {
            quantities.removeAll { read in topics.contains { Self.names($0.range, read.range) } }
        }
        var unanchored = unanchoredPromises(topics, in: sentence)
        // "Ruby 3.3.3": a version says what its name is the name of.
        if !versions.isEmpty { unanchored.removeAll { promise in versions.contains { $0.promise == promise } } }
        // "Your travel will not be approved until the next business day": a sentence whose own
        // passive subject is another thing says the predicate of that thing, whatever its
        // paragraph is about. A promise's `scope.context` is the user's word on where it is
        // stated, and stands.
        let inferred = unanchored.filter { promises.entries[$0].scopeContext.isEmpty }
        if !inferred.isEmpty, !PromiseSubject.passiveSubject(in: sentence.words, of: bytes, base: base).isEmpty {
            topics.removeAll { inferred.contains($0.promise) }
            unanchored.removeAll { inferred.contains($0) }
            guard !topics.isEmpty else { return nil }
        }
        // "The board generally meets once per month" against "The CPC meets weekly": a verb with
        // a subject of its own says what that subject does, when the promise names a subject of
        // its own and the sentence does not. (A promise the company keeps itself, "We reply
        // within 24 hours", names none: "The support team responds" may state it.)
        var othersActs: [Int] = []
        for topic in topics where !othersActs.contains(topic.promise) {
            let subject = promises.subjects[topic.promise].phrases
            guard !subject.isEmpty, promises.entries[topic.promise].scopeContext.isEmpty,
                  Self.topicsHaveOwnSubject(of: topic.promise, topics: topics, in: sentence.words),
                  ConditionWords.whenPhrase(in: sentence.words[...], phrases: [subject]) == nil else { continue }
            othersActs.append(topic.promise)
        }
        if !othersActs.isEmpty {
            topics.removeAll { othersActs.contains($0.promise) }
            unanchored.removeAll { othersActs.contains($0) }
            guard !topics.isEmpty else { return nil }
        }
        var denials: [(promise: Int, range: Range<Int>)] = []
        for denial in Negations.denials(in: sentence, topics: topics, bytes: bytes, organization: organization) {
            let promise = topics[denial.topic].promise
            if promises.entries[promise].promise.strength == .firm, !promises.entries[promise].isRefusal,
               !denials.contains(where: { $0.promise == promise }),
               !Negations.refusesAKind(of: topics[denial.topic].range, in: sentence.words, entry: promises.entries[promise]) {
                denials.append((promise, denial.range))
            }
        }
        // Looked for only here: most sentences name no topic, and hedges matter only beside one.
        let hits = Hedges.hits(in: sentence.words)
        // With no value and no hedge, only a promise without a canonical value can be stated (by
        // its topic): the rest of the reading would find nothing.
        if quantities.isEmpty, hits.isEmpty, topics.allSatisfy({ !promises.entries[$0.promise].isValueless }) {
            var reading = SentenceReading()
            reading.denials = denials
            reading.unanchored = unanchored
            return reading
        }
        let clauses = ClauseSplitter.clauses(
            text: bytes, base: base, words: sentence.words,
            values: quantities.map(\.range), topics: topics.map(\.range))
        func clause(of offset: Int) -> Int {
            clauses.firstIndex { $0.contains(offset) } ?? max(clauses.count - 1, 0)
        }
        for index in topics.indices { topics[index].clause = clause(of: topics[index].range.lowerBound) }
        // A clause naming one of the promise's `not_about:` subjects is about that subject.
        topics.removeAll { topic in
            let notAbout = promises.entries[topic.promise].notAbout
            guard !notAbout.isEmpty else { return false }
            return ConditionWords.whenPhrase(in: words(sentence, in: clauses[safe: topic.clause]), phrases: [notAbout]) != nil
        }
        guard !topics.isEmpty else { return SentenceReading() }

        var reading = SentenceReading()
        reading.denials = denials
        reading.unanchored = unanchored
        let quantityClauses = quantities.map { clause(of: $0.range.lowerBound) }
        let statistics = StatisticClauses(sentence: sentence, quantities: quantities, quantityClauses: quantityClauses, clause: clause)
        let examples = ExampleClauses(sentence: sentence, bytes: bytes, base: base, quantities: quantities)
        var attribution = ClaimAttribution(promises: promises, topics: topics, quantities: quantities, quantityClauses: quantityClauses)
        attribution.countedFrom = Self.countedFrom(sentence.words, topics: topics, quantities: quantities, subjects: promises.subjects)
        reading.values = attribution.values(
            excluding: { q in statistics.excludes(q, quantities[q]) || examples.excludes(quantities[q]) },
            namesOwnCondition: { q, promise in namesOwnCondition(quantities[q].range, of: promise, in: sentence.words) })
        // A version is a claim only of the promise whose name it follows.
        if !versions.isEmpty {
            reading.values.removeAll { value in
                value.read.quantity.dimension == .version && !versions.contains { $0.promise == value.promise && $0.read.range == value.read.range }
            }
        }
        // A threshold is the condition of what follows ("To request 80 hours or less of leave, you
        // must get approval", "payloads over 512KB are kept in object storage"), unless the promise
        // is itself a floor or ceiling that way ("orders over $75 ship free"), the value is a share
        // ("over 99.9% uptime"), or its clause names a limit ("a hard limit on payloads above 10MB").
        if quantities.contains(where: { $0.threshold != nil }) {
            let shareCeiling = Self.hasShareCeiling(quantities)
            reading.values.removeAll {
                isThresholdCondition($0.read, of: $0.promise, shareCeiling: shareCeiling, clause: words(sentence, in: clauses[safe: $0.clause]))
            }
            for index in reading.values.indices { boundAsWritten(&reading.values[index]) }
        }
        // Against a default ("30 days by default"), a maximum or an extension is another figure:
        // "The maximum retention period is 365 days (on request)", "You can extend it up to 365 days".
        if reading.values.contains(where: { promises.subjects[$0.promise].givesDefault }) {
            reading.values.removeAll { value in
                guard promises.subjects[value.promise].givesDefault else { return false }
                let clause = words(sentence, in: clauses[safe: value.clause])
                return clause.contains { Self.beyondDefault.contains($0) } && !clause.contains { $0.lowercased == "default" }
            }
        }
        // "Maximum message size is 512MB, and further limited by the amount of RAM": the size of
        // a message, not the RAM.
        func isOthers(_ value: SentenceReading.Value) -> Bool {
            CopularSubject.isOthers(value.read.range, in: words(sentence, in: clauses[safe: value.clause]),
                                    topics: topics.lazy.filter { $0.promise == value.promise && $0.clause == value.clause }.map(\.range))
        }
        if reading.values.contains(where: isOthers) { reading.values.removeAll(where: isOthers) }
        // "Traditional MoR solutions charge 5-8% per transaction": what others charge.
        reading.values.removeAll { Self.opensWithOthers(words(sentence, in: clauses[safe: $0.clause]), text: bytes, base: base) }
        // "A 1-second interval is available upon request": an exception offered, not the value,
        // unless the promise is itself made on request.
        if reading.values.contains(where: { Self.isOnRequest(words(sentence, in: clauses[safe: $0.clause])) }) {
            reading.values.removeAll { value in
                Self.isOnRequest(words(sentence, in: clauses[safe: value.clause])) && !promises.subjects[value.promise].isOnRequest
            }
        }
        // "To update the timeout for the current job to 20 minutes", "configure the session
        // duration to any timeout between 6 hours and 8,760 hours": what the reader sets.
        if reading.values.contains(where: { Self.isReadersSetting($0.read, in: sentence.words) }) {
            reading.values.removeAll { Self.isReadersSetting($0.read, in: sentence.words) }
        }
        if reading.values.contains(where: { Self.isUniqueness($0.read, in: sentence.words) }) {
            reading.values.removeAll { Self.isUniqueness($0.read, in: sentence.words) }
        }
        // "notify the team at least 4 weeks in advance", "(1 month before due)": how long before
        // something, which states only a promise that is itself a lead time.
        // And a promise that is a lead time is stated by one, or by notice: "a meeting that lasts
        // at least thirty minutes" is no notice for meetings.
        func isOtherTime(_ value: SentenceReading.Value) -> Bool {
            guard value.read.quantity.dimension == .duration else { return false }
            let isLead = Self.isLeadTime(value.read, in: sentence.words)
            if promises.subjects[value.promise].isLeadTime {
                return !isLead && !PromiseSubject.namesLeadTime(sentence.words)
            }
            return isLead
        }
        if reading.values.contains(where: isOtherTime) { reading.values.removeAll(where: isOtherTime) }
        // "(25% VAT)": a tax, unless the promise speaks of it.
        reading.values.removeAll { value in
            Self.isTaxRate(value.read, in: sentence.words) && !promises.subjects[value.promise].isAboutTax
        }
        // "a password or 6-character pin": a value written as an adjective, offered as the other
        // choice to the promise's topic, is the other thing's.
        reading.values.removeAll { value in
            guard let alternative = Self.alternativeAfterAdjective(value.read, in: sentence.words) else { return false }
            return !candidates.contains { $0.promise == value.promise && $0.range.lowerBound == sentence.words[alternative.noun].range.lowerBound }
                && candidates.contains { $0.promise == value.promise && $0.range.upperBound == sentence.words[alternative.conjunction - 1].range.upperBound }
        }
        // "beyond the standard 24-hour window": another system's window, unless the promise is one.
        reading.values.removeAll { Self.isWindowLength($0.read, in: sentence.words) && !promises.subjects[$0.promise].isWindow }
        // "6-10 business days after expenses are submitted" against "3-5 business days after
        // approval": counted from another event, it measures something else.
        reading.values.removeAll { value in
            let promised = promises.subjects[value.promise].startEvent
            guard !promised.isEmpty, value.read.quantity.dimension == .duration else { return false }
            let event = PromiseSubject.startEvent(after: value.read.range, in: sentence.words)
            return !event.isEmpty && !event.contains(where: promised.contains)
        }
        // "can take up to two minutes to be enforced": how long a change takes, unless the promise is one.
        reading.values.removeAll { Self.isEffectDelay($0.read, in: sentence.words) && !promises.subjects[$0.promise].isEffectDelay }
        // "rates can go as low as $0.50 per million": a best case, not the value.
        if reading.values.contains(where: { Self.isBestCase($0.read.range, in: sentence.words) }) {
            reading.values.removeAll { Self.isBestCase($0.read.range, in: sentence.words) }
        }
        // "the minimum payout threshold would be $68.56", "$1 wouldn't be surprising here": a
        // clause in the conditional states what would be, not what is.
        if !reading.values.isEmpty, sentence.words.contains(where: { Self.conditionalMood.contains($0) }) {
            reading.values.removeAll { value in words(sentence, in: clauses[safe: value.clause]).contains { Self.conditionalMood.contains($0) } }
        }
        // A question asks; it states no value ("Can I extend my leave longer than 12 weeks?").
        if Self.isQuestion(bytes) { reading.values.removeAll() }
        // A duration on another timescale than the promise's measures something else.
        reading.values.removeAll { promises.entries[$0.promise].isOnOtherTimescale($0.read.quantity) }
        // A share of a population ("rolled out to 10% of accounts") is not the level of a promise
        // that has no value to say it is one.
        reading.values.removeAll { value in
            guard value.read.quantity.dimension == .percent, promises.entries[value.promise].isValueless else { return false }
            return sentence.words.first { $0.range.lowerBound >= value.read.range.upperBound }?.lowercased == "of"
        }
        // "If you have more than one subuser, ...", "If it has been over a week after your voucher
        // has been approved, ...": the reader's own situation, a condition of
        // what follows, not a claim. "One subuser for transactional emails, and another for
        // marketing emails", "one bucket to store the data … and a second bucket to store
        // metadata": an enumeration, not a count.
        let situationEnd = Self.opensWithOwnSituation(sentence.words) ? Self.situationEnd(sentence.words, bytes: bytes, base: base) : nil
        reading.values.removeAll { value in
            if let end = situationEnd, value.read.range.upperBound <= end { return true }
            guard value.read.quantity.text.lowercased().hasPrefix("one ") else { return false }
            let after = sentence.words.drop { $0.range.lowerBound < value.read.range.upperBound }
            return after.contains { $0.lowercased == "another" }
                || zip(after, after.dropFirst()).contains { $0.lowercased == "a" && $1.lowercased == "second" }
        }
        for index in reading.values.indices {
            let value = reading.values[index]
            // The topic's own words name no condition ("team plan" is a topic, not a plan).
            let own = topics.filter { $0.promise == value.promise }.map(\.range)
            // A number inside a value ("5" of "5 days") is the value, not a condition named "5".
            func named(in clause: Int) -> [Word] {
                words(sentence, in: clauses[safe: clause]).filter { word in
                    !own.contains { $0.contains(word.range.lowerBound) } && !quantities.contains { $0.range.contains(word.range.lowerBound) }
                }
            }
            let clauseWords = named(in: value.clause)
            // An opening clause with no value of its own leads the others in: "For Priority 1
            // tickets: first response within 4 hours, resolution within a day".
            let leadIn = value.clause > 0 && !quantityClauses.contains(0)
            let firstValue = reading.values.first { $0.promise == value.promise && $0.clause == value.clause }?.read.range.lowerBound
            reading.values[index].condition = Self.unitCondition(of: value.read.range, in: sentence.words, entry: promises.entries[value.promise])
                ?? Self.condition(of: value.read.range, in: clauseWords, firstValue: firstValue, entry: promises.entries[value.promise])
                ?? (leadIn ? promises.entries[value.promise].condition(in: named(in: 0)[...], whole: false) : nil)
        }
        // No sentence drifts against itself: for a promise without a value, one value per
        // condition, the first (the others are its details).
        var seen: Set<String> = []
        reading.values.removeAll { value in
            guard promises.entries[value.promise].isValueless else { return false }
            let amount = everyValue ? " \(value.read.quantity.dimension) \(value.read.quantity.low) \(value.read.quantity.high)" : ""
            return !seen.insert("\(value.promise) \(value.condition?.key ?? "")" + amount).inserted
        }

        for value in reading.values where !reading.stated.contains(where: { $0.promise == value.promise }) {
            reading.stated.append((value.promise, value.read.range))
        }
        for topic in topics where promises.entries[topic.promise].isValueless && !reading.stated.contains(where: { $0.promise == topic.promise }) {
            reading.stated.append((topic.promise, topic.range))
        }

        guard !hits.isEmpty else { return reading }
        var statedClauses: [Int: Set<Int>] = [:]
        for value in reading.values { statedClauses[value.promise, default: []].insert(value.clause) }
        for topic in topics where promises.entries[topic.promise].isValueless {
            statedClauses[topic.promise, default: []].insert(topic.clause)
        }
        // A firm promise hedged where its topic is named counts even with no value beside it
        // ("In most cases we match the price"), unless the clause states some other value.
        let valueClauses = Set(quantityClauses)
        var hedgeable = statedClauses
        for topic in topics where !valueClauses.contains(topic.clause) {
            hedgeable[topic.promise, default: []].insert(topic.clause)
        }
        let firmClauses = Set(sentence.words.filter { Hedges.firm.contains($0.lowercased) }.map { clause(of: $0.range.lowerBound) })
        // "In most cases, Support cannot reactivate a suspended account": a hedged limit, no
        // promise made and weakened (a denial is promise-negated's).
        let negatedClauses = Set(sentence.words.filter { Negations.negators.contains($0) }.map { clause(of: $0.range.lowerBound) })
        for hit in hits {
            let range = sentence.words[hit.words.lowerBound].range.lowerBound..<sentence.words[hit.words.upperBound - 1].range.upperBound
            let hedgeClause = clause(of: range.lowerBound)
            if firmClauses.contains(hedgeClause) { continue }
            // Advice to the reader, not a promise weakened: "When possible, use granular access
            // tokens", "Rotate your keys where possible".
            if Self.isInstruction(words(sentence, in: clauses[safe: hedgeClause]), hedge: hit.words) { continue }
            if Self.isCaution(after: hit.words, in: sentence.words) { continue }
            if Self.isReaderAbility(hit, in: sentence.words) { continue }
            if Self.isJudgement(hit, in: sentence.words) { continue }
            if Self.isNaming(hit, in: sentence.words) { continue }
            if Self.isExclusion(after: hit.words, in: sentence.words) { continue }
            if Self.isObligation(hit, in: words(sentence, in: clauses[safe: hedgeClause])) { continue }
            if Self.isManner(hit, in: sentence.words, bytes: bytes, base: base) { continue }
            if Self.isCeiling(hit, in: sentence.words) || Self.isTitle(hit, in: sentence.words, bytes: bytes, base: base) { continue }
            for (promise, promiseClauses) in hedgeable.sorted(by: { $0.key < $1.key }) where promiseClauses.contains(hedgeClause) {
                guard promises.entries[promise].promise.strength == .firm else { continue }
                if hedgesAllowedFigure(of: promise, in: hedgeClause, reading: reading) { continue }
                // "Members should be affiliated with a member institution", "problems should be
                // resolved by contacting CoinPayments": with no value, "should be" and a participle
                // is a rule of what is to be done; "deletion should be permanent" hopes.
                if hit.key == "should be", Self.isParticiple(after: hit.words, in: sentence.words),
                   !reading.values.contains(where: { $0.promise == promise && $0.clause == hedgeClause }) { continue }
                // With no value, only a hedge that opens the statement qualifies the promise itself:
                // "In most cases we match the price", not "answers every question, usually the same day".
                // A hedge deep in its clause qualifies something said there ("a record typically
                // used to document actions", "this process is typically exposed as"), not the promise.
                if !(statedClauses[promise]?.contains(hedgeClause) ?? false) {
                    let before = clauses[safe: hedgeClause].map { clause in
                        sentence.words[..<hit.words.lowerBound].filter { $0.range.lowerBound >= clause.lowerBound }
                    } ?? Array(sentence.words[..<hit.words.lowerBound])
                    // "In most cases, these default keys are sufficient": the keys just described,
                    // judged; a demonstrative points back to them rather than stating the promise.
                    // "These attacks typically involve ... vulnerabilities": a subject of its own
                    // before the hedge is what the hedge is about.
                    guard Hedges.frequency.contains(hit.key), !negatedClauses.contains(hedgeClause), before.count <= Self.hedgeOpeningWords,
                          before.allSatisfy({ Self.openingHedgeSubjects.contains($0) }),
                          topics.contains(where: { $0.promise == promise && $0.clause == hedgeClause && $0.range.lowerBound > range.lowerBound
                              && Self.isInPhrase($0.range, openedBy: range, in: sentence.words)
                              && !Self.followsDemonstrative($0.range, in: sentence.words)
                              && !Self.opensCondition(between: range, and: $0.range, in: sentence.words) }) else { continue }
                }
                // The hedge must sit with the promise's own topic, not only with its value; with
                // no value to tie them, near it ("executes stages in parallel where possible,
                // reusing … your container cache volumes" hedges the parallel stages), and after
                // the topic on a value of it or on what the statement says of it: "Internal
                // reviews … are usually carried out by someone who works for the public
                // authority" hedges who does them, not how long they take.
                let valueless = promises.entries[promise].isValueless
                // After the hedge, a topic past a preposition is in another phrase ("Our goal is
                // to update our TeX Live distribution"), not the promise said with a hedge.
                guard topics.contains(where: { topic in
                    topic.promise == promise && topic.clause == hedgeClause
                        && (!valueless || Self.isNear(topic.range, after: range, in: sentence.words)
                            && Self.isInPhrase(topic.range, openedBy: range, in: sentence.words)
                            || Self.isNear(range, after: topic.range, in: sentence.words)
                            && (reading.values.contains { $0.promise == promise && $0.clause == hedgeClause }
                                || Self.hedgesStatement(after: hit.words, in: sentence.words, of: promises.subjects[promise])))
                }) else { continue }
                // "Deployments should be less than 1GB" where the promise says "should not exceed 1
                // gigabyte": said as expect.yml says it.
                if Self.statement(promises.entries[promise].promise.statement, uses: hit.key) { continue }
                reading.hedges.append(SentenceReading.Hedge(promise: promise, phrase: hit.key, range: range))
            }
        }
        return reading
    }
}

extension ClaimReader {
    /// Whether `clause` tells the reader what to do: it opens, or goes on right after the hedge
    /// `hedge` (word indexes in the sentence) that opens it, with a verb of instruction or with
    /// "you should" and an action ("Typically, you should set the visibility timeout to …"), not
    /// what the reader is to receive ("Typically, you should hear back within a day"). After an
    /// opening hedge, "you" and a verb of the reader's own tells what readers usually do ("Usually
    /// you list "Bitcoin / Lightning Network"", on a page about building a checkout), not "you'll
    /// receive" nor "you wait".
    static func isInstruction(_ clause: ArraySlice<Word>, hedge: Range<Int>) -> Bool {
        guard var first = clause.indices.first else { return false }
        if first == hedge.lowerBound { first = hedge.upperBound }
        guard clause.indices.contains(first) else { return false }
        if Hedges.instructions.contains(clause[first]) { return true }
        guard clause[first].lowercased == "you", clause.indices.contains(first + 1) else { return false }
        let next = clause[first + 1]
        if readerModals.contains(next) { return clause.indices.contains(first + 2) && !receivingVerbs.contains(clause[first + 2]) }
        return first == hedge.upperBound && !auxiliaries.contains(next) && !receivingVerbs.contains(next)
    }

    static let readerModals: WordSet = ["should", "must"]
    /// After "you should": what the company does, seen from the reader's side.
    static let receivingVerbs: WordSet = ["receive", "get", "hear", "see", "expect", "be", "have", "notice", "find", "wait", "need"]
    /// Words after "you" that lean on a verb to come, or say what happens to the reader.
    static let auxiliaries: WordSet = [
        "will", "would", "can", "could", "may", "might", "shall", "do", "don't", "won't", "can't", "are", "were", "aren't",
        "also", "only", "still", "just", "always", "never", "often",
    ]

    /// Whether the frequency hedge `hit` judges what comes before it rather than hedging a
    /// promise: "A 100-second timeout is generally sufficient for many tasks".
    static func isJudgement(_ hit: WordPhrases.Hit, in words: [Word]) -> Bool {
        guard Hedges.frequency.contains(hit.key), hit.words.upperBound < words.count else { return false }
        return judgementWords.contains(words[hit.words.upperBound])
    }

    /// Whether the hedge ending at word `hedge.upperBound` goes on to exclude something: "data
    /// sets which generate large numbers of backup errors are typically excluded from backup" is
    /// a limit of the promise, hedged as "in most cases, support cannot" is, not the promise weakened.
    static func isExclusion(after hedge: Range<Int>, in words: [Word]) -> Bool {
        let after = words[hedge.upperBound..<min(words.count, hedge.upperBound + 2)]
        return after.contains { exclusionWords.contains($0) }
    }

    static let exclusionWords: WordSet = ["excluded", "exempt", "exempted", "omitted", "excepted"]

    /// Whether the frequency hedge `hit` qualifies a duty told in its clause after it: "Public
    /// authorities normally have to respond within 20 working days", "Usually, the authority has
    /// to reply". That states a rule and says it has exceptions; the rule is not weakened.
    static func isObligation(_ hit: WordPhrases.Hit, in clause: ArraySlice<Word>) -> Bool {
        guard Hedges.frequency.contains(hit.key) else { return false }
        let after = clause.indices.filter { $0 >= hit.words.upperBound }
        return after.contains { index in
            let word = clause[index].lowercased
            if word == "must" { return true }
            guard index + 1 < clause.endIndex, clause[index + 1].lowercased == "to" else { return false }
            return ["have", "has", "had", "required", "obliged", "obligated"].contains(word)
        }
    }

    /// Whether the frequency hedge `hit` says what something is usually called: "Foreign outputs
    /// are typically called "decoys"", "commonly known as". A name, not a promise weakened.
    static func isNaming(_ hit: WordPhrases.Hit, in words: [Word]) -> Bool {
        guard Hedges.frequency.contains(hit.key), hit.words.upperBound < words.count else { return false }
        return namingWords.contains(words[hit.words.upperBound])
    }

    static let namingWords: WordSet = ["called", "named", "known", "referred", "termed", "dubbed", "nicknamed"]

    static let judgementWords: WordSet = [
        "sufficient", "enough", "adequate", "fine", "recommended", "safe", "preferable", "preferred", "acceptable",
        "appropriate", "good", "better", "best", "faster", "easier", "cheaper", "simpler",
    ]

    /// Whether the hedge ending at word `hedge.upperBound` goes on to say how carefully something
    /// is to be done: "yanking should be done sparingly", "tokens should be used with care". That
    /// is advice on the reader's action, not a promise weakened.
    static func isCaution(after hedge: Range<Int>, in words: [Word]) -> Bool {
        let after = words[hedge.upperBound..<min(words.count, hedge.upperBound + 4)]
        return after.indices.contains { index in
            cautionWords.contains(after[index])
                || after[index].lowercased == "with" && index + 1 < words.count && ["care", "caution"].contains(words[index + 1].lowercased)
        }
    }

    /// Whether the frequency hedge `hit` stands in "you can" and a verb of the reader's own: "you
    /// can usually use your ISP's SMTP server" is what the reader is mostly able to do, not a
    /// promise weakened; "you can usually expect a reply within a day" (a verb of receiving) is.
    static func isReaderAbility(_ hit: WordPhrases.Hit, in words: [Word]) -> Bool {
        guard Hedges.frequency.contains(hit.key), hit.words.lowerBound >= 2, hit.words.upperBound < words.count,
              words[hit.words.lowerBound - 2].lowercased == "you" else { return false }
        return abilityModals.contains(words[hit.words.lowerBound - 1]) && !receivingVerbs.contains(words[hit.words.upperBound])
    }

    static let abilityModals: WordSet = ["can", "could"]

    static let cautionWords: WordSet = ["sparingly", "carefully", "cautiously", "judiciously", "responsibly"]

    /// Whether the word after `words[range]` is a past participle: "(should be) affiliated".
    static func isParticiple(after range: Range<Int>, in words: [Word]) -> Bool {
        range.upperBound < words.count && PromiseSubject.isParticiple(words[range.upperBound].lowercased)
    }

    /// Whether "normally" says how something goes, not how often: at the end of its clause or
    /// before "again" ("the node will … receive ingress normally again", "works normally").
    static func isManner(_ hit: WordPhrases.Hit, in words: [Word], bytes: [UInt8], base: Int) -> Bool {
        guard hit.key == "normally", hit.words.lowerBound > 0 else { return false }
        if hit.words.upperBound < words.count, words[hit.words.upperBound].lowercased == "again" { return true }
        let end = words[hit.words.upperBound - 1].range.upperBound - base
        return end >= bytes.count || [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ")")].contains(bytes[end])
    }

    /// The versions written right after the name of a promise that reads them ("Node.js 20+",
    /// "a minimum version of Node.js 20.x.0"), as offsets in the block's text.
    func versions(after topics: [ClaimAttribution.Topic], in sentence: Sentence, bytes: [UInt8]) -> [(promise: Int, read: ReadQuantity)] {
        let base = sentence.range.lowerBound
        var found: [(promise: Int, read: ReadQuantity)] = []
        for topic in topics where promises.entries[topic.promise].readsVersions {
            guard var read = VersionReader.version(in: bytes, at: topic.range.upperBound - base) else { continue }
            read.range = (read.range.lowerBound + base)..<(read.range.upperBound + base)
            if read.quantity.bound == .exact {
                let before = sentence.words.filter { $0.range.upperBound <= topic.range.lowerBound }.suffix(3)
                if before.contains(where: { Self.versionFloorWords.contains($0) }) { read.quantity.bound = .atLeast }
            }
            found.append((topic.promise, read))
        }
        return found
    }

    static let versionFloorWords: WordSet = ["minimum", "least", "min"]

    /// How many words may stand between an opening hedge and the topic it qualifies: "In most
    /// cases we match the price", not "In most cases, we will contact the user who created the
    /// repository and give them an opportunity to delete or modify …".
    static let hedgeReach = 6

    /// Whether a condition opens between an opening hedge and a topic: "Normally, when you ping a
    /// paused check, it leaves the paused state" hedges what happens then, and the topic is in
    /// the condition.
    static func opensCondition(between hedge: Range<Int>, and topic: Range<Int>, in words: [Word]) -> Bool {
        words.contains { $0.range.lowerBound >= hedge.upperBound && $0.range.upperBound <= topic.lowerBound && conditionOpeners.contains($0) }
    }

    static let conditionOpeners: WordSet = ["when", "whenever", "if", "once", "unless"]

    /// Whether `topic` is near the hedge before it and in the phrase it opens: "We typically fix
    /// security vulnerabilities", "In most cases, we let them delete the content"; not "Typically
    /// the first step in a SWORD interaction" (the step is hedged) nor "Our goal is to update our
    /// TeX Live distribution": a preposition between puts the topic in another phrase.
    static func isInPhrase(_ topic: Range<Int>, openedBy hedge: Range<Int>, in words: [Word]) -> Bool {
        isNear(topic, after: hedge, in: words)
            && !words.contains { $0.range.lowerBound >= hedge.upperBound && $0.range.upperBound <= topic.lowerBound && phraseOpeners.contains($0.lowercased) }
    }

    /// Whether the first content words after a hedge (word indexes `hedge`) say something the
    /// promise's statement says: the hedged predicate is the promise's, not another of its topic.
    static func hedgesStatement(after hedge: Range<Int>, in words: [Word], of subject: PromiseSubject) -> Bool {
        words[hedge.upperBound...].lazy.filter(PromiseSubject.isContentWord).prefix(hedgedWords).contains { subject.statementStems.contains($0.stem) }
    }

    /// How many content words after a hedge say what it hedges.
    static let hedgedWords = 2

    static let phraseOpeners: Set<String> = ["in", "on", "at", "of", "with", "for", "from", "by", "to", "about", "via", "into", "under"]

    static func isNear(_ topic: Range<Int>, after hedge: Range<Int>, in words: [Word]) -> Bool {
        topic.lowerBound >= hedge.upperBound
            && words.lazy.filter { $0.range.lowerBound >= hedge.upperBound && $0.range.upperBound <= topic.lowerBound }.count <= hedgeReach
    }

    /// The values in a sentence's bytes, as offsets in its block's text, bounded, less those that refer back.
    func quantities(in bytes: [UInt8], base: Int) -> [ReadQuantity] {
        var quantities = QuantityReader.quantities(in: bytes, dates: promises.readsDates)
        if quantities.contains(where: { Self.isReference($0, in: bytes) }) { quantities.removeAll { Self.isReference($0, in: bytes) } }
        if !promises.readsPeriods { quantities.removeAll { $0.quantity.dimension == .period } }
        if quantities.count > Self.maxPerSentence { quantities.removeSubrange(Self.maxPerSentence...) }
        for index in quantities.indices {
            quantities[index].range = (quantities[index].range.lowerBound + base)..<(quantities[index].range.upperBound + base)
        }
        return quantities
    }

    /// A sentence with a value and no topic word of its own takes its topic from its block's
    /// context ("## Returns" … "You have 30 days.", a table row under "First reply"): `named`
    /// are the promises the nearest context text naming a topic names. Its first value of the
    /// kind one of them is about is that promise's claim; nil when it has none. Only a promise
    /// with a value says what kind that is: under a valueless promise's topic any figure would
    /// do (a budget line headed "Repair workshop" is no repair time).
    /// A table cell's bare number takes the unit its column header names (`unit(ofColumn:)`).
    func read(_ sentence: Sentence, topicFrom named: [Int], columnHeader: String? = nil) -> SentenceReading? {
        let named = named.filter { !promises.entries[$0].isValueless }
        guard !named.isEmpty else { return nil }
        let base = sentence.range.lowerBound
        let bytes = Array(sentence.text.utf8)
        var quantities = quantities(in: bytes, base: base)
        if quantities.isEmpty, let unit = columnHeader.flatMap(Self.unit(ofColumn:)) {
            quantities = Self.bareNumber(bytes, in: unit, base: base)
        }
        guard !quantities.isEmpty else { return nil }
        let examples = ExampleClauses(sentence: sentence, bytes: bytes, base: base, quantities: quantities)
        // One clause: a sentence read by its context is short, a table cell or a label's value.
        let statistics = StatisticClauses(sentence: sentence, quantities: quantities, quantityClauses: quantities.map { _ in 0 }, clause: { _ in 0 })
        let shareCeiling = Self.hasShareCeiling(quantities)
        for promise in named {
            guard let read = quantities.indices.first(where: { q in
                let read = quantities[q]
                return promises.accepts(promise, read) && !examples.excludes(read) && !statistics.excludes(q, read)
                    && !isThresholdCondition(read, of: promise, shareCeiling: shareCeiling, clause: sentence.words[...])
            }).map({ quantities[$0] }) else { continue }
            var reading = SentenceReading()
            // The sentence's own condition first ("For Priority 1 tickets, 4 business hours");
            // placement takes one from the context when it names none.
            // A number inside a value names no condition ("6" of "6.5 hours" is not the tier "6").
            let conditionWords = sentence.words.filter { word in !quantities.contains { $0.range.contains(word.range.lowerBound) } }
            let condition = promises.entries[promise].condition(in: conditionWords[...], whole: false)
            reading.values = [SentenceReading.Value(
                promise: promise, read: read, agrees: promises.agreesWithAny(promise, read.quantity), clause: 0, gap: 0, condition: condition)]
            boundAsWritten(&reading.values[0])
            reading.stated = [(promise, read.range)]
            return reading
        }
        return nil
    }
}

extension ClaimReader {
    /// The unit a column header names in brackets at its end: "GB" of "Memory (GB)", "days" of
    /// "Retention (days)"; nil for any other header.
    static func unit(ofColumn header: String) -> String? {
        let trimmed = header.reversed().drop { $0 == " " }
        guard trimmed.first == ")", let open = trimmed.firstIndex(of: "(") else { return nil }
        let unit = String(trimmed[trimmed.index(after: trimmed.startIndex)..<open].reversed())
        return unit.isEmpty || unit.count > maxColumnUnit || unit.contains(" ") ? nil : unit
    }

    /// Longer than this, a header's brackets hold a note, not a unit.
    static let maxColumnUnit = 12

    /// A cell that is a bare number ("3", "0.5", "1,000"), read in `unit`: "3" under "Memory (GB)"
    /// is 3 GB, placed where the number is. Nothing when the cell holds more, or the number and
    /// the unit read as no single value.
    static func bareNumber(_ bytes: [UInt8], in unit: String, base: Int) -> [ReadQuantity] {
        guard let first = bytes.firstIndex(where: { $0 != 0x20 }), let last = bytes.lastIndex(where: { $0 != 0x20 }),
              bytes[first...last].allSatisfy({ $0 &- 0x30 < 10 || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }),
              bytes[first] &- 0x30 < 10 else { return [] }
        let number = Array(bytes[first...last])
        let read = QuantityReader.quantities(in: number + [0x20] + Array(unit.utf8))
        guard read.count == 1, var value = read.first, value.range == 0..<(number.count + 1 + unit.utf8.count) else { return [] }
        value.range = (base + first)..<(base + last + 1)
        return [value]
    }
}

extension Array {
    /// The element at `index`, or nil outside the array.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
