import AlignText

/// Clauses that report what happened rather than promise what will: "95% of chats within
/// 2 minutes", "an average of 4 hours", "uptime last quarter was 99.2%", "most orders arrive in
/// 2 days". And a value someone is told not to state: "don't promise 100% uptime". Their values are not
/// claims. A share ("95% of") keeps its own percentage ("99.9% of the time" is an uptime claim)
/// but makes the clause's other values statistics; an average or a past period makes them all so,
/// as does a history: "Max throughput achieved: 97 items/sec", "batches completed in 14s",
/// "previously 500 items", "Prior: 1MB", "for releases 1.18 and older", "in previous versions, 4.0
/// was the minimum"; so is the value a change starts from ("raised from 100 MB to 500 MB").
struct StatisticClauses {
    static let words: WordSet = ["average", "averages", "averaged", "median", "mean"]
    static let periods: Set<String> = ["week", "month", "quarter", "year", "season"]

    private var shared: Set<Int> = []
    private var measured: Set<Int> = []
    /// Values a change starts from: "raised the upload limit from 100 MB to 500 MB".
    private var changedFrom: Set<Int> = []
    /// Per clause, where its first "for most" stands: a share of what comes after it.
    private var forMost: [Int: Int] = [:]
    private let quantityClauses: [Int]

    init(sentence: Sentence, quantities: [ReadQuantity], quantityClauses: [Int], clause: (Int) -> Int) {
        self.quantityClauses = quantityClauses
        for (q, quantity) in quantities.enumerated() where quantity.quantity.dimension == .percent && quantity.quantity.high < 100 {
            if let next = sentence.words.first(where: { $0.range.lowerBound >= quantity.range.upperBound }), next.lowercased == "of" {
                shared.insert(quantityClauses[q])
            }
        }
        if quantities.count > 1, sentence.words.contains(where: { Self.changeVerbs.contains($0) }) {
            for q in quantities.indices.dropLast() where Self.isChangeStart(quantities[q], to: quantities[q + 1], in: sentence) {
                changedFrom.insert(q)
            }
        }
        for (index, word) in sentence.words.enumerated() {
            if Self.words.contains(word) { measured.insert(clause(word.range.lowerBound)) }
            if Self.negations.contains(word),
               sentence.words.dropFirst(index + 1).prefix(2).contains(where: { Self.speech.contains($0.lowercased) }) {
                measured.insert(clause(word.range.lowerBound))
            }
            // "most arrive within a week", "most questions get an answer": a share, unlike
            // "at most", "the most" or the hedge "in most cases".
            // "for most customers, delivery takes 2 days" is a share too, but in "The environment
            // default of 512MB is sufficient for most applications" it judges a value stated before it.
            if word.lowercased == "most", index == 0 || !["at", "the", "in"].contains(sentence.words[index - 1].lowercased) {
                if index > 0, sentence.words[index - 1].lowercased == "for" {
                    let at = clause(word.range.lowerBound)
                    forMost[at] = min(forMost[at] ?? word.range.lowerBound, word.range.lowerBound)
                } else {
                    measured.insert(clause(word.range.lowerBound))
                }
            }
            if Self.history.contains(word), Self.isHistory(at: index, in: sentence) {
                measured.insert(clause(word.range.lowerBound))
            }
            if Self.olderWords.contains(word), Self.followsVersionRange(at: index, in: sentence) {
                measured.insert(clause(word.range.lowerBound))
            }
            if Self.opensPastVersion(at: index, in: sentence) {
                measured.insert(clause(word.range.lowerBound))
            }
            // "last quarter", "the past 12 months": a measurement of the past.
            if word.lowercased == "last" || word.lowercased == "past" {
                let next = sentence.words.dropFirst(index + 1).prefix(2).map(\.lowercased)
                if let first = next.first, Self.periods.contains(first) || first.allSatisfy(\.isNumber) && next.count == 2 && Self.periods.contains(String(next[1].hasSuffix("s") ? next[1].dropLast() : next[1][...])) {
                    measured.insert(clause(word.range.lowerBound))
                }
            }
        }
    }

    /// Words that tell what happened or what was: a measurement or a history.
    static let history: WordSet = ["achieved", "took", "peaked", "previously", "formerly", "originally", "completed", "prior"]

    /// Whether the history word at `index` tells one: "completed" only before "in" or "within"
    /// and not after "is", "are" or "be" ("batches completed in 14s", "were completed in 14s"),
    /// "prior" only opening the sentence before a colon ("Prior: 1MB", not "prior to departure")
    /// or before "to" in a sentence told in the past.
    static func isHistory(at index: Int, in sentence: Sentence) -> Bool {
        let word = sentence.words[index]
        switch word.lowercased {
        case "completed":
            // "reviews to be completed within about 2-4 weeks", "are completed within": what is to
            // be done, a passive of the present or the future, not a report.
            if index > 0, ["is", "are", "be"].contains(sentence.words[index - 1].lowercased) { return false }
            return sentence.words.dropFirst(index + 1).first.map { ["in", "within"].contains($0.lowercased) } == true
        case "prior":
            guard index == 0 else { return false }
            if sentence.text.utf8.dropFirst(word.range.upperBound - sentence.range.lowerBound).first == UInt8(ascii: ":") { return true }
            // "Prior to stepping into this role, the backlog was four months behind": what was
            // before, told in the past.
            return sentence.words.dropFirst().first?.lowercased == "to" && sentence.words.contains { Self.pastForms.contains($0) }
        default:
            return true
        }
    }

    static let pastForms: WordSet = ["was", "were", "had"]

    static let olderWords: WordSet = ["older", "earlier"]

    /// Whether the word at `index` names a past version in a sentence told in the past: "In
    /// previous version of Chocolatey CLI, .NET Framework 4.0 was a minimum requirement."
    static func opensPastVersion(at index: Int, in sentence: Sentence) -> Bool {
        guard pastWords.contains(sentence.words[index]), index + 1 < sentence.words.count,
              releaseWords.contains(sentence.words[index + 1]) else { return false }
        return sentence.words.contains { pastForms.contains($0) }
    }

    static let pastWords: WordSet = ["previous", "prior", "earlier", "older"]
    static let releaseWords: WordSet = ["version", "versions", "release", "releases"]

    /// Whether the word at `index` closes a range of past versions: "For releases 1.18 and older
    /// the patch support extended for approximately 9 months". A version has a dot between
    /// digits, so "accounts 2 years or older" is no history.
    static func followsVersionRange(at index: Int, in sentence: Sentence) -> Bool {
        guard index >= 1, ["and", "or"].contains(sentence.words[index - 1].lowercased) else { return false }
        let bytes = Array(sentence.text.utf8)
        var end = sentence.words[index - 1].range.lowerBound - sentence.range.lowerBound
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] == 0x2E || (bytes[start - 1] >= 0x30 && bytes[start - 1] <= 0x39) { start -= 1 }
        let token = bytes[start..<end]
        guard let dot = token.firstIndex(of: 0x2E) else { return false }
        return dot > token.startIndex && dot + 1 < token.endIndex && token[dot + 1] != 0x2E
    }

    /// "Don't promise 100% uptime", "never quote 2 days": a value someone is told not to state.
    static let negations: WordSet = ["don't", "dont", "not", "never", "avoid", "stop"]
    static let speech: Set<String> = ["promise", "promising", "guarantee", "guaranteeing", "say", "saying", "quote", "quoting", "tell", "mention", "offer", "offering", "claim"]

    /// Verbs that tell of a change from one value to another.
    static let changeVerbs: WordSet = [
        "increase", "increases", "increased", "raise", "raises", "raised", "reduce", "reduces", "reduced",
        "decrease", "decreases", "decreased", "lower", "lowers", "lowered", "change", "changes", "changed",
        "extend", "extends", "extended", "shorten", "shortens", "shortened", "cut", "cuts", "bump", "bumped",
        "go", "goes", "went", "move", "moves", "moved", "grow", "grows", "grew", "drop", "drops", "dropped",
    ]

    /// Whether `start` is where a change begins: "from" right before it, and nothing but "to"
    /// between it and `end`, a value of the same kind ("from once per week to 5 times per week").
    /// Without a verb of change ("takes from 2 days to 2 weeks") the two make a range.
    static func isChangeStart(_ start: ReadQuantity, to end: ReadQuantity, in sentence: Sentence) -> Bool {
        guard start.quantity.dimension == end.quantity.dimension,
              let after = sentence.words.firstIndex(where: { $0.range.lowerBound >= start.range.upperBound }),
              sentence.words[after].lowercased == "to", sentence.words[after].range.upperBound <= end.range.lowerBound,
              sentence.words.dropFirst(after + 1).first.map({ $0.range.lowerBound >= end.range.lowerBound }) ?? false,
              let before = sentence.words.lastIndex(where: { $0.range.upperBound <= start.range.lowerBound }) else { return false }
        return sentence.words[before].lowercased == "from"
    }

    /// Whether value `q` is a statistic (or a value not to state), not a claim.
    func excludes(_ q: Int, _ read: ReadQuantity) -> Bool {
        if changedFrom.contains(q) { return true }
        let clause = quantityClauses[q]
        if measured.contains(clause) { return true }
        if let at = forMost[clause], read.range.lowerBound > at { return true }
        return shared.contains(clause) && read.quantity.dimension != .percent
    }
}
