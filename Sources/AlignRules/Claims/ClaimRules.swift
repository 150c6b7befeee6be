import AlignConfig
import AlignModel
import AlignText

/// The claim rules of one run, built once from the expectation statement and shared read-only.
///
/// Every document rule here must run on every document, even when its findings are switched off
/// in align.yml: `claim-conflict` records the claims and statements that `claim-drift`,
/// `promise-missing` and the audit read, `promise-hedged` records hedged promises, and
/// `audience-parity` records offers. Drop their findings afterwards, not the rules.
/// (`promise-negated` records nothing, but reads what the others read.)
public struct ClaimRules: Sendable {
    public let promises: PromiseIndex
    public let documentRules: [any DocumentRule]
    public let corpusRules: [any CorpusRule]
    /// Reads a document's claims once for all the rules here (`RuleRegistry.analyse`).
    let reader: ClaimReader

    public init(expectation: Expectation, stemmer: Stemmer) {
        let promises = PromiseIndex(expectation: expectation, stemmer: stemmer)
        let reader = ClaimReader(promises: promises)
        let parity = AudienceParityRule(reader: reader)
        self.promises = promises
        self.reader = reader
        self.documentRules = [
            ClaimConflictRule(reader: reader, expectationFile: expectation.file),
            PromiseHedgedRule(reader: reader, expectationFile: expectation.file),
            PromiseNegatedRule(reader: reader, expectationFile: expectation.file),
            parity,
        ]
        self.corpusRules = [
            ClaimDriftRule(promises: promises, expectationFile: expectation.file),
            PromiseMissingRule(promises: promises, expectationFile: expectation.file),
            parity,
        ]
    }

    /// One description per rule (audience-parity is in both lists), in id order.
    public var descriptions: [RuleDescription] {
        var seen: Set<String> = []
        return (documentRules.map(\.description) + corpusRules.map(\.description))
            .filter { seen.insert($0.id).inserted }
            .sorted { $0.id < $1.id }
    }
}
