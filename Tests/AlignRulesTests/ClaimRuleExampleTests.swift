import AlignConfig
import AlignModel
import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// Runs every example of every claim rule against `ClaimExamples.expectation` through
/// `verifyRule`, in its three variants.
@Suite struct ClaimRuleExampleTests {
    static func examples() -> [RuleExample] {
        RuleExample.all(of: ClaimRules(expectation: ClaimExamples.expectation, stemmer: Stemmer()).descriptions)
    }

    @Test func everyRuleHasExamplesOfBothKinds() {
        let rules = ClaimRules(expectation: ClaimExamples.expectation, stemmer: Stemmer())
        #expect(rules.descriptions.map(\.id) == ["audience-parity", "claim-conflict", "claim-drift", "promise-hedged", "promise-missing", "promise-negated"])
        for description in rules.descriptions {
            #expect(!description.examples.flags.isEmpty, "\(description.id)")
            #expect(!description.examples.passes.isEmpty, "\(description.id)")
            #expect(!description.why.isEmpty && !description.summary.isEmpty)
        }
    }

    @Test(arguments: examples(), ExampleVariant.allCases)
    func example(_ example: RuleExample, _ variant: ExampleVariant) {
        let rules = ClaimRules(expectation: ClaimExamples.expectation, stemmer: Stemmer())
        let setting = RuleExampleSetting(
            kind: .article,
            linePerDocument: rules.corpusRules.contains { $0.description.id == example.rule },
            run: { documents, _ in
                ClaimTestSupport.corpus(documents, rules: rules, expectation: ClaimExamples.expectation).findings
                    .filter { $0.rule == example.rule }
            })
        verifyRule(example, variant, setting: setting)
    }
}
