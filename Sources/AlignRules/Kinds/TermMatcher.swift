import AlignModel
import AlignText

/// Terms found as whole words: a phrase matcher (stems) finds where a term may be, and the
/// term's shape says whether the words there are the term itself, its plural or its possessive.
/// Rules that rewrite text (`substitution`, terminology) match this way, so that a fix never
/// lands on another word that shares a stem.
struct TermMatcher: Sendable {
    struct Match: Sendable {
        var phrase: String
        var words: Range<Int>
        var form: TermShape.Form
        /// How many bytes the term writes before its first word and after its last (`@help`).
        var leading = 0
        var trailing = 0
    }

    private var phrases = PhraseMatcher()
    private var shapes: [String: TermShape] = [:]

    init(terms: [String], stemmer: Stemmer) {
        for term in terms {
            guard let shape = TermShape(term, stemmer: stemmer) else { continue }
            shapes[term] = shape
            // Each form is added, as the stemmer may not take a plural to its singular's stem ("bureaus").
            for form in shape.forms(of: term) { phrases.add(form, key: term, stemmer: stemmer) }
        }
    }

    var isEmpty: Bool { phrases.isEmpty }

    func mayMatch(in stems: StemSet) -> Bool { phrases.mayMatch(in: stems) }

    /// Every term in `sentence`, whose words index `blockText` (the text of its block).
    func matches(in sentence: Sentence, blockText: String) -> [Match] {
        let candidates = phrases.matches(in: sentence.words)
        guard !candidates.isEmpty else { return [] }
        var text = blockText
        return text.withUTF8 { utf8 in
            candidates.compactMap { candidate in
                guard let shape = shapes[candidate.key], let form = shape.form(of: sentence.words[candidate.words], in: utf8) else { return nil }
                return Match(phrase: candidate.key, words: candidate.words, form: form, leading: shape.leading.count, trailing: shape.trailing.count)
            }
        }
    }
}
