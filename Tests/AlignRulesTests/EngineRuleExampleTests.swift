@testable import AlignEngine
import AlignModel
@testable import AlignReaders
import AlignConfig
import AlignRules
import AlignText
import Foundation
import Testing
@testable import AlignTestSupport

/// Every rule a run registers has examples of both kinds, and `verifyRule` or `verifyEngineRule`
/// runs them: a rule added without them fails here.
@Suite struct EveryRuleHasExamplesTests {
    @Test func everyRegisteredRuleIsVerified() throws {
        let stemmer = Stemmer()
        let registry = try RuleRegistry.build(
            configuration: Configuration(root: "/tmp", file: "align.yml", expectPath: "/tmp/expect.yml"),
            expectation: ExampleExpectation.statement, packs: RuleExampleTests.packs(),
            packsAt: RuleExampleTests.packsAt, stemmer: stemmer)
        let verified = Set((RuleExampleTests.examples + ClaimRuleExampleTests.examples() + EngineRuleExampleTests.examples).map(\.rule))
        let registered = registry.descriptions
        #expect(registered.count > 20)
        for description in registered {
            #expect(!description.examples.flags.isEmpty && !description.examples.passes.isEmpty, "\(description.id) lacks examples")
            #expect(verified.contains(description.id), "\(description.id) is registered but verifyRule never runs its examples")
        }
    }
}

/// The engine's own rules, through `verifyEngineRule`.
@Suite struct EngineRuleExampleTests {
    static let examples = RuleExample.all(of: EngineRules.all)

    @Test(arguments: examples, ExampleVariant.allCases)
    func example(_ example: RuleExample, _ variant: ExampleVariant) async throws {
        let neverSuppressed = [EngineRules.inputUnreadable.id, EngineRules.unusedSuppression.id].contains(example.rule)
        try await verifyEngineRule(example, variant, neverSuppressed: neverSuppressed)
    }
}
