import AlignModel
import AlignConfig
import AlignText

/// `parity`: an offer (phrases or patterns) made to prospects must also be made to existing
/// customers somewhere. Kept small: the core `audience-parity` rule compares offers by kind; this
/// kind lets a pack name one offer of its own. Each prospect document making it, when no
/// document for existing customers does, gets one finding at its first mention.
public struct ParityRule: DocumentRule, CorpusRule, ScopedRule {
    public let description: RuleDescription
    /// Audiences are the rule's subject, so they are not part of its scope.
    public let scope: RuleScope
    let matcher: TextMatcher
    let message: String

    public init(description: RuleDescription, scope: RuleScope, matcher: TextMatcher, message: String) {
        self.description = description
        self.scope = RuleScope(channels: scope.channels, documentKinds: scope.documentKinds)
        self.matcher = matcher
        self.message = message
    }

    public func check(_ document: AnalyzedDocument, stemmer: Stemmer, into result: inout DocumentResult) {
        guard scope.includes(document), document.audience != nil else { return }
        result.facts.considered.insert(description.id)
        let scan = matcher.scan(document, untilFirstHit: true)
        for stop in scan.runaway {
            result.findings.append(document.runawayFinding(description, pattern: stop.pattern, sentence: stop.sentence))
        }
        if let hit = scan.hits.first {
            result.facts.satisfied.insert(description.id)
            result.facts.matches[description.id] = document.span(in: document.sentences[hit.sentence], utf8: hit.range)
        }
    }

    public func check(_ facts: [DocumentFacts]) -> [Finding] {
        let offered = facts.filter { $0.considered.contains(description.id) && $0.satisfied.contains(description.id) }
        guard !offered.contains(where: { $0.audience == .existing }) else { return [] }
        return offered.compactMap { fact -> Finding? in
            guard fact.audience == .prospect, let span = fact.matches[description.id] else { return nil }
            return Finding(rule: description.id, severity: description.severity, file: fact.file, span: span,
                           channel: fact.channel, message: message)
        }
    }
}
