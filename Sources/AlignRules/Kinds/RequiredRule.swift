import AlignModel
import AlignConfig
import AlignText

/// `required`: something documents in scope must contain. With scope `each`, every such document
/// must contain it (one finding per document that does not); with scope `any`, at least one must
/// (one finding for the run, at the `packs:` entry of `align.yml` that brought the rule in).
public struct RequiredRule: DocumentRule, CorpusRule, ScopedRule {
    public enum Quantifier: String, Sendable {
        case each
        case any
    }

    public let description: RuleDescription
    public let scope: RuleScope
    public let quantifier: Quantifier
    /// Phrases, patterns, and the topics of the promises named, any of which satisfies the rule.
    let matcher: TextMatcher
    let message: String
    /// Where `any` findings are reported: the `packs:` entry of `align.yml`.
    let reportedAt: (file: String, position: SourcePosition)

    public init(
        description: RuleDescription, scope: RuleScope, quantifier: Quantifier, matcher: TextMatcher,
        message: String, reportedAt: (file: String, position: SourcePosition)
    ) {
        self.description = description
        self.scope = scope
        self.quantifier = quantifier
        self.matcher = matcher
        self.message = message
        self.reportedAt = reportedAt
    }

    public func check(_ document: AnalyzedDocument, stemmer: Stemmer, into result: inout DocumentResult) {
        guard scope.includes(document) else { return }
        let scan = matcher.scan(document, untilFirstHit: true)
        guard scan.inScope else { return }
        result.facts.considered.insert(description.id)
        for stop in scan.runaway {
            result.findings.append(document.runawayFinding(description, pattern: stop.pattern, sentence: stop.sentence))
        }
        if let hit = scan.hits.first {
            result.facts.satisfied.insert(description.id)
            result.facts.matches[description.id] = document.span(in: document.sentences[hit.sentence], utf8: hit.range)
            return
        }
        guard quantifier == .each else { return }
        // Point at what put the document in scope when there is such a mention; else its start.
        if let when = scan.whenHit {
            result.findings.append(document.finding(description, sentence: when.sentence, range: when.range, message: message))
        } else {
            result.findings.append(document.findingAtStart(description, message: message))
        }
    }

    public func check(_ facts: [DocumentFacts]) -> [Finding] {
        guard quantifier == .any else { return [] }
        let inScope = facts.filter { $0.considered.contains(description.id) }
        guard !inScope.isEmpty, !inScope.contains(where: { $0.satisfied.contains(description.id) }) else { return [] }
        let noun = inScope.count == 1 ? "document" : "documents"
        return [Finding(
            rule: description.id, severity: description.severity, file: reportedAt.file,
            span: SourceSpan(at: reportedAt.position), channel: scope.channels.count == 1 ? scope.channels[0] : nil,
            message: "\(message) (none of \(inScope.count) \(noun) in scope does)"
        )]
    }
}
