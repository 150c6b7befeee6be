import AlignText

/// A sentence that names another company's account, documentation or dashboard: "Create a
/// Supabase account and upgrade to a Pro, Team, or Enterprise plan", "ask your organization admin
/// to follow the Claude documentation". Its plan and product names are that company's, not old
/// names of the organization's. Known by a capitalised name, none of whose words is the
/// organization's, right before what belongs to it.
enum OtherCompanyMention {
    static let belongings: WordSet = ["account", "accounts", "documentation", "docs", "dashboard", "subscription", "workspace"]

    /// Whether `sentence` names another company's belonging; `organization` is expect.yml's
    /// `organization:` as lower-case words (with none, no company can be told from yours).
    static func isNamed(in sentence: Sentence, organization: [String]) -> Bool {
        let words = sentence.words
        // Most sentences with a term name no belonging: asked before the bytes are copied.
        guard !organization.isEmpty, words.dropFirst(2).contains(where: { belongings.contains($0) }) else { return false }
        let bytes = Array(sentence.text.utf8)
        let base = sentence.range.lowerBound
        for index in words.indices.dropFirst(2) where belongings.contains(words[index]) {
            // The capitalised run before it, not opening the sentence: "Supabase", "Google Cloud".
            var start = index
            while start > 1, words[start - 1].isCapitalised(in: bytes, base: base) { start -= 1 }
            guard start < index else { continue }
            if !words[start..<index].contains(where: { organization.contains($0.lowercased) }) { return true }
        }
        return false
    }

    /// Whether the term at `range` follows "its" in a sentence that opens with another company's
    /// name: "Coiled is a for-profit service, but its free tier is usually enough" is Coiled's
    /// plan, not an old name of the organization's.
    static func isPossessedByOpeningName(_ range: Range<Int>, in sentence: Sentence, organization: [String]) -> Bool {
        let words = sentence.words
        guard !organization.isEmpty, let index = words.firstIndex(where: { $0.range.lowerBound == range.lowerBound }), index > 1,
              words[index - 1].lowercased == "its", !openingWords.contains(words[0]) else { return false }
        let bytes = Array(sentence.text.utf8)
        let base = sentence.range.lowerBound
        let name = words.prefix { $0.isCapitalised(in: bytes, base: base) }
        return !name.isEmpty && !name.contains { organization.contains($0.lowercased) }
    }

    /// Words that open a sentence without naming anyone: "This service", "Its free tier".
    static let openingWords: WordSet = [
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "our", "your", "their", "we", "you", "they",
        "each", "every", "all", "some", "any", "if", "when", "while", "with", "for", "on", "in", "no", "not", "there",
    ]
}
