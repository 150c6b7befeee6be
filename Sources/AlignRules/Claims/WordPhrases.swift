import AlignText

/// Fixed phrases matched on lower-cased words, not stems: stemming would make "generally" match
/// "general inquiries" and "normally" match "normal business hours".
struct WordPhrases: Sendable {
    struct Hit: Hashable, Sendable {
        var key: String
        /// Index range into the sentence's words.
        var words: Range<Int>
    }

    private struct Candidate: Sendable {
        var key: String
        var words: [String]
    }

    /// Candidates by the index of their first word in `firstWordIndex`, longest first.
    private let candidates: [[Candidate]]
    private let firstWordIndex: WordIndex
    /// Most words start no phrase: their stem key says so before their lower-cased form is hashed.
    private let firstWordKeys: StemKeyFilter
    /// The words of every phrase, in the order given.
    let phraseWords: [[String]]

    init(_ phrases: [(phrase: String, key: String)]) {
        var byFirst: [String: [Candidate]] = [:]
        var order: [String] = []
        var phraseWords: [[String]] = []
        for (phrase, key) in phrases {
            let words = phrase.split(separator: " ").map { String($0) }
            guard let first = words.first else { continue }
            phraseWords.append(words)
            if byFirst[first] == nil { order.append(first) }
            byFirst[first, default: []].append(Candidate(key: key, words: words))
        }
        for first in byFirst.keys {
            byFirst[first]?.sort { $0.words.count > $1.words.count }
        }
        candidates = order.map { byFirst[$0]! }
        self.phraseWords = phraseWords
        firstWordIndex = WordIndex(order)
        firstWordKeys = StemKeyFilter(order)
    }

    /// The longest phrase that starts at `index` and ends by `end`.
    func hit(at index: Int, in words: [Word], end: Int) -> Hit? {
        guard firstWordKeys.mayContain(words[index]), let first = firstWordIndex.index(of: words[index].lowercased) else { return nil }
        for candidate in candidates[first] where index + candidate.words.count <= end {
            var ok = true
            for k in 1..<max(candidate.words.count, 1) where words[index + k].lowercased != candidate.words[k] {
                ok = false
                break
            }
            if ok { return Hit(key: candidate.key, words: index..<(index + candidate.words.count)) }
        }
        return nil
    }

    /// Non-overlapping hits, longest first at each start.
    func hits(in words: [Word]) -> [Hit] {
        var hits: [Hit] = []
        var index = 0
        while index < words.count {
            if let hit = hit(at: index, in: words, end: words.count) {
                hits.append(hit)
                index = hit.words.upperBound
            } else {
                index += 1
            }
        }
        return hits
    }
}

/// Words that turn a firm promise into a hope. Decisions: "should" only where it softens an
/// outcome ("you should receive", "data should be purged within 60 days", "we should reply"),
/// never where it tells the customer what to do ("items should be returned within 60 days"); "may" is permission ("you may return"), not a
/// hedge; "where possible" and its kin are hedges; "try to"/"aim to" only with the company as
/// subject, since "if you try to return it" is the customer trying.
enum Hedges {
    static let phrases: [String] = [
        "usually", "typically", "normally", "generally", "ordinarily", "mostly", "ideally", "hopefully",
        "in most cases", "in many cases", "in general", "most of the time", "for the most part", "as a rule",
        "more often than not", "where possible", "wherever possible", "when possible", "whenever possible",
        "if possible", "where feasible", "we try to", "we'll try to", "we will try to", "we try our best",
        "we aim to", "we'll aim to", "we strive to", "we endeavour to", "we endeavor to", "we do our best",
        "we'll do our best", "we will do our best", "try our best", "do our best", "doing our best", "trying our best", "try our hardest", "do our utmost", "we hope to", "we tend to", "i'll try to", "i will try to",
        "i try to", "our aim is", "our goal is", "our target is", "we target", "you should receive", "you should hear", "you should get",
        "you should see", "should arrive", "should reach you", "should appear", "should show", "should land", "should post", "might take", "may take",
        "should take", "we should", "as soon as we can", "as soon as we're able", "as quickly as we can",
    ]

    /// After "should be", what the customer is told to do or know: "items should be returned
    /// within 60 days" and "you should be aware that the payment will expire" instruct, "you
    /// should be all set" tells the reader they are done; "data should be purged within 60 days"
    /// is a hedge.
    static let customerActions: WordSet = [
        "returned", "sent", "submitted", "packed", "made", "filed", "requested", "reported", "included", "attached",
        "kept", "postmarked", "initiated", "mailed", "dropped", "unused", "unworn", "unopened", "in", "aware", "noted",
        "all",
    ]

    static let matcher = WordPhrases(phrases.map { ($0, $0) })

    /// Verbs that open an instruction to the reader about using the product ("use", "rotate"): a
    /// hedge there qualifies advice, never a promise. Verbs of service ("reply", "refund",
    /// "contact") are left out: "Reply within 24 hours where possible" hedges a promise to staff.
    static let instructions: WordSet = [
        "use", "set", "add", "create", "choose", "select", "click", "enable", "disable", "run", "install",
        "configure", "avoid", "store", "keep", "remove", "revoke", "rotate", "limit", "prefer", "restrict",
        "specify", "pin", "reduce", "delete", "replace",
    ]

    /// Hedges only when they open the sentence: an instruction to staff ("Try to reply within 24
    /// hours") softens the promise; "if you try to return it" does not.
    static let opening = WordPhrases(["try to", "aim to", "strive to", "try and"].map { ($0, $0) })

    /// Hedges that soften how often a promise holds: these hedge a promise's topic even with no
    /// value beside it ("In most cases we match the price"); "may take" there is only a caveat.
    static let frequency: Set<String> = [
        "usually", "typically", "normally", "generally", "ordinarily", "mostly", "in most cases",
        "in many cases", "in general", "most of the time", "for the most part", "as a rule", "more often than not",
    ]

    /// Words that make a clause firm again: "usually quickly, and always within 24 hours".
    static let firm: Set<String> = ["always", "guaranteed", "guarantee", "guarantees", "without"]

    /// Hedge hits in `words`: anywhere, and the opening ones at the start.
    static func hits(in words: [Word]) -> [WordPhrases.Hit] {
        var hits = matcher.hits(in: words)
        for index in words.indices.dropLast(2) where words[index].lowercased == "should" && words[index + 1].lowercased == "be"
            && !customerActions.contains(words[index + 2]) && !hits.contains(where: { $0.words.contains(index) }) {
            hits.append(WordPhrases.Hit(key: "should be", words: index..<(index + 2)))
        }
        if !words.isEmpty, let first = opening.hit(at: 0, in: words, end: min(words.count, 3)),
           !hits.contains(where: { $0.words.overlaps(first.words) }) {
            hits.insert(first, at: 0)
        }
        hits.sort { $0.words.lowerBound < $1.words.lowerBound }
        return hits
    }
}
