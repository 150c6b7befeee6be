import AlignModel
import AlignConfig
import AlignText
import Foundation

/// `avoid-phrase`: a phrase or pattern from `avoid` in `expect.yml`, with its reason. Built on
/// the existence kind, one per entry, each with its own channel scope and message.
public struct AvoidPhraseRule: DocumentRule, ScopedRule {
    public static let id = "avoid-phrase"
    public let description: RuleDescription
    public let scope = RuleScope()
    /// Boxed: checking a stored rule struct copies it (retaining all it holds) per document;
    /// copying an existential's box is one retain.
    let entries: [any DocumentRule]
    /// The entries that name something written as code: every pattern (`'\bwww\.ory\.sh\b'`)
    /// and each phrase with a character prose words do not hold. They look in inline code and
    /// link targets too, where an old domain or a retired flag is written.
    let nameEntries: [any DocumentRule]

    /// Throws when an entry's pattern does not compile (at the entry's place in `expect.yml`).
    public init(expectation: Expectation, severity: Severity = .warning, channels: [Channel] = [], stemmer: Stemmer) throws(ConfigError) {
        let description = Self.describe(severity: severity)
        self.description = description
        var entries: [ExistenceRule] = []
        var nameEntries: [ExistenceRule] = []
        for entry in expectation.avoid {
            let scoped = channels.isEmpty ? entry.channels
                : entry.channels.isEmpty ? channels : entry.channels.filter(channels.contains)
            let matcher: TextMatcher
            let shown: String
            switch entry.match {
            case .phrase(let phrase):
                // One word is banned as written, with its plural and possessive: "learnings" is
                // not "learning" or "learn", which share its stem. A phrase's words together are
                // specific enough to match by stems ("points expire", "point expired").
                let isOneWord = !phrase.trimmingCharacters(in: .whitespaces).contains(" ")
                matcher = TextMatcher(phrases: [phrase], patterns: [], wholeTerms: isOneWord, stemmer: stemmer)
                shown = phrase
            case .pattern(let pattern):
                matcher = TextMatcher(phrases: [], patterns: [.init(pattern: pattern, file: expectation.file, position: entry.position)], stemmer: stemmer)
                shown = "{found}"
            }
            let rule = ExistenceRule(description: description, scope: RuleScope(channels: scoped), matcher: matcher,
                                     message: Self.message(avoiding: shown, because: entry.because), unlessDenied: true)
            entries.append(rule)
            switch entry.match {
            case .pattern: nameEntries.append(rule)
            case .phrase(let phrase) where TermShape.isWrittenAsCode(phrase): nameEntries.append(rule)
            case .phrase: break
            }
        }
        self.entries = entries
        self.nameEntries = nameEntries
    }

    public func check(_ document: AnalyzedDocument, stemmer: Stemmer, into result: inout DocumentResult) {
        RetirementNotice.check(document, into: &result) { result in
            for entry in entries { entry.check(document, stemmer: stemmer, into: &result) }
            guard !nameEntries.isEmpty, !document.document.codeSpans.isEmpty || !document.document.linkTargets.isEmpty else { return }
            // In the order they are written, as the prose's findings are.
            let names = (document.document.codeSpans + document.document.linkTargets).sorted {
                $0.position(atUTF8Offset: 0) < $1.position(atUTF8Offset: 0)
            }
            let apart = document.apart(names, stemmer: stemmer)
            for entry in nameEntries { entry.check(apart, stemmer: stemmer, into: &result) }
        }
    }

    /// `avoid "points expire" because penalising inactivity punishes the most loyal customers.`
    static func message(avoiding phrase: String, because reason: String?) -> String {
        guard let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines), let first = reason.first else {
            return "avoid \"\(phrase)\""
        }
        // Lower-case the reason's first letter to run on from "because", unless it is an acronym.
        let second = reason.dropFirst().first
        let lead = second.map { $0.isUppercase } == true ? String(first) : first.lowercased()
        return "avoid \"\(phrase)\" because \(lead)\(reason.dropFirst())"
    }

    public static func describe(severity: Severity = .warning) -> RuleDescription {
        RuleDescription(
            id: id, pack: "core", kind: "existence",
            summary: "A phrase or pattern that expect.yml's `avoid` list says not to use, with its reason.",
            why: """
                Some words undo the promise around them, or say something the company has decided it \
                does not mean. The expectation statement lists them with the reason, so the writer \
                sees why as well as what.
                """,
            severity: severity,
            examples: RuleExamples(
                flags: ["Hurry, your ↓points expire on Friday!", "We guarantee ↓100% satisfaction on every order."],
                passes: ["Your points never expire.", "No points expire, ever.", "Not happy? We refund any order within 60 days."]
            )
        )
    }
}
