import AlignText

/// A value said of a subject of its own: in "Maximum message size is 512MB, and further limited by
/// the amount of RAM", the subject before "is" says what 512MB measures, and the RAM named after
/// the value is what limits it. A subject counts when it names something: a word that is neither a
/// determiner or pronoun nor a generic measure ("The default is 30 days of log retention", "The
/// maximum is 100 per workspace" take their meaning from the topic after them).
enum CopularSubject {
    static let copulas: WordSet = ["is", "are", "was", "were"]
    /// Words that may stand between the copula and its value: "is up to 512MB", "are about 2 GB".
    static let valueLeads: WordSet = [
        "up", "to", "about", "around", "approximately", "roughly", "at", "least", "most", "only", "just", "currently", "now",
        "also", "still", "typically", "usually", "generally", "set", "limited", "capped",
    ]
    static let determiners: WordSet = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "there", "which", "what", "who", "each", "every",
        "all", "any", "some", "our", "your", "their", "my", "we", "you", "they", "i", "and", "or", "of", "for", "per", "in", "on",
        "with", "by", "from", "so", "then", "also", "here",
    ]
    /// Measures that need the topic after them to say what they measure.
    static let measures: WordSet = [
        "default", "defaults", "limit", "limits", "maximum", "minimum", "max", "min", "value", "values", "period", "window",
        "time", "duration", "cap", "total", "price", "cost", "fee", "size", "amount", "number", "length", "rate", "term",
        "interval", "timeout", "threshold", "answer", "result", "figure", "current", "new", "standard", "usual", "typical",
        "same", "allowed", "allowable", "maximal", "minimal", "overall",
    ]

    /// Whether the value at `value` (UTF-8 range) is said of a subject that names something else:
    /// it follows a copula, the words before the copula in `clause` name a subject, and no topic
    /// of the promise in `topics` (UTF-8 ranges) stands before the value or within three words
    /// after it.
    static func isOthers(_ value: Range<Int>, in clause: ArraySlice<Word>, topics: some Sequence<Range<Int>>) -> Bool {
        guard !topics.contains(where: { $0.lowerBound < value.lowerBound }),
              let first = clause.firstIndex(where: { $0.range.upperBound > value.lowerBound }) else { return false }
        // "The smallest plan is 2 GB of RAM": a topic right after the value is what it measures.
        let after = clause[first...].drop { $0.range.lowerBound < value.upperBound }.prefix(3)
        if let reach = after.last?.range.upperBound, topics.contains(where: { $0.lowerBound < reach }) { return false }
        var copula = first - 1
        while copula >= clause.startIndex, valueLeads.contains(clause[copula]), first - copula <= 3 { copula -= 1 }
        guard copula > clause.startIndex, copulas.contains(clause[copula]) else { return false }
        return clause[clause.startIndex..<copula].contains { !determiners.contains($0) && !measures.contains($0) && !$0.lowercased.allSatisfy(\.isNumber) }
    }
}
