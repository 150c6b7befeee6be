import AlignText

/// The condition a claim is said under: a tier, plan, priority, severity or region ("for
/// Priority 1 tickets", a row headed "Enterprise", a section "## Urgent"). A claim is compared
/// only with the value of its own condition, and grouped with claims of the same condition.
struct ClaimCondition: Hashable, Sendable {
    /// Index into the promise's `values:`, when one of its `when:` phrases names it.
    var when: Int?
    /// How it is shown and grouped: the first `when:` phrase of its entry, or the built-in
    /// name ("priority 1", "severity 0", "urgent priority", "enterprise", "region eu").
    var key: String
}

/// Finds a condition in words: first the promise's own `when:` phrases (stems), then a small
/// built-in vocabulary of condition words, so that tiers are told apart even where expect.yml
/// names none: "priority 1", "P1", "sev 0", "tier 2", "high priority", a plan name before
/// "plan", "tier", "customers" ("Enterprise plan"), a region ("EU"). A context text that is one
/// level or plan name ("Urgent", "Enterprise") names one too; in a sentence, or with other words,
/// those words are too common to count alone ("normal shipping", "our team", "Pro tips").
enum ConditionWords {
    static let levelNouns: WordSet = ["priority", "prio", "severity", "sev", "tier"]
    static let levels: WordSet = ["urgent", "critical", "high", "medium", "normal", "low"]
    static let urgency: WordSet = ["priority", "severity", "urgency"]
    static let plans: WordSet = [
        "free", "paid", "starter", "basic", "standard", "pro", "professional", "plus", "premium", "business", "team",
        "growth", "scale", "enterprise", "ultimate", "personal", "essentials",
    ]
    /// Plan names that name a plan alone, as a heading or a header cell.
    static let lonePlans: WordSet = ["starter", "basic", "standard", "pro", "professional", "premium", "business", "growth", "enterprise", "ultimate"]
    static let planNouns: WordSet = [
        "plan", "plans", "tier", "tiers", "edition", "subscription", "subscribers", "license", "package", "customers", "accounts",
    ]
    static let regions: WordSet = ["eu", "uk", "emea", "apac", "latam", "europe"]
    static let numbers: WordTable<Int> = ["zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5]

    /// The first condition named in `words`. `whole`: the words are a context text by
    /// themselves (a heading, a header cell, a label), where a lone level or plan name counts.
    static func find(in words: ArraySlice<Word>, phrases: [[[String]]], whole: Bool) -> ClaimCondition? {
        if let when = whenPhrase(in: words, phrases: phrases) { return when }
        return builtin(in: words, whole: whole)
    }

    static let negations: WordSet = ["not", "non"]

    /// The word indexes of the first of `phrases` (as stems) in `words`; nil when none appears.
    static func firstPhrase(in words: ArraySlice<Word>, phrases: [[String]]) -> Range<Int>? {
        for start in words.indices {
            for phrase in phrases where !phrase.isEmpty && start + phrase.count <= words.endIndex {
                if phrase.indices.allSatisfy({ words[start + $0].stem == phrase[$0] }) { return start..<(start + phrase.count) }
            }
        }
        return nil
    }

    /// The index of the `values:` entry whose `when:` phrase (as stems) appears in `words`, not
    /// after "not" or "non": "an issue that … is not critical to a project's basic functions"
    /// names no Critical condition.
    static func whenPhrase(in words: ArraySlice<Word>, phrases: [[[String]]]) -> ClaimCondition? {
        guard !phrases.isEmpty else { return nil }
        for start in words.indices where start == words.startIndex || !negations.contains(words[start - 1]) {
            for (index, entry) in phrases.enumerated() {
                for phrase in entry where !phrase.isEmpty && start + phrase.count <= words.endIndex {
                    if phrase.indices.allSatisfy({ words[start + $0].stem == phrase[$0] }) {
                        return ClaimCondition(when: index, key: "")
                    }
                }
            }
        }
        return nil
    }

    static func builtin(in words: ArraySlice<Word>, whole: Bool) -> ClaimCondition? {
        for index in words.indices {
            let word = words[index].lowercased
            let next = index + 1 < words.endIndex ? words[index + 1].lowercased : nil
            if levelNouns.contains(words[index]), let next, let level = number(next) {
                let noun = word == "prio" ? "priority" : word == "sev" ? "severity" : word
                return ClaimCondition(key: "\(noun) \(level)")
            }
            if let level = prefixed(word, "p") { return ClaimCondition(key: "priority \(level)") }
            if let level = prefixed(word, "sev") { return ClaimCondition(key: "severity \(level)") }
            if levels.contains(words[index]), let next, urgency.contains(next) { return ClaimCondition(key: "\(word) priority") }
            if plans.contains(words[index]), let next, planNouns.contains(next) { return ClaimCondition(key: word) }
            if regions.contains(words[index]) { return ClaimCondition(key: "region \(word)") }
        }
        // A heading or header cell of one word: "Urgent", "Enterprise". Not "Low prices", "Pro tips".
        guard whole, words.count == 1, let word = words.first else { return nil }
        if levels.contains(word) { return ClaimCondition(key: "\(word.lowercased) priority") }
        if lonePlans.contains(word) { return ClaimCondition(key: word.lowercased) }
        return nil
    }

    /// The plans `words` (of `text`) name: a plan word with a capital ("**Free**: 7 days", "Pro /
    /// Max / Team") or before a plan noun ("paid plans"), as `builtin` keys them.
    static func plans(namedIn words: ArraySlice<Word>, text: String) -> Set<String> {
        let bytes = Array(text.utf8)
        var named: Set<String> = []
        for index in words.indices where plans.contains(words[index]) {
            if words[index].isCapitalised(in: bytes) || index + 1 < words.endIndex && planNouns.contains(words[index + 1]) {
                named.insert(words[index].lowercased)
            }
        }
        return named
    }

    static func number(_ word: String) -> Int? {
        if let value = numbers[word] { return value }
        guard word.utf8.count == 1, let digit = Int(word) else { return nil }
        return digit
    }

    /// "p1", "sev0": a level glued to its prefix.
    static func prefixed(_ word: String, _ prefix: String) -> Int? {
        guard word.hasPrefix(prefix), word.utf8.count == prefix.utf8.count + 1 else { return nil }
        return Int(word.dropFirst(prefix.utf8.count))
    }
}
