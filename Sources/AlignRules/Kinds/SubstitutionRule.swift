import AlignModel
import AlignConfig
import AlignText

/// `substitution`: a preferred term. Each use of a term it replaces, as a whole word or its plural
/// or possessive, is flagged with the preferred one in the same case and form, as the message and
/// as the fix. `except` phrases are where the term is right ("desktop client", "client-side").
public struct SubstitutionRule: DocumentRule, ScopedRule {
    public let description: RuleDescription
    public let scope: RuleScope
    let use: String
    let matcher: TextMatcher
    /// The preferred term itself, so that "member" is not flagged inside "team member".
    let preferred: PhraseMatcher
    /// Said after `use "x" instead of "y"`, when the rule has more to say.
    let note: String?

    public init(
        description: RuleDescription, scope: RuleScope, use: String, insteadOf: [String],
        except: [String] = [], when: [String] = [], whenAlso: [String] = [], unless: [String] = [],
        unlessAnywhere: [String] = [], note: String?, stemmer: Stemmer
    ) {
        self.description = description
        self.scope = scope
        self.use = use
        matcher = TextMatcher(phrases: insteadOf, patterns: [], when: when, whenAlso: whenAlso, unless: unless,
                              unlessAnywhere: unlessAnywhere, wholeTerms: true, except: except, stemmer: stemmer)
        var preferred = PhraseMatcher()
        preferred.add(use, key: use, stemmer: stemmer)
        self.preferred = preferred
        self.note = note
    }

    public func check(_ document: AnalyzedDocument, stemmer: Stemmer, into result: inout DocumentResult) {
        guard scope.includes(document) else { return }
        for hit in matcher.scan(document).hits {
            let sentence = document.sentences[hit.sentence]
            let inPreferred = preferred.matches(in: sentence.words).contains { match in
                let range = sentence.words[match.words.lowerBound].range.lowerBound..<sentence.words[match.words.upperBound - 1].range.upperBound
                return range.overlaps(hit.range)
            }
            if inPreferred { continue }
            guard let form = hit.form else { continue }
            let found = document.text(in: sentence, utf8: hit.range)
            let fix = TermInflection.replacement(use, for: found, form: form)
            // The message names both terms in running-text case; the fix keeps the original's case.
            let plain = TermInflection.replacement(use, for: found.lowercased(), form: form)
            var message = "use \"\(plain)\" instead of \"\(found.lowercased())\""
            if let note, !note.isEmpty { message += ": \(note)" }
            var finding = document.finding(description, sentence: hit.sentence, range: hit.range, message: message, fix: fix)
            // The term as found and the preferred one: the audit's terminology table shows both.
            finding.value = found
            finding.expected = use
            result.findings.append(finding)
        }
    }
}
