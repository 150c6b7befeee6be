import AlignModel
import AlignConfig
import AlignText
import Foundation

/// `existence`: phrases or patterns that must not appear. One finding per match.
public struct ExistenceRule: DocumentRule, ScopedRule {
    public let description: RuleDescription
    public let scope: RuleScope
    let matcher: TextMatcher
    let message: String
    /// Whether `message` names `{found}`: asked once, not per finding.
    let showsFound: Bool
    /// Whether a match that is the term its sentence defines (a glossary entry) is left alone.
    let unlessDefined: Bool
    /// Whether a match followed at once by the specifics it stands for, in parentheses, is left alone.
    let unlessSpecified: Bool
    /// Whether a match the sentence denies ("There is no free tier", "points never expire") is
    /// left alone: saying a thing does not exist is not using it.
    let unlessDenied: Bool

    public init(description: RuleDescription, scope: RuleScope, matcher: TextMatcher, message: String, unlessDefined: Bool = false,
                unlessSpecified: Bool = false, unlessDenied: Bool = false) {
        self.unlessDefined = unlessDefined
        self.unlessSpecified = unlessSpecified
        self.unlessDenied = unlessDenied
        self.description = description
        self.scope = scope
        self.matcher = matcher
        self.message = message
        showsFound = message.contains("{found}")
    }

    public func check(_ document: AnalyzedDocument, stemmer: Stemmer, into result: inout DocumentResult) {
        guard scope.includes(document) else { return }
        let scan = matcher.scan(document)
        // A glossary defines its jargon: asked once a document has a hit, not of every document.
        let glossary = unlessDefined && !scan.hits.isEmpty && Definition.isGlossary(document)
        for hit in scan.hits where !glossary && !(unlessDefined && hit.words.map { Definition.defines($0, sentence: hit.sentence, in: document) } == true) {
            if unlessSpecified, Self.isSpecified(hit, in: document) { continue }
            if unlessDenied, Self.isDenied(hit, in: document) { continue }
            result.findings.append(document.finding(description, sentence: hit.sentence, range: hit.range, message: message(for: hit, in: document)))
        }
        for stop in scan.runaway {
            result.findings.append(document.runawayFinding(description, pattern: stop.pattern, sentence: stop.sentence))
        }
    }

    static let denials: WordSet = ["no", "not", "never", "without", "don't", "doesn't", "isn't", "aren't", "won't", "cannot", "can't", "nor"]

    /// Whether one of the three words before `hit` in its sentence denies it: "There is no
    /// \"free account/free tier\"", "we never let points expire".
    static func isDenied(_ hit: TextMatcher.Hit, in document: AnalyzedDocument) -> Bool {
        let words = document.sentences[hit.sentence].words
        guard let first = words.firstIndex(where: { $0.range.lowerBound >= hit.range.lowerBound }) else { return false }
        return words[max(0, first - 3)..<first].contains { denials.contains($0) }
    }

    /// Whether the words after `hit` (at most three, the thing it describes) open a parenthesis
    /// of names or numbers: "state-of-the-art cryptography (ChaCha20, Curve25519)", not "(and more)";
    /// or its table row's header holds a figure.
    static func isSpecified(_ hit: TextMatcher.Hit, in document: AnalyzedDocument) -> Bool {
        let sentence = document.sentences[hit.sentence]
        // "| Up to 99.999% SLA | Industry-leading service level agreement |": the row's header
        // states the figure the cell sums up.
        if let header = document.document.blocks[sentence.block].context.rowHeader, header.contains(where: \.isNumber) { return true }
        let after = document.text(in: sentence, utf8: hit.range.upperBound..<sentence.range.upperBound)
        guard let open = after.firstIndex(of: "(") else { return false }
        let between = after[..<open]
        guard between.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }),
              between.split(separator: " ").count <= 3 else { return false }
        let inside = after[after.index(after: open)...].prefix { $0 != ")" }
        return inside.contains(where: \.isNumber) || inside.split(separator: " ").contains { $0.first?.isUppercase == true }
    }

    /// The message, with `{found}` replaced by the text that matched (for pattern rules).
    private func message(for hit: TextMatcher.Hit, in document: AnalyzedDocument) -> String {
        guard showsFound else { return message }
        let found = document.text(in: document.sentences[hit.sentence], utf8: hit.range)
        return message.replacingOccurrences(of: "{found}", with: found)
    }
}
