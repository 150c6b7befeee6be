import AlignModel
import AlignRules

extension RuleRegistry {
    /// A document's facts with only the claims some rule across documents reads.
    func reducedForCorpusRules(_ facts: DocumentFacts) -> DocumentFacts {
        var reduced = facts
        // A new array, not `removeAll(where:)`, which keeps the buffer of every claim it removed.
        reduced.claims = facts.claims.filter { claim in corpusRules.contains { $0.reads(claim) } }
        return reduced
    }
}
