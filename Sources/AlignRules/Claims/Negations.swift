import AlignText

/// Finds where a sentence denies or withdraws a promise it names: the company saying it does not
/// (or no longer) offer it ("we no longer offer 60-day returns", "we don't guarantee a reply",
/// "we've stopped offering free shipping"), or the promise said not to hold ("returns are not
/// free", "free shipping is no longer available"). Not a denial: a limit of the promise ("we don't
/// accept returns after 60 days", "unless", "except"), a condition or a question ("if we don't
/// reply within 24 hours, ..."), an exception for some items ("we do not offer refunds on sale
/// items"), a customer told what not to do ("please do not return used items"), a thing that is
/// never charged ("we never charge for returns").
enum Negations {
    static let subjects: WordSet = ["we", "we'll", "we've", "we're", "we'd", "i", "i'll", "i've", "team", "company", "store"]
    static let negators: WordSet = [
        "not", "never", "don't", "dont", "doesn't", "won't", "can't", "cannot", "aren't", "isn't", "didn't", "wouldn't",
        "shouldn't", "haven't", "hasn't",
    ]
    /// Verbs that give the promise: negated, they take it back.
    static let offerVerbs: WordSet = [
        "offer", "offering", "provide", "providing", "guarantee", "promise", "accept", "accepting", "give", "giving", "do",
        "support", "honor", "honour", "include", "refund", "reply", "respond", "answer", "ship", "match", "have", "cover", "allow",
    ]
    /// Verbs that withdraw by themselves: "we've discontinued our price match".
    static let withdrawVerbs: WordSet = [
        "discontinued", "stopped", "ended", "eliminated", "dropped", "withdrawn", "withdrew", "scrapped", "retired", "suspended",
    ]
    static let copulas: WordSet = ["is", "are", "will", "be", "remain", "remains"]
    /// What the promise is said not to be: "returns are not free".
    static let predicates: WordSet = [
        "free", "available", "offered", "guaranteed", "included", "accepted", "possible", "covered", "supported", "provided", "honored", "honoured",
    ]
    /// In the clause, words that make the negation a limit of the promise, not a denial of it.
    /// "We do not offer refunds on sale items", "for digital downloads", "in store": an exception
    /// for some items or places, not a withdrawal of the promise. "We do not accept submissions
    /// with omitted figures", "We don't provide any further packages besides what is provided by
    /// the TeX Live system": some things refused, beside the ones given.
    static let limits: WordSet = [
        "after", "beyond", "past", "outside", "unless", "except", "without", "once", "than", "until", "before", "later",
        "on", "for", "in", "during", "when", "if", "while", "with", "besides",
    ]
    static let conditionOpeners: WordSet = ["if", "when", "unless", "should", "whether", "in"]
    static let leadIns: WordSet = ["the", "our", "your", "all", "any", "free"]
    /// What a denial may be of instead of the promise: "we don't offer a way to close a batch
    /// from a workflow trigger" says the product lacks something, not that triggers are withdrawn.
    static let capabilities: WordSet = [
        "way", "ways", "option", "options", "ability", "means", "mechanism", "method", "setting", "settings",
        "feature", "api", "endpoint", "tool", "function", "functionality",
    ]

    /// Whether `statement` says its promise as a refusal: a negator ("not", "never", "no
    /// longer") within a few words before one of its topics.
    static func refuses(_ statement: [Word], topics: [[Word]]) -> Bool {
        let stems = statement.map(\.stem)
        return topics.contains { topic in
            guard let first = topic.first?.stem else { return false }
            return stems.indices.contains { start in
                stems[start] == first && stems[start...].starts(with: topic.map(\.stem))
                    && statement[max(0, start - 4)..<start].contains { negators.contains($0) || $0.lowercased == "longer" }
            }
        }
    }

    /// Whether the topic at `topic` is qualified, right before it, by a word its promise does not
    /// say: "We don't offer phone support" refuses a kind of support, not Packet's "We offer
    /// 24/7/365 support, so please reach out to our team via email or Slack".
    static func refusesAKind(of topic: Range<Int>, in words: [Word], entry: PromiseIndex.Entry) -> Bool {
        guard let index = words.lastIndex(where: { $0.range.upperBound <= topic.lowerBound }), topic.lowerBound - words[index].range.upperBound == 1 else { return false }
        let word = words[index]
        guard word.lowercased.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }), word.lowercased.count > 2 else { return false }
        if leadIns.contains(word) || negators.contains(word) || subjects.contains(word) || offerVerbs.contains(word) || copulas.contains(word)
            || withdrawVerbs.contains(word) || word.lowercased == "longer" || word.lowercased == "any" { return false }
        // The value says what kind too: "60-day returns" under `value: 60 days`.
        let values = ([entry.promise.value] + entry.promise.values.map(\.value)).compactMap { $0 }
        return !entry.mentions(word.lowercased) && !values.contains { PromiseIndex.Entry.quoteKey($0).contains(Array(word.lowercased.utf8)) }
    }

    /// Words after a gerund that do not make an object of their own: "support caching for ...".
    static let gerundFollowers: WordSet = [
        "to", "for", "in", "on", "at", "with", "and", "or", "is", "are", "was", "will", "by", "from", "after", "before",
        "within", "beyond", "unless", "until", "anymore", "yet",
    ]

    /// Whether the topic at `range` ends in a gerund followed at once (one space) by a word of
    /// its own object: "caching symlinks", "caching of symlinks".
    static func isGerundWithObject(_ range: Range<Int>, in words: [Word], bytes: [UInt8], base: Int) -> Bool {
        guard let last = words.lastIndex(where: { $0.range.upperBound == range.upperBound }), last + 1 < words.count else { return false }
        let gerund = words[last].lowercased
        guard gerund.count > 5, gerund.hasSuffix("ing") else { return false }
        let next = words[last + 1]
        guard next.range.lowerBound - range.upperBound == 1, bytes[range.upperBound - base] == 0x20 else { return false }
        return !gerundFollowers.contains(next)
    }

    /// (topic index, UTF-8 range of the denial) for each topic the sentence denies. The company
    /// speaks as "we" or by its name, `organization` ("Deno does not refund").
    static func denials(in sentence: Sentence, topics: [ClaimAttribution.Topic], bytes: [UInt8],
                        organization: [String] = []) -> [(topic: Int, range: Range<Int>)] {
        let words = sentence.words
        guard let negation = words.firstIndex(where: { negators.contains($0) || withdrawVerbs.contains($0) || $0.lowercased == "longer" }) else { return [] }
        if let first = words.first, conditionOpeners.contains(first) { return [] }
        if bytes.last(where: { $0 != 0x20 && $0 != 0x22 && $0 != 0x29 }) == 0x3F { return [] } // a question
        let clauses = ClauseSplitter.clauses(text: bytes, base: sentence.range.lowerBound, words: words, values: [], topics: topics.map(\.range))
        func clause(of offset: Int) -> Int { clauses.firstIndex { $0.contains(offset) } ?? 0 }
        var found: [(topic: Int, range: Range<Int>)] = []
        for index in words.indices.dropFirst(max(0, negation - 3)) {
            let word = words[index]
            let isNegator = negators.contains(word) || (word.lowercased == "longer" && index > 0 && words[index - 1].lowercased == "no")
            let isWithdrawal = withdrawVerbs.contains(word)
            guard isNegator || isWithdrawal else { continue }
            let at = clause(of: word.range.lowerBound)
            let clauseWords = words.filter { clause(of: $0.range.lowerBound) == at }
            if clauseWords.contains(where: { limits.contains($0) }) { continue }
            let start = word.lowercased == "longer" ? index - 1 : index
            let range = words[start].range.lowerBound..<word.range.upperBound
            // "we no longer offer ...", "we don't guarantee ...", "we've stopped offering ...".
            let before = words[max(0, start - 3)..<start]
            let bySubject = before.contains { subjects.contains($0) }
            let byName = !bySubject && !organization.isEmpty && before.contains { organization.contains($0.lowercased) }
            if bySubject || byName {
                let after = words[(index + 1)..<min(words.count, index + 4)]
                if isWithdrawal || after.contains(where: { offerVerbs.contains($0) }) {
                    // By its name, the company describes its product, whose limits are many ("Ably
                    // does not provide an API to delete persisted messages"): only the promise
                    // itself, right after the verb, is denied ("Deno does not refund").
                    let verb = after.firstIndex(where: { offerVerbs.contains($0) }) ?? index
                    var object = verb + 1
                    while object < words.count, leadIns.contains(words[object]) || words[object].lowercased == "a" || words[object].lowercased == "an" { object += 1 }
                    // A capability denied ("a way to ...", "a log drain setting") is a limit of the
                    // product, whatever its words name, unless the capability is the promise itself.
                    let capability = words.indices[object..<min(words.count, object + 4)].first { capabilities.contains(words[$0]) }
                    for (t, topic) in topics.enumerated() where topic.range.lowerBound > word.range.lowerBound && clause(of: topic.range.lowerBound) == at {
                        // "Codemagic doesn't support caching symlinks": a gerund with an object of
                        // its own denies that one use, not the promise.
                        if isGerundWithObject(topic.range, in: words, bytes: bytes, base: sentence.range.lowerBound) { continue }
                        // "Vapi does **not** support SCIM provisioning": "support" with an object
                        // is "work with", and what it denies is the object, not the promise of
                        // support. "Deno does not refund any pre-paid portion" still denies refunds.
                        if words[verb].lowercased == "support", topic.range == words[verb].range, verb + 1 < words.count,
                           clause(of: words[verb + 1].range.lowerBound) == at { continue }
                        if let capability, object < words.count, topic.range.lowerBound >= words[object].range.lowerBound,
                           topic.range.lowerBound != words[capability].range.lowerBound { continue }
                        // "we will NOT provide open and free access to the livestreams of our
                        // conference talks": past a preposition the topic is in another noun's
                        // phrase, and that noun ("access") is what is denied.
                        if object < words.count, words[object...].prefix(while: { $0.range.upperBound <= topic.range.lowerBound })
                            .contains(where: { ClaimReader.phraseOpeners.contains($0.lowercased) }) { continue }
                        if byName, !(topic.range.lowerBound == words[verb].range.lowerBound
                                     || object < words.count && topic.range.lowerBound == words[object].range.lowerBound) { continue }
                        found.append((t, range))
                    }
                    continue
                }
            }
            // "returns are not free", "free shipping is no longer available".
            guard isNegator, index + 1 < words.count else { continue }
            guard let predicate = words[(index + 1)..<min(words.count, index + 3)].firstIndex(where: { predicates.contains($0) }),
                  start > 0, copulas.contains(words[start - 1]) else { continue }
            // "it is not possible to configure:", "not available to customers in Alaska": what is
            // denied is the action or the reach that follows, not the promise.
            if predicate + 1 < words.count, words[predicate + 1].lowercased == "to" { continue }
            for (t, topic) in topics.enumerated() where topic.range.upperBound <= words[start - 1].range.lowerBound && clause(of: topic.range.lowerBound) == at {
                // The topic opens its clause: it is what is said not to be.
                let opening = clauseWords.prefix { !($0.range.lowerBound >= topic.range.lowerBound) }
                if opening.allSatisfy({ leadIns.contains($0) }) { found.append((t, range)) }
            }
        }
        return found
    }
}
