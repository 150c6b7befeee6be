import AlignConfig
import AlignModel
@testable import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// Claims are read and collected only for what needs them: an enabled claim rule, or a run that
/// keeps every fact (the audit). A rule that is off costs nothing.
@Suite struct ClaimCollectionTests {
    static let claimRules = ["claim-conflict", "claim-drift", "promise-missing", "promise-hedged", "promise-negated", "audience-parity"]

    static func registry(off: [String]) throws -> RuleRegistry {
        var configuration = Configuration(root: "/tmp", file: "align.yml", expectPath: "/tmp/expect.yml")
        for id in off { configuration.rules[id] = RuleSetting(level: .off) }
        return try RuleRegistry.build(configuration: configuration, expectation: ClaimTestSupport.expectation, packs: [],
                                      packsAt: SourcePosition(line: 1, column: 1), stemmer: Stemmer())
    }

    static func analysed(_ registry: RuleRegistry, keepingAll: Bool) -> (document: AnalyzedDocument, facts: DocumentFacts) {
        let stemmer = Stemmer()
        var document = ClaimTestSupport.document(["We usually reply within 48 hours.", "Get 20% off your first order."], stemmer: stemmer)
        var facts = DocumentFacts()
        registry.analyse(&document, stemmer: stemmer, into: &facts, keepingAll: keepingAll)
        return (document, facts)
    }

    @Test func everyClaimRuleOffReadsNoClaims() throws {
        let registry = try Self.registry(off: Self.claimRules)
        #expect(!registry.readsClaims)
        #expect(registry.partialFacts == [])
        #expect(try Self.registry(off: []).partialFacts == nil)
        #expect(try Self.registry(off: ["promise-hedged"]).partialFacts == ["claim-drift", "promise-missing", "audience-parity"])
        #expect(!registry.corpusRules.contains { Self.claimRules.contains($0.description.id) } && !registry.descriptions.contains { Self.claimRules.contains($0.id) })
        let (document, facts) = Self.analysed(registry, keepingAll: false)
        #expect(document.claims == nil)
        #expect(facts == DocumentFacts())
    }

    @Test func theAuditStillGetsEveryFact() throws {
        let (document, facts) = Self.analysed(try Self.registry(off: Self.claimRules), keepingAll: true)
        #expect(document.claims != nil)
        #expect(facts.claims.map(\.valueText) == ["48 hours"])
        #expect(facts.stated.keys.sorted() == ["reply-time"])
        #expect(facts.hedged == ["reply-time"])
        #expect(facts.offers.map(\.kind) == ["discount"])
    }

    @Test func eachRuleCollectsWhatItDeclares() throws {
        // claim-conflict off: claim-drift still collects the claims it judges, nothing else is kept.
        let drift = Self.analysed(try Self.registry(off: Self.claimRules.filter { $0 != "claim-drift" }), keepingAll: false).facts
        #expect(drift.claims.map(\.valueText) == ["48 hours"])
        #expect(drift.stated.isEmpty && drift.hedged.isEmpty && drift.offers.isEmpty)
        let parity = Self.analysed(try Self.registry(off: Self.claimRules.filter { $0 != "audience-parity" }), keepingAll: false).facts
        #expect(parity.offers.map(\.kind) == ["discount"])
        #expect(parity.claims.isEmpty && parity.stated.isEmpty)
    }
}
