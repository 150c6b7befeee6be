import AlignModel
import AlignText

/// What checking one document produced: its findings, and the facts that rules looking across
/// documents need (so that the document itself can be released).
public struct DocumentResult: Sendable, Codable {
    public var findings: [Finding] = []
    public var facts = DocumentFacts()

    public init() {}
}

/// A rule that looks at one document at a time.
public protocol DocumentRule: Sendable {
    var description: RuleDescription { get }
    /// `stemmer` belongs to the calling worker; it is not shared across tasks.
    func check(_ document: AnalyzedDocument, stemmer: Stemmer, into result: inout DocumentResult)
}

/// A rule that compares documents, from the facts every document left behind. It groups by key
/// (by promise, by offer kind): never by pairs of documents.
public protocol CorpusRule: Sendable {
    var description: RuleDescription { get }
    func check(_ facts: [DocumentFacts]) -> [Finding]
    /// Whether `check` reads this claim. A run keeps only such claims of every document, so that
    /// a large corpus's claims (one sentence in ten) do not all wait in memory for the end.
    func reads(_ claim: Claim) -> Bool
}

/// Records one document's facts from the claims the engine read of it (`RuleRegistry.analyse`).
public protocol FactCollector: Sendable {
    var description: RuleDescription { get }
    func collect(_ document: AnalyzedDocument, into facts: inout DocumentFacts)
}

/// A rule across documents that declares what it collects of each document and then judges the
/// collected set (SwiftLint's `CollectingRule`): claim-drift collects claims, promise-missing the
/// promises stated, audience-parity the offers. Only an enabled rule collects, unless the run keeps
/// every fact (the audit), so a rule that is off costs nothing.
public protocol CollectingRule: CorpusRule, FactCollector {}

extension CorpusRule {
    public func reads(_ claim: Claim) -> Bool { false }
}
