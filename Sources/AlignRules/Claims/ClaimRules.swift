import AlignConfig
import AlignModel
import AlignText

/// The claim rules of one run, built once from the expectation statement and shared read-only.
///
/// The engine reads a document's claims once (`RuleRegistry.analyse`); the collectors then record
/// what the rules across documents and the audit read of them (`DocumentFacts`), and the document
/// rules report what is wrong in the document itself.
public struct ClaimRules: Sendable {
    public let promises: PromiseIndex
    public let documentRules: [any DocumentRule]
    public let corpusRules: [any CollectingRule]
    /// Every rule that records facts: the rules across documents, and promise-hedged (for the audit).
    public let collectors: [any FactCollector]
    /// Reads a document's claims once for all the rules here (`RuleRegistry.analyse`).
    let reader: ClaimReader

    public init(expectation: Expectation, stemmer: Stemmer) {
        let promises = PromiseIndex(expectation: expectation, stemmer: stemmer)
        let reader = ClaimReader(promises: promises, organization: expectation.organizationWords(stemmer: stemmer))
        let hedged = PromiseHedgedRule(reader: reader, expectationFile: expectation.file)
        self.promises = promises
        self.reader = reader
        self.documentRules = [
            ClaimConflictRule(reader: reader, expectationFile: expectation.file),
            hedged,
            PromiseNegatedRule(reader: reader, expectationFile: expectation.file),
        ]
        let corpusRules: [any CollectingRule] = [
            ClaimDriftRule(reader: reader, expectationFile: expectation.file, stemmer: stemmer),
            PromiseMissingRule(reader: reader, expectationFile: expectation.file),
            AudienceParityRule(reader: reader),
        ]
        self.corpusRules = corpusRules
        self.collectors = corpusRules + [hedged]
    }

    /// Reads `document`'s claims (unless the engine has) and records every fact of it: what a
    /// claim rule run on its own, in a test or a fuzz target, needs before its checks.
    public func collect(_ document: inout AnalyzedDocument, stemmer: Stemmer, into facts: inout DocumentFacts) {
        if document.claims == nil { document.claims = ClaimReading(document, reader: reader, stemmer: stemmer) }
        facts.identify(document)
        for collector in collectors { collector.collect(document, into: &facts) }
    }

    /// One description per rule, in id order.
    public var descriptions: [RuleDescription] {
        var seen: Set<String> = []
        return (documentRules.map(\.description) + corpusRules.map(\.description))
            .filter { seen.insert($0.id).inserted }
            .sorted { $0.id < $1.id }
    }
}

extension Expectation {
    /// `organization:` as lower-case words (none without it): how the claim rules and
    /// `terminology` hear the company named.
    func organizationWords(stemmer: Stemmer) -> [String] {
        let organization = self.organization ?? ""
        return WordScanner.words(in: organization, range: 0..<organization.utf8.count, stemmer: stemmer).map(\.lowercased)
    }
}
