import Foundation
import Testing
import AlignConfig
import AlignModel
import AlignRules
import AlignText
@testable import AlignTestSupport

/// The catalogue builds every rule of a run with its level after pack overrides and `align.yml`.
@Suite struct PackCatalogueTests {
    static func packs() throws -> [RulePack] {
        let url = TestPaths.fixtures.appendingPathComponent("packs/user-pack.yml")
        return try PackLoader.builtins() + [PackLoader.load(yaml: String(contentsOf: url, encoding: .utf8), file: "user-pack.yml", name: "user-pack")]
    }

    @Test func overridesFromPacksAndAlignYmlSetEachRulesLevel() throws {
        var configuration = Configuration(root: "/tmp/acme", file: "align.yml", expectPath: "/tmp/acme/expect.yml")
        configuration.rules = [
            "terminology": RuleSetting(level: .severity(.info)),
            "loyalty/listening": RuleSetting(level: .off),
            "recommended/internal-jargon": RuleSetting(channels: [.customer, .employee]),
        ]
        let set = try RuleCatalogue.build(configuration: configuration, expectation: ExampleExpectation.statement,
                                          packs: try Self.packs(), packsAt: SourcePosition(line: 6, column: 8), stemmer: Stemmer())
        let levels = set.descriptions.map { "\($0.id)=\($0.severity)" }
        #expect(levels == [
            "terminology=info", "avoid-phrase=warning", "impersonal-greeting=warning",
            "loyalty/points-expiry=warning", "loyalty/new-customer-only=warning", "loyalty/thank-existing=info",
            "loyalty/greet-by-name=info",
            "recommended/vague-superlative=warning", "recommended/internal-jargon=warning", "recommended/hedge=error",
            "acme/team-member=warning", "acme/no-refunds=warning", "acme/price-match=info", "acme/welcome-series=warning",
            "acme/trial-parity=warning",
        ])
        #expect(set.documentRules.count == 15)
        #expect(set.corpusRules.map(\.description.id) == ["impersonal-greeting", "loyalty/thank-existing", "acme/welcome-series", "acme/trial-parity"])
        #expect(set.scopes["recommended/internal-jargon"]?.channels == [.customer, .employee])

        // The overridden severity reaches the findings.
        let stemmer = Stemmer()
        let document = Document(path: "site/faq.html", kind: .page, blocks: [Block(kind: .paragraph, text: "Delivery dates may vary.", anchors: [])])
        let analyzed = AnalyzedDocument(document: document, channel: .customer, audience: nil, sentences: SentenceSplitter.sentences(of: document, stemmer: stemmer))
        var result = DocumentResult()
        for rule in set.documentRules { rule.check(analyzed, stemmer: stemmer, into: &result) }
        #expect(result.findings.map { "\($0.rule) \($0.severity) \($0.span.start.column)" } == ["recommended/hedge error 16"])
    }

    @Test func theListingShowsEveryRuleWithItsLevelIncludingThoseSwitchedOff() throws {
        let entries = try RuleCatalogue.entries(packs: try Self.packs(), settings: ["avoid-phrase": RuleSetting(level: .off)])
        #expect(entries.count == 3 + 3 + 6 + 5)
        let byID = Dictionary(uniqueKeysWithValues: entries.map { ($0.description.id, $0) })
        #expect(byID["loyalty/bribery-framing"]?.level == .off)
        #expect(byID["avoid-phrase"]?.level == .off)
        #expect(byID["recommended/hedge"]?.level == .severity(.error))
        #expect(byID["recommended/hedge"]?.description.severity == .error)
        #expect(byID["loyalty/points-expiry"]?.description.pack == "loyalty")
        #expect(byID["impersonal-greeting"]?.description.pack == "core")
        #expect(byID["terminology"]?.description.kind == "substitution")
        #expect(byID["loyalty/thank-existing"]?.scope == RuleScope(channels: [.customer], audiences: [.existing], documentKinds: [.email]))
        #expect(byID["impersonal-greeting"]?.scope == RuleScope(channels: [.customer], documentKinds: [.email]))
    }

    @Test func allDescriptionsListTheCoreRulesBuiltHereAndEveryBuiltinPackRule() {
        #expect(RuleCatalogue.allDescriptions().map { "\($0.id) \($0.severity)" } == [
            "terminology warning", "avoid-phrase warning", "impersonal-greeting warning",
            "loyalty/points-expiry warning", "loyalty/bribery-framing info", "loyalty/new-customer-only warning",
            "loyalty/thank-existing info", "loyalty/greet-by-name info", "loyalty/listening warning",
            "recommended/vague-superlative warning", "recommended/internal-jargon warning", "recommended/hedge warning",
        ])
    }

    @Test func anOverrideNamingNoRuleIsAnErrorAtItsKey() throws {
        let pack = try PackLoader.load(yaml: """
            pack: house
            overrides:
              recommended/hedges: off
            rules: []
            """, file: "house.yml", name: "house")
        #expect(throws: ConfigError(file: "house.yml", line: 3, column: 3,
                                    message: "override names rule 'recommended/hedges', which no pack in this run defines; did you mean 'recommended/hedge'?")) {
            _ = try RuleCatalogue.entries(packs: try PackLoader.builtins() + [pack])
        }
    }

    @Test func aPackNameIsUsedOnceInARun() throws {
        let pack = try PackLoader.load(yaml: """
            pack: loyalty
            rules:
              - id: loyalty/points-expiry
                kind: existence
                message: Our own version.
                phrases: [points expire]
            """, file: "packs/loyalty.yml", name: "loyalty")
        #expect(throws: ConfigError(file: "packs/loyalty.yml", line: 3, column: 9,
                                    message: "pack 'loyalty' is already loaded from rules/loyalty.yml; give this pack another name")) {
            _ = try RuleCatalogue.entries(packs: try PackLoader.builtins() + [pack])
        }
    }

    @Test func aRequiredRuleNamingAnUnknownPromiseIsAnErrorAtTheRule() throws {
        let pack = try PackLoader.load(yaml: """
            - id: house/returns
              kind: required
              message: Say how returns work.
              scope: each
              promises: [free-returns]
            """, file: "house.yml", name: "house")
        let configuration = Configuration(root: "/tmp/acme", file: "align.yml", expectPath: "/tmp/acme/expect.yml")
        #expect(throws: ConfigError(file: "house.yml", line: 1, column: 7,
                                    message: "rule 'house/returns' names promise 'free-returns', which expect.yml does not define")) {
            _ = try RuleCatalogue.build(configuration: configuration, expectation: ExampleExpectation.statement, packs: [pack],
                                        packsAt: SourcePosition(line: 1, column: 1), stemmer: Stemmer())
        }
    }
}
